package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.corridorgraph.app.SummaryText;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.SchemaInstaller;
import org.corridorgraph.importer.Importer;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.CypherLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate the seed data against the schema and the articles, then load it in one transaction.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--dry-run", description = "validate and show what would be loaded; write nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PreparedImport prepared = PreparedImport.prepare(input.seedFolder(), input.corpusFolder(), Json.mapper());
        SummaryText.prepared(out, prepared);
        if (dryRun) {
            out.println("dry run: valid; nothing written");
            return ExitCodes.OK;
        }
        CypherLibrary cypher = input.cypherLibrary();
        try (GraphConnection graph = database.connectForBatch(spec.commandLine().getErr())) {
            out.println("database: " + graph.description());
            new SchemaInstaller(graph.driver(), cypher).apply();
            SummaryText.summary(out, new Importer(graph.driver(), cypher).run(prepared.seed(), prepared.fingerprint()));
        }
        return ExitCodes.OK;
    }
}
