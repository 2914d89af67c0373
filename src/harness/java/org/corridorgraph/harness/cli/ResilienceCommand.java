package org.corridorgraph.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.cli.ExitCodes;
import org.corridorgraph.cli.InputOptions;
import org.corridorgraph.harness.resilience.ResilienceRun;
import org.corridorgraph.harness.resilience.ResilienceSettings;
import org.corridorgraph.harness.resilience.ScenarioResult;
import org.corridorgraph.query.QueryCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the resilience scenarios against separate serve, neo4j and import processes on loopback. */
@Command(name = "resilience", mixinStandardHelpOptions = true,
        description = {"Run the resilience scenarios (load, database-loss, hostile-input, killed-import, limits) against separate "
                + "serve, neo4j and import processes on 127.0.0.1; print a pass/fail table and write the figures as JSON.",
                "Exit code 0 when every scenario passes, 1 when one fails."})
public final class ResilienceCommand implements Callable<Integer> {
    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "run only these scenarios, in this order: load, database-loss, hostile-input, killed-import, limits")
    List<String> only;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32", description = "concurrent clients under load (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "how long the load runs (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "2000000",
            description = "most requests any traffic loop sends (default: ${DEFAULT-VALUE})")
    int maxRequests;

    @Option(names = "--inputs", paramLabel = "N", defaultValue = "10000",
            description = "generated hostile values, each sent to every query and to /api/ask (default: ${DEFAULT-VALUE})")
    int inputs;

    @Option(names = "--hostile-clients", paramLabel = "N", defaultValue = "4",
            description = "concurrent clients sending hostile input (default: ${DEFAULT-VALUE})")
    int hostileClients;

    @Option(names = "--hostile-seconds", paramLabel = "S", defaultValue = "900",
            description = "time limit for sending the hostile input (default: ${DEFAULT-VALUE})")
    int hostileSeconds;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "serve's query timeout in the database-loss scenario (default: ${DEFAULT-VALUE})")
    double queryTimeout;

    @Option(names = "--outage", paramLabel = "S", defaultValue = "8",
            description = "how long the database stays down (default: ${DEFAULT-VALUE})")
    int outage;

    @Option(names = "--import-relationships", paramLabel = "N", defaultValue = "100000",
            description = "relationships in the synthetic import that gets killed (default: ${DEFAULT-VALUE})")
    int importRelationships;

    @Option(names = "--kill-rounds", paramLabel = "N", defaultValue = "3",
            description = "how many times the synthetic import is killed, at moments spread over its write (default: ${DEFAULT-VALUE})")
    int killRounds;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/resilience/results.json",
            description = "where the figures go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/resilience/work",
            description = "stores, generated data and the child processes' logs (default: ${DEFAULT-VALUE}); emptied first")
    Path workDir;

    @Option(names = "--keep-work", description = "keep the stores and generated data afterwards (the logs are always kept)")
    boolean keepWork;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> scenarios = only == null || only.isEmpty() ? ResilienceSettings.ALL : only.stream().map(String::strip).toList();
        for (String name : scenarios) {
            if (!ResilienceSettings.ALL.contains(name)) {
                throw new CorridorGraphException("no scenario named '" + name + "'", "choose from " + String.join(", ", ResilienceSettings.ALL));
            }
        }
        requirePositive("--clients", clients);
        requirePositive("--seconds", seconds);
        requirePositive("--max-requests", maxRequests);
        requirePositive("--inputs", inputs);
        requirePositive("--hostile-clients", hostileClients);
        requirePositive("--hostile-seconds", hostileSeconds);
        requirePositive("--outage", outage);
        requirePositive("--kill-rounds", killRounds);
        if (importRelationships < 1_000) {
            throw new CorridorGraphException("--import-relationships " + importRelationships + " is too small to kill mid-write",
                    "give at least 1000; the default is 100000");
        }
        if (!(queryTimeout > 0)) {
            throw new CorridorGraphException("--query-timeout must be a positive number of seconds", "for example 5");
        }
        QueryCatalogue catalogue = QueryCatalogue.load(input.cypherLibrary().folder());
        ResilienceSettings settings = new ResilienceSettings(scenarios, clients, Duration.ofSeconds(seconds), maxRequests, inputs,
                Duration.ofSeconds(hostileSeconds), hostileClients, queryTimeout, Duration.ofSeconds(outage), importRelationships,
                killRounds, workDir.toAbsolutePath(), input.arguments());
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("resilience: " + String.join(", ", scenarios) + " (child logs in " + workDir.resolve("logs") + ")");
        printer.flush();
        ResilienceRun run = new ResilienceRun(settings, catalogue, input.seedFolder(), printer);
        List<ScenarioResult> results = run.run();
        if (!keepWork) {
            run.cleanUp();
        }
        ResilienceRun.write(out, results);
        ResilienceRun.table(printer, results);
        long failed = results.stream().filter(r -> !r.passed()).count();
        printer.println();
        printer.println(failed == 0 ? "all " + results.size() + " scenarios passed; figures in " + out
                : failed + " of " + results.size() + " scenarios failed; figures and failed checks in " + out);
        printer.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void requirePositive(String option, long value) {
        if (value <= 0) {
            throw new CorridorGraphException(option + " must be positive, not " + value, "give a whole number above 0");
        }
    }
}
