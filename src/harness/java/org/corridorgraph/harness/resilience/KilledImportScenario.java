package org.corridorgraph.harness.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.corridorgraph.graph.GraphChecksum;
import org.corridorgraph.graph.Ports;
import org.corridorgraph.graph.StoreGenerations;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.harness.Stats;
import org.corridorgraph.harness.SyntheticCorpus;
import org.corridorgraph.importer.GenerationImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;

/**
 * 4. A killed import: a large synthetic import into the embedded store (which builds a new store
 * generation, by Neo4j's bulk importer or in batches, then switches the live one to it) is SIGKILLed
 * while it builds, in a different phase each round (timed from its own progress lines); each time the store must open cleanly with the graph exactly as
 * before, and the unfinished generation must be gone. Then the next import succeeds, and two
 * concurrent imports (over --uri: one transaction each, on the lock node) leave the data correct.
 */
final class KilledImportScenario {
    /** Printed by `import` just before it opens the database and writes. */
    static final String WRITING = "^database: ";
    /** Printed by `import` once the new generation is live. */
    static final String COMMITTED_TEXT = "store: generation ";
    static final String COMMITTED = "^" + COMMITTED_TEXT;
    static final Duration IMPORT_LIMIT = Duration.ofMinutes(10);
    /** The synthetic corpus is the same on every run, so runs compare. */
    static final long SYNTHETIC_SEED = 42;

    /** Where a round kills: DELAY seconds after the import prints LINE, so during the phase that follows it. */
    record KillPoint(String line, double afterSeconds, String during) {
    }

    static final List<KillPoint> KILL_POINTS = List.of(
            new KillPoint(phaseLine(GenerationImport.PHASE_CSV, GenerationImport.PHASE_NO_BULK_LOAD), 0.3,
                    "the rows' load (Neo4j's bulk importer, or batches)"),
            new KillPoint(phaseLine(GenerationImport.PHASE_STAGING), 0.3, "the writes in the open staging store (lookup keys, derived legs)"),
            new KillPoint(phaseLine(GenerationImport.PHASE_SCHEMA), 0.1, "the digest and counts, just before the switch"));

    private KilledImportScenario() {
    }

    /** The progress line `import` prints when one of these phases ends ("  NAME   12 in 0.3 s"). */
    private static String phaseLine(String... phases) {
        return "^  (" + String.join("|", Stream.of(phases).map(java.util.regex.Pattern::quote).toList()) + ")";
    }

