package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.app.SummaryText;
import org.corridorgraph.graph.EmbeddedNeo4j;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.graph.SchemaInstaller;
import org.corridorgraph.importer.ImportMethod;
import org.corridorgraph.importer.ImportProgress;
import org.corridorgraph.importer.ImportSummary;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.importer.SeedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.CypherLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Validate the seed data against the schema and the articles, then load it all or nothing.",
                "A large seed on --data-dir is built as a new generation of the store in batches, then swapped in whole; otherwise one transaction."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--dry-run", description = "validate and show what would be loaded; write nothing")
    boolean dryRun;

    @Option(names = "--method", paramLabel = "M", defaultValue = "auto",
            description = "auto (default: a new store generation for " + ImportMethod.GENERATION_FROM_STATEMENTS
                    + " statements or more on --data-dir, else one transaction), generation (--data-dir only) or transaction")
    String method;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportMethod chosen = method();
        PreparedImport prepared = PreparedImport.prepare(input.seedFolder(), input.corpusFolder(), Json.mapper());
        SummaryText.prepared(out, prepared);
        if (dryRun) {
            out.println("dry run: valid; nothing written");
            return ExitCodes.OK;
        }
        CypherLibrary cypher = input.cypherLibrary();
        try (GraphConnection graph = database.connectForBatch(spec.commandLine().getErr())) {
            out.println("database: " + graph.description());
            SchemaInstaller.of(graph, cypher).apply();
            ImportSummary summary;
            if (chosen == ImportMethod.GENERATION && graph.embedded() == null) {
                throw new CorridorGraphException("--method generation needs the embedded store (--data-dir)",
                        "an external Neo4j (--uri) is imported in one transaction: drop --method or use --method transaction");
            }
            ImportProgress progress = (phase, rows, took) -> {
                out.printf(Locale.ROOT, "  %-28s %s%.1f s%n", phase, rows < 0 ? "" : rows + " in ", took.toNanos() / 1e9);
                out.flush();
            };
            SeedImport imports = new SeedImport(graph, cypher, progress);
            summary = imports.run(chosen, prepared);
            if (imports.generation(chosen, prepared)) {
                out.println("store: generation " + EmbeddedNeo4j.home(graph.embedded().dataDir()).getFileName() + " is live");
            }
            SummaryText.summary(out, summary);
        }
        return ExitCodes.OK;
    }

    private ImportMethod method() {
        return switch (method) {
            case "auto" -> ImportMethod.AUTO;
            case "generation" -> ImportMethod.GENERATION;
            case "transaction" -> ImportMethod.TRANSACTION;
            default -> throw new CorridorGraphException("--method " + method + " is not an import method",
                    "use --method auto, generation or transaction");
        };
    }
}
