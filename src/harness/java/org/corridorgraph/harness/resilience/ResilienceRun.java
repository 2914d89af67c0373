package org.corridorgraph.harness.resilience;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.bench.Machine;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.resources.ProjectFolder;

/** Runs the chosen scenarios one after another, prints a pass/fail table and writes results.json. */
public final class ResilienceRun {
    private final ResilienceSettings settings;
    private final QueryCatalogue catalogue;
    private final ProjectFolder seedData;
    private final PrintWriter out;

    /**
     * @param seedData the seed-data folder serve and import read, for the synthetic import's schema
     */
    public ResilienceRun(ResilienceSettings settings, QueryCatalogue catalogue, ProjectFolder seedData, PrintWriter out) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.seedData = seedData;
        this.out = out;
    }

    /** Removes the stores and generated data, keeping the children's logs. */
    public void cleanUp() {
        try (var entries = Files.list(settings.workDir())) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().equals("logs")) {
                    KilledImportScenario.delete(p);
                }
            }
        } catch (IOException e) {
            throw new HarnessException("cannot clean " + settings.workDir() + ": " + e.getMessage(), "remove it by hand", e);
        }
    }

    public List<ScenarioResult> run() {
        Path work = settings.workDir();
        KilledImportScenario.delete(work);
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new HarnessException("cannot create " + work + ": " + e.getMessage(), "check the folder's permissions", e);
        }
        Launcher launcher = new Launcher(Path.of("").toAbsolutePath(), work.resolve("logs"), settings.childArgs());
        List<ScenarioResult> results = new ArrayList<>();
        try (Context context = new Context(settings, launcher, catalogue, out)) {
            for (String name : settings.scenarios()) {
                out.println("scenario " + name + ":");
                out.flush();
                long start = System.nanoTime();
                String loadAtStart = Machine.loadAverage();
                ScenarioResult result;
                try {
                    result = switch (name) {
                        case "load" -> LoadScenario.run(context);
                        case "database-loss" -> DatabaseLossScenario.run(context);
                        case "hostile-input" -> HostileInputScenario.run(context);
                        case "killed-import" -> KilledImportScenario.run(context, seedData);
                        case "limits" -> LimitsScenario.run(context);
                        default -> throw new HarnessException("no scenario named " + name, "choose from " + ResilienceSettings.ALL);
                    };
                } catch (HarnessException e) {
                    result = new ScenarioResult(name);
                    result.fail("the scenario could not run: " + e.describe());
                } catch (CorridorGraphException | UncheckedIOException | IllegalStateException e) {
                    result = new ScenarioResult(name);
                    result.fail("the scenario could not run: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    result = new ScenarioResult(name);
                    result.fail("interrupted");
                }
                result.seconds((System.nanoTime() - start) / 1e9);
                result.put("load_average_at_start", loadAtStart).put("load_average_at_end", Machine.loadAverage());
                results.add(result);
                out.println("  " + (result.passed() ? "PASS" : "FAIL") + String.format(Locale.ROOT, " (%.0f s)", result.seconds()));
                result.failures().forEach(f -> out.println("    failed: " + f));
                out.flush();
            }
        }
        return results;
    }

    /** The pass/fail table: one line a scenario with its headline figures. */
    public static void table(PrintWriter out, List<ScenarioResult> results) {
        out.println();
        out.printf(Locale.ROOT, "%-15s %-6s %s%n", "scenario", "result", "figures");
        for (ScenarioResult r : results) {
            out.printf(Locale.ROOT, "%-15s %-6s %s%n", r.name(), r.passed() ? "PASS" : "FAIL", headline(r));
        }
        out.flush();
    }

    static String headline(ScenarioResult r) {
        Map<String, Object> f = r.figures();
        return switch (r.name()) {
            case "load" -> f.get("requests") + " requests, " + f.get("errors") + " errors, " + f.get("throughput_rps") + " req/s, p99 "
                    + f.get("p99_ms") + " ms";
            case "database-loss" -> f.get("outage_requests") + " requests while down " + f.get("outage_statuses") + ", slowest failure "
                    + f.get("max_failure_ms") + " ms, first 200 " + (f.get("recovery") instanceof Map<?, ?> m
                    ? m.get("first_200_after_bolt_answers_s") + " s after Neo4j answered, every plan ready after "
                    + m.get("all_plans_ready_after_bolt_answers_s") + " s" : "?") + ", " + f.get("timeouts_504_after_restart")
                    + " × 504 after the restart";
            case "hostile-input" -> f.get("generated_inputs") + " inputs, " + f.get("requests") + " requests " + f.get("statuses");
            case "killed-import" -> f.get("synthetic") == null ? "" : ((Map<?, ?>) f.get("synthetic")).get("relationships")
                    + " synthetic relationships, " + (f.get("kills") instanceof List<?> l ? l.size() : 0) + " kills, graph unchanged: "
                    + r.failures().stream().noneMatch(s -> s.contains("exactly as before"));
            case "limits" -> "1 MB URL " + f.get("one_mb_url") + ", rows " + f.get("rows_capped") + " truncated " + f.get("truncated")
                    + ", 504 on " + f.get("timed_out_request");
            default -> "";
        } + (r.failures().isEmpty() ? "" : "  [" + r.failures().size() + " failed]");
    }

    public static void write(Path file, List<ScenarioResult> results) {
        ObjectMapper mapper = Json.mapper();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), results.stream().map(ScenarioResult::json).toList());
        } catch (IOException e) {
            throw new HarnessException("cannot write " + file + ": " + e.getMessage(), "check the folder's permissions", e);
        }
    }
}
