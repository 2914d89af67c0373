package org.corridorgraph.cli;

import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;
import org.corridorgraph.app.SummaryText;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.importer.GraphCheck;
import org.corridorgraph.importer.GraphDrift;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the seed data against the schema and the articles; touches no database.",
                "With --graph, also compare the graph with what the last import wrote, naming what changed since."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--graph", description = "also check the graph (--data-dir or --uri) against what the last import wrote")
    boolean graph;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PreparedImport prepared = PreparedImport.prepare(input.seedFolder(), input.corpusFolder(), Json.mapper());
        SummaryText.prepared(spec.commandLine().getOut(), prepared);
        spec.commandLine().getOut().println("check: the seed data is valid");
        if (!graph) {
            return ExitCodes.OK;
        }
        try (GraphConnection connection = database.connectForBatch(spec.commandLine().getErr())) {
            GraphDrift drift = new GraphCheck(connection.driver(), input.cypherLibrary()).check().orElseThrow(() ->
                    new CorridorGraphException("no import has recorded what it wrote to " + connection.description(),
                            "run import, then check --graph again"));
            if (!drift.matches()) {
                throw new CorridorGraphException(ErrorKind.GRAPH_CHANGED, "check: " + drift.describe(),
                        "run import to restore what the seed data says", null);
            }
            spec.commandLine().getOut().println("check: " + drift.describe());
        }
        return ExitCodes.OK;
    }
}
