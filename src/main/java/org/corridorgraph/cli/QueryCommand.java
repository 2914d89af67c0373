package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.render.Renderer;
import org.corridorgraph.render.Renderers;
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
        Map<String, List<String>> raw = ReportCommand.params(params);
        Renderer renderer = renderer(format);
        try (GraphConnection graph = database.connectForBatch()) {
            print(spec.commandLine().getOut(), renderer, queries.runner(graph, input.cypherLibrary()).run(name, raw));
        }
        return ExitCodes.OK;
    }

    static Renderer renderer(String format) {
        return Renderers.forReading(Json.mapper()).byFormat(format).orElseThrow(() -> new CorridorGraphException(
                "format '" + format + "' is not supported", "use json, csv, md or mermaid"));
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
