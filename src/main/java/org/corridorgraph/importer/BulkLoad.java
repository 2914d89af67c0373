package org.corridorgraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import picocli.CommandLine;

/**
 * Neo4j's own bulk importer ({@code neo4j-admin database import full}, run in this process) writing
 * a whole store from {@link CsvGeneration}'s files into a new generation's home, before any
 * database runs on it. It writes the store files directly, without transactions, which is what
 * makes a million relationships a matter of seconds; the staging Neo4j then opens the store for the
 * schema, the derived relationships and the import state. Strict: a duplicate id, a relationship
 * to a missing node or a value that does not parse fails the load, and the failed home is removed.
 */
final class BulkLoad {
    private BulkLoad() {
    }

    /** Writes FILES into HOME's default database ({@code data/databases/neo4j}); the importer's output goes to LOG. */
    static void into(Path home, CsvGeneration.CsvFiles files, Path log) {
        List<String> args = new ArrayList<>();
        files.nodes().forEach(f -> args.add("--nodes=" + f));
        files.relationships().forEach(f -> args.add("--relationships=" + f));
        args.addAll(List.of(
                "--id-type=actual",
                "--array-delimiter=U+" + String.format("%04X", (int) CsvGeneration.ARRAY_DELIMITER),
                // a field with a line break makes the importer read its input in one thread: only when a value has one
                "--multiline-fields=" + files.lineBreaks(),
                "--ignore-empty-strings=false",
                "--skip-bad-relationships=false",
                "--skip-duplicate-nodes=false",
                "--bad-tolerance=0",
                "--strict=true",
                "--report-file=" + log.resolveSibling("bad-entries.log"),
                "--overwrite-destination=true",
                GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        int exit;
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
             PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, fs);
            exit = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
        } catch (IOException e) {
            throw new ImportFailedException("Neo4j's bulk importer could not run in " + home + ": " + e.getMessage(),
                    "check the disk space and the permissions of the data directory; the graph is unchanged", e);
        }
        if (exit != 0) {
            throw new ImportFailedException("Neo4j's bulk importer failed (exit " + exit + ") writing the new generation: "
                    + lastLines(log), "run the import with --method transaction to see which row the database rejects; the graph is unchanged", null);
        }
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }
}
