package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.app.Application;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.QueryResult;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json, csv, md or mermaid (default: ${DEFAULT-VALUE})")
    String format;

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
        Application.Prepared prepared = Launch.prepare(input, queries, Application.Imports.NONE, true);
        Renderer renderer = Launch.renderer(prepared, format);
        try (Application app = Launch.batch(prepared, database, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            print(spec.commandLine().getOut(), renderer, app.queries().run(name, args));
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, Renderer renderer, QueryResult result) {
        if (!renderer.supports(result)) {
            throw new CorridorGraphException("format " + renderer.format() + " needs a result with nodes and paths",
                    "use json, csv or md for query " + result.query());
        }
        out.print(renderer.render(result));
        out.flush();
    }
}
