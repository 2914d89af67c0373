package org.corridorgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.app.Application;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.render.PictureFonts;
import org.corridorgraph.render.PictureSize;
import org.corridorgraph.render.ReportSection;
import org.corridorgraph.render.ReportWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a self-contained report: for each question its table, picture, Mermaid block and cited sentences.",
                "Example: report --query routes --param from=China --param to=Iran --param via=\"Central Asia\" --out report.md",
                "--pdf report.pdf writes one PDF (A4, pictures as vectors, fonts embedded), with or without --out.",
                "A spec file holds one question a line: 'title: …', 'query NAME k=v …' or 'ask QUESTION'."})
final class ReportCommand implements Callable<Integer> {
    static final class QueryItem {
        @Option(names = "--query", required = true, paramLabel = "NAME", description = "a canned query; its --param options follow it")
        String name;

        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a parameter of the query before it")
        List<String> params = new ArrayList<>();
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<QueryItem> queries = new ArrayList<>();

    @Option(names = "--ask", paramLabel = "QUESTION", description = "a plain-language question; repeat for more")
    List<String> questions = new ArrayList<>();

    @Option(names = "--spec", paramLabel = "FILE", description = "a report spec file")
    Path specFile;

    @Option(names = "--title", paramLabel = "TEXT", description = "the report's title")
    String title;

    @Option(names = "--out", paramLabel = "FILE",
            description = "report file (.md, its pictures beside it as SVG and PNG; .html with --html)")
    Path out;

    @Option(names = "--html", description = "write HTML with the pictures inline instead of Markdown")
    boolean html;

    @Option(names = "--pdf", paramLabel = "FILE", description = "also, or only, write the report as one PDF")
    Path pdf;

    @Mixin
    PictureOptions picture;

    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOptions database;

    @Mixin
    QueryOptions queryOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ReportSpec.Item> items = new ArrayList<>();
        String reportTitle = title;
        if (specFile != null) {
            ReportSpec fromFile = ReportSpec.read(specFile);
            items.addAll(fromFile.items());
            reportTitle = reportTitle != null ? reportTitle : fromFile.title();
        }
        for (QueryItem q : queries) {
            items.add(new ReportSpec.Item(q.name, params(q.params), null));
        }
        questions.forEach(q -> items.add(new ReportSpec.Item(null, Map.of(), q)));
        if (items.isEmpty()) {
            throw new CorridorGraphException("the report asks nothing", "give --query, --ask or --spec");
        }
        if (out == null && pdf == null) {
            throw new CorridorGraphException("the report has nowhere to go",
                    "give --out FILE (Markdown, or HTML with --html), --pdf FILE, or both");
        }
        if (html && out == null) {
            throw new CorridorGraphException("--html needs --out FILE", "give --out report.html");
        }
        PictureSize size = picture.size();
        Application.Prepared prepared = Launch.prepare(input, queryOptions, Application.Imports.NONE, true);
        try (Application app = Launch.batch(prepared, database, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            QueryRunner runner = app.queries();
            List<ReportSection> sections = new ArrayList<>();
            for (ReportSpec.Item item : items) {
                if (item.query() == null) {
                    sections.add(new ReportSection(item.question(), app.asker().answer(item.question())));
                } else {
                    QueryResult result = runner.run(item.query(), Arguments.ofText(item.params()));
                    sections.add(new ReportSection(result.description(), result));
                }
            }
            ReportWriter writer = new ReportWriter(app.renderers(), PictureFonts.installed());
            String heading = reportTitle == null ? "corridor-graph report" : reportTitle;
            List<Path> written = new ArrayList<>();
            if (out != null) {
                written.addAll(html ? writer.html(heading, sections, out) : writer.markdown(heading, sections, out, size));
            }
            if (pdf != null) {
                written.addAll(writer.pdf(heading, sections, pdf));
            }
            written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        }
        return ExitCodes.OK;
    }

    static Map<String, List<String>> params(List<String> pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new CorridorGraphException("--param " + p + " is not KEY=VALUE", "write e.g. --param from=China");
            }
            params.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        return params;
    }
}
