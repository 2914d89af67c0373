package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corridorgraph.extract.ArticleInput;
import org.corridorgraph.extract.DraftWriter;
import org.corridorgraph.extract.Extraction;
import org.corridorgraph.extract.Extractor;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.seed.WorldStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Draft a graph for a new article, offline: entities the seed data lacks and candidate statements,",
                "within the schema, each with its anchor, confidence and the rule that found it. Touches no database",
                "and no seed file; review the draft with `serve --draft DIR` or take it with `accept DIR`."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "the article, plain UTF-8 text (at most 5 MB)")
    Path article;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the draft (created if missing)")
    Path out;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter text = spec.commandLine().getOut();
        // a file that is not an article is refused before the seed data and the corpus are read
        new ArticleInput().check(article);
        PreparedImport prepared = PreparedImport.prepare(input.seedFolder(), input.corpusFolder(), Json.mapper());
        Extraction x = new Extractor(prepared.seed().schema(), prepared.seed().entities(), prepared.seed().statements(), new WorldStates()).extract(article);
        new DraftWriter(Json.mapper()).write(x, out);
        text.print(DraftWriter.summary(x));
        text.println("draft written to " + out);
        return ExitCodes.OK;
    }
}
