package org.corridorgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.app.Application;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.render.PictureSize;
import org.corridorgraph.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query (see cypher/queries/) and print its result, as the API would.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "the query, e.g. routes")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a parameter; repeat for more (e.g. --param from=China)")
    List<String> params = new ArrayList<>();

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
        Arguments args = Arguments.ofText(ReportCommand.params(params));
        PictureSize size = picture.size();
        Application.Prepared prepared = Launch.prepare(input, queries, Application.Imports.NONE, true);
        Renderer renderer = Launch.renderer(prepared, format);
        requireFileForBinary(renderer, out, name);
        try (Application app = Launch.batch(prepared, database, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            print(spec.commandLine().getOut(), renderer, app.queries().run(name, args), size, out);
        }
        return ExitCodes.OK;
    }

    /** PNG and PDF are bytes, which a terminal would garble: they go to a file. */
    static void requireFileForBinary(Renderer renderer, Path file, String example) {
        if (!renderer.text() && file == null) {
            throw new CorridorGraphException("format " + renderer.format() + " is binary and is not printed",
                    "give --out FILE, e.g. --out " + example.replaceAll("\\W+", "-") + "." + renderer.format());
        }
    }

    /** Prints the answer as text, or writes it to the file when there is one. */
    static void print(PrintWriter out, Renderer renderer, QueryResult result, PictureSize size, Path file) {
        if (!renderer.supports(result)) {
            throw new CorridorGraphException("format " + renderer.format() + " needs a result with nodes and paths",
                    "use json, csv or md for query " + result.query());
        }
        if (file == null) {
            out.print(renderer.render(result));
        } else {
            byte[] body = renderer.render(result, size).body();
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(file, body);
            } catch (IOException e) {
                throw new CorridorGraphException("cannot write " + file + ": " + e.getMessage(), "check that the folder is writable", e);
            }
            out.println("wrote " + file + " (" + body.length + " bytes)");
        }
        out.flush();
    }
}