    static ScenarioResult run(Context c, ProjectFolder seedData) throws InterruptedException {
        ScenarioResult r = new ScenarioResult("killed-import");
        Path store = c.work.resolve("import-store");

        c.say("killed-import: importing the real seed data into " + store.getFileName() + " …");
        ChildJvm first = c.launcher.importer("import-real", ResilienceSettings.SERVER_HEAP, List.of("--data-dir", store.toString()), false);
        r.check(exit(first).equals(Optional.of(0)), "the real seed data imports into a fresh store (exit " + exit(first).orElse(null) + ")");
        GraphChecksum.Snapshot baseline = snapshot(c, store, "neo4j-baseline");
        r.put("graph_before", baseline.json());
        c.say("killed-import: graph " + baseline + "; generating " + c.settings.importRelationships() + " synthetic relationships …");

        SyntheticCorpus.Generated synthetic = new SyntheticCorpus(Json.mapper(), SYNTHETIC_SEED)
                .generate(c.work.resolve("synthetic"), c.settings.importRelationships(), seedData.read("schema.json"));
        r.put("synthetic", summary(synthetic));
        // the generation import is the one this scenario kills: whatever the synthetic size, so that auto does not pick one transaction
        List<String> syntheticArgs = List.of("--method", "generation", "--seed-data", synthetic.seedData().toString(),
                "--corpus", synthetic.corpus().toString());

        // how long the synthetic write takes when left alone, on a copy of the store: the kills are spread over it
        Path calibration = c.work.resolve("calibration-store");
        copy(store, calibration);
        List<String> calibrationArgs = new ArrayList<>(List.of("--data-dir", calibration.toString()));
        calibrationArgs.addAll(syntheticArgs);
        ChildJvm full = c.launcher.importer("import-synthetic-complete", ResilienceSettings.IMPORT_HEAP, calibrationArgs, true);
        Optional<Double> fullWriteStart = awaitLine(full, WRITING);
        Optional<Double> fullCommitting = fullWriteStart.isEmpty() ? Optional.empty() : awaitSwitch(full, calibration);
        Optional<Double> fullCommitted = awaitLine(full, COMMITTED);
        Optional<Integer> fullExit = exit(full);
        double writeSeconds = fullWriteStart.isPresent() && fullCommitting.isPresent() ? fullCommitting.get() - fullWriteStart.get() : 0;
        r.put("synthetic_import_exit", fullExit.orElse(null)).put("synthetic_prepare_seconds", fullWriteStart.map(Stats::round).orElse(null))
                .put("synthetic_write_seconds", Stats.round(writeSeconds));
        r.check(fullExit.equals(Optional.of(0)) && fullCommitted.isPresent(), String.format(Locale.ROOT,
                "left alone, the synthetic import completes (exit %s; %.1f s from opening the database until it switches generations)",
                fullExit.orElse(null), writeSeconds));
        GraphChecksum.Snapshot complete = snapshot(c, calibration, "neo4j-synthetic-complete");
        r.put("graph_complete_synthetic", complete.json());
        delete(calibration);
        if (writeSeconds <= 0) {
            return r;
        }
        c.say(String.format(Locale.ROOT, "killed-import: the synthetic import built for %.1f s before switching (%s); killing it %d times …",
                writeSeconds, complete, c.settings.killRounds()));

        List<Map<String, Object>> rounds = new ArrayList<>();
        int before = 0;
        int late = 0;
        int partial = 0;
        for (int i = 0; i < c.settings.killRounds(); i++) {
            // each kill is timed from the doomed import's own progress lines, not from the calibration run's
            // duration: a faster or slower write on a loaded machine still dies mid-build, in the phase chosen
            KillPoint point = KILL_POINTS.get(i % KILL_POINTS.size());
            double delay = point.afterSeconds() + 0.5 * (i / KILL_POINTS.size());
            List<String> args = new ArrayList<>(List.of("--data-dir", store.toString()));
            args.addAll(syntheticArgs);
            ChildJvm doomed = c.launcher.importer("import-synthetic-killed-" + (i + 1), ResilienceSettings.IMPORT_HEAP, args, true);
            Map<String, Object> round = new LinkedHashMap<>();
            boolean writing = awaitLine(doomed, WRITING).isPresent();
            Path liveBefore = live(store);
            Optional<Double> reached = awaitLine(doomed, point.line());
            Thread.sleep((long) (delay * 1000));
            double killedAt = doomed.uptimeSeconds();
            boolean alive = doomed.isAlive();
            boolean committed = !live(store).equals(liveBefore);
            doomed.kill(); // SIGKILL: no shutdown hook, no rollback by the process itself
            round.put("kill_during", point.during());
            round.put("phase_line_at_s", reached.map(Stats::round).orElse(null));
            round.put("kill_after_s", Stats.round(killedAt));
            round.put("alive_when_killed", alive);
            round.put("committed_before_kill", committed);
            round.put("exit_code", doomed.waitFor(Duration.ofSeconds(10)).orElse(null));
            long opening = System.nanoTime();
            GraphChecksum.Snapshot after = snapshot(c, store, "neo4j-after-kill-" + (i + 1));
            round.put("store_open_seconds", Stats.round((System.nanoTime() - opening) / 1e9));
            round.put("graph_after", after.json());
            String outcome = after.equals(baseline) ? "as before" : after.equals(complete) ? "complete synthetic import" : "partial";
            round.put("graph_is", outcome);
            List<String> leftovers = generations(store);
            round.put("generations_after_reopening", leftovers);
            rounds.add(round);
            if (committed) {
                late++;
            } else if (after.equals(baseline)) {
                before++;
            }
            if (outcome.equals("partial")) {
                partial++;
            }
            r.check(writing && alive && reached.isPresent(), String.format(Locale.ROOT,
                    "round %d: the import was SIGKILLed %.1f s after it started, during %s, while running%s", i + 1, killedAt,
                    point.during(), committed ? " (it had already switched generations)" : ", before its switch"));
            r.check(committed ? !outcome.equals("partial") : after.equals(baseline), "round " + (i + 1)
                    + ": the store opens and the graph is " + (committed ? "all or nothing: as before or the complete import"
                    : "exactly as before") + " (" + outcome + ": " + after + ")");
            r.check(leftovers.size() <= 1, "round " + (i + 1) + ": reopening the store removed the unfinished generation (left: " + leftovers + ")");
            if (committed) {
                // the synthetic graph is in the store now: put the real one back for the next round
                ChildJvm restore = c.launcher.importer("import-real-restore-" + (i + 1), ResilienceSettings.SERVER_HEAP,
                        List.of("--data-dir", store.toString()), false);
                exit(restore);
            }
        }
        r.put("kills_before_commit_graph_as_before", before).put("kills_after_commit_began", late).put("kills_leaving_partial_data", partial);
        r.check(before >= 1 && partial == 0, before + " of " + rounds.size() + " kills landed mid-build, before the switch, and left the graph"
                + " exactly as before; no kill left partial data (" + partial + ")");
        r.put("kills", rounds);
        r.put("store_recoveries_logged", count(live(store).resolve("logs").resolve("debug.log"), "Transaction logs recovery is required"));

        ChildJvm next = c.launcher.importer("import-real-after-kills", ResilienceSettings.SERVER_HEAP,
                List.of("--data-dir", store.toString()), false);
        Optional<Integer> nextExit = exit(next);
        GraphChecksum.Snapshot afterNext = snapshot(c, store, "neo4j-after-next-import");
        r.put("next_import_exit", nextExit.orElse(null)).put("graph_after_next_import", afterNext.json());
        r.check(nextExit.equals(Optional.of(0)) && next.output().lines().anyMatch(l -> l.startsWith("import: ")),
                "the next import succeeds (exit " + nextExit.orElse(null) + ")");
        r.check(afterNext.equals(baseline), "after it the graph equals a single import's (" + afterNext + ")");

        concurrent(c, r, store, baseline, "concurrent_on_imported_store");
        concurrent(c, r, c.work.resolve("concurrent-fresh-store"), baseline, "concurrent_on_empty_store");
        r.put("graph_after", afterNext.json());
        return r;
    }

