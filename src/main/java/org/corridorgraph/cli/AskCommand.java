package org.corridorgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridorgraph.app.Application;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.render.PictureSize;
import org.corridorgraph.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a plain-language question with the canned query it matches, e.g. \"how does China reach Iran through Central Asia\".")
final class AskCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "the question (quoted, or as several words)")
    List<String> words;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, csv, md, mermaid, svg, png or pdf (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the answer to FILE instead of printing it; png and pdf need it")
    Path out;

    @Mixin
    PictureOptions picture;

    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOptions database;

    @Mixin
    QueryOptions queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PictureSize size = picture.size();
        Application.Prepared prepared = Launch.prepare(input, queries, Application.Imports.NONE, true);
        Renderer renderer = Launch.renderer(prepared, format);
        QueryCommand.requireFileForBinary(renderer, out, "answer");
        try (Application app = Launch.batch(prepared, database, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            QueryResult answer = app.asker().answer(String.join(" ", words));
            spec.commandLine().getErr().println("answering with query " + answer.query() + " (" + answer.asked().how() + ")");
            QueryCommand.print(spec.commandLine().getOut(), renderer, answer, size, out);
        }
        return ExitCodes.OK;
    }
}