    /** The synthetic import's size, under the names results.json has always used ("registers" are its generated articles). */
    private static Map<String, Object> summary(SyntheticCorpus.Generated synthetic) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", synthetic.entities());
        out.put("relationships", synthetic.estimatedRelationships());
        out.put("sentences", synthetic.sentences());
        out.put("registers", synthetic.articles());
        return out;
    }

    /** Two imports at once against one `neo4j` process via --uri: each succeeds (one waiting on the lock) or fails clearly. */
    static void concurrent(Context c, ScenarioResult r, Path store, GraphChecksum.Snapshot expected, String key) {
        int bolt = Ports.free();
        try (ChildJvm neo4j = c.launcher.neo4j("neo4j-" + key, store, bolt, Ports.free())) {
            List<String> uri = List.of("--uri", "bolt://127.0.0.1:" + bolt);
            long start = System.nanoTime();
            ChildJvm a = c.launcher.importer("import-" + key + "-a", ResilienceSettings.SERVER_HEAP, uri, false);
            ChildJvm b = c.launcher.importer("import-" + key + "-b", ResilienceSettings.SERVER_HEAP, uri, false);
            Optional<Integer> ea = a.waitFor(IMPORT_LIMIT);
            double ta = (System.nanoTime() - start) / 1e9;
            Optional<Integer> eb = b.waitFor(IMPORT_LIMIT);
            double tb = (System.nanoTime() - start) / 1e9;
            a.close();
            b.close();
            GraphChecksum.Snapshot after = c.checksum(bolt);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("exit_codes", java.util.Arrays.asList(ea.orElse(null), eb.orElse(null)));
            out.put("seconds", List.of(Stats.round(ta), Stats.round(tb)));
            List<String> messages = new ArrayList<>();
            boolean clear = true;
            for (ChildJvm p : List.of(a, b)) {
                Optional<Integer> e = p.waitFor(Duration.ZERO);
                if (e.isPresent() && e.get() != 0) {
                    List<String> errors = p.output().lines().filter(l -> l.startsWith("error:")).toList();
                    messages.addAll(errors);
                    clear &= errors.size() == 1 && p.output().lines().noneMatch(l -> l.startsWith("\tat "));
                }
            }
            out.put("failure_messages", messages);
            out.put("graph_after", after.json());
            r.put(key, out);
            boolean finished = ea.isPresent() && eb.isPresent();
            boolean oneSucceeded = ea.equals(Optional.of(0)) || eb.equals(Optional.of(0));
            r.check(finished && oneSucceeded && clear, key.replace('_', ' ') + ": both ended, at least one succeeded, any failure is one clear"
                    + " message (exits " + out.get("exit_codes") + (messages.isEmpty() ? "" : ", " + messages) + ")");
            r.check(after.equals(expected), key.replace('_', ' ') + ": the data equals a single import's (" + after + ")");
        }
    }

    private static Optional<Integer> exit(ChildJvm p) {
        Optional<Integer> e = p.waitFor(IMPORT_LIMIT);
        if (e.isEmpty()) {
            p.kill();
        }
        return e;
    }

    /** Seconds from the start of the process to the first line matching REGEX (seen within ~0.1 s of its printing). */
    private static Optional<Double> awaitLine(ChildJvm p, String regex) {
        return p.awaitLine(regex, IMPORT_LIMIT).map(m -> p.uptimeSeconds());
    }

    /** Seconds from the start of P until STORE's live generation changes (the import's one switch), or empty if P ends first. */
    private static Optional<Double> awaitSwitch(ChildJvm p, Path store) throws InterruptedException {
        Path start = live(store);
        long deadline = System.nanoTime() + IMPORT_LIMIT.toNanos();
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (!live(store).equals(start)) {
                return Optional.of(p.uptimeSeconds());
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }

    /** The live generation's Neo4j home, as the pointer file names it. */
    static Path live(Path store) {
        return new StoreGenerations(store).live();
    }

    /** The generation homes in STORE: the live one, and any an import left unfinished. */
    static List<String> generations(Path store) {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("store-")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Opens the store in a `neo4j` process (which must start cleanly) and takes the graph's checksum. */
    private static GraphChecksum.Snapshot snapshot(Context c, Path store, String label) {
        int bolt = Ports.free();
        try (ChildJvm neo4j = c.launcher.neo4j(label, store, bolt, Ports.free())) {
            return c.checksum(bolt);
        }
    }

    private static long count(Path file, String text) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.contains(text)).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
