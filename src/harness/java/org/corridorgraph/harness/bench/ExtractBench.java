package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.extract.ArticleInput;
import org.corridorgraph.extract.DraftWriter;
import org.corridorgraph.extract.Extraction;
import org.corridorgraph.extract.Extractor;
import org.corridorgraph.harness.ChildJvm;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;
import org.corridorgraph.harness.SyntheticArticle;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.NameResolver;
import org.corridorgraph.seed.ValidatedSeed;
import org.corridorgraph.seed.WorldStates;

/**
 * extract on long synthetic articles ({@link SyntheticArticle}). For each size, RUNS child JVMs of
 * {@code java -jar corridor-graph.jar extract ARTICLE --out DIR}, started as users start it (default JVM options), each timed
 * from spawn to exit, with its peak resident set from GNU time's "Maximum resident set size" (without /usr/bin/time: VmHWM read
 * from /proc every 20 ms while it runs, which misses at most the last 20 ms). Then, in this JVM, the phases of the same
 * extraction, timed by calling the product's classes: the seed data read and validated, the article checked and read with its
 * layout repair, every sentence's names found, the whole extraction (which reads and finds names again, then spots new names,
 * applies the rules and finds anchors), the draft written.
 */
public final class ExtractBench {
    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern SENTENCES = Pattern.compile("^article \\S+: (\\d+) sentences$");
    private static final Pattern CANDIDATES = Pattern.compile("^candidates: (\\d+)$");
    private static final Pattern NEW_ENTITIES = Pattern.compile("^entities new: (\\d+)$");
    private static final Pattern HELD_BACK = Pattern.compile("^held back as not asserted .*: (\\d+)$");

    /**
     * @param inputArguments --seed-data, --corpus and the like as given, for the child
     * @param phases         also time the phases in this JVM
     */
    public record Settings(List<Long> words, int runs, boolean phases, Duration limit, Path workDir, ProjectFolder seedData,
                           Path corpus, List<String> inputArguments, long seed) {
    }

    /** @param peakRssMb null when it could not be measured */
    public record ChildRun(double wallMs, Double peakRssMb) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wall_ms", wallMs);
            m.put("peak_rss_mb", peakRssMb);
            return m;
        }
    }

    /** Milliseconds in this JVM, each the p50 over the runs (the first run includes JIT compilation, the median mostly not). */
    public record Phases(double seedMs, double readMs, double namesMs, double extractMs, double writeMs) {
        /** What extract does besides reading and finding names: spotting new names, the rules, the anchors. */
        public double restMs() {
            return Stats.round(Math.max(0, extractMs - readMs - namesMs));
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed_data_ms", seedMs);
            m.put("read_and_repair_ms", readMs);
            m.put("names_ms", namesMs);
            m.put("spotting_rules_anchors_ms", restMs());
            m.put("extract_ms", extractMs);
            m.put("write_draft_ms", writeMs);
            return m;
        }
    }

    /** What extract made of one size: what its summary printed, and the figures. */
    public record Result(long requestedWords, long words, long bytes, int paragraphs, int sentences, int candidates, int newEntities, int heldBack,
                         List<ChildRun> runs, double p50WallMs, Double peakRssMb, String rssSource, Phases phases) {
        public double msPer1kWords() {
            return Stats.round(p50WallMs / (words / 1000.0));
        }

        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("words_requested", requestedWords);
            m.put("words", words);
            m.put("bytes", bytes);
            m.put("paragraphs", paragraphs);
            m.put("sentences", sentences);
            m.put("candidates", candidates);
            m.put("new_entities", newEntities);
            m.put("held_back", heldBack);
            m.put("wall_p50_ms", p50WallMs);
            m.put("ms_per_1k_words", msPer1kWords());
            m.put("peak_rss_mb", peakRssMb);
            m.put("peak_rss_source", rssSource);
            m.put("runs", runs.stream().map(ChildRun::json).toList());
            m.put("in_process", phases == null ? null : phases.json());
            return m;
        }
    }

    private final ObjectMapper mapper;
    private final PrintWriter log;

    public ExtractBench(ObjectMapper mapper, PrintWriter log) {
        this.mapper = mapper;
        this.log = log;
    }

    public List<Result> run(Settings settings) {
        ValidatedSeed seed = PreparedImport.prepare(settings.seedData(), settings.corpus(), mapper).seed();
        SyntheticArticle.Names names = SyntheticArticle.Names.of(seed.entities(), new WorldStates());
        List<Result> results = new ArrayList<>();
        for (long words : settings.words()) {
            Path article = settings.workDir().resolve("article-" + words + "-words.txt");
            SyntheticArticle.Written written = new SyntheticArticle(names, settings.seed()).write(article, words);
            log.printf("%d words: %d paragraphs, %d bytes in %s%n", written.words(), written.paragraphs(), written.bytes(), article);
            log.flush();
            results.add(measure(settings, words, written));
        }
        return results;
    }

    private Result measure(Settings settings, long requested, SyntheticArticle.Written article) {
        Path draft = settings.workDir().resolve("draft-" + article.words());
        Map<String, Integer> summary = new LinkedHashMap<>();
        List<ChildRun> runs = new ArrayList<>();
        String source = Files.isExecutable(GNU_TIME) ? "GNU time: Maximum resident set size" : "VmHWM sampled every 20 ms";
        for (int i = 0; i < settings.runs(); i++) {
            ChildRun run = child(settings, article.file(), draft, summary);
            runs.add(run);
            log.printf("  run %d: %.0f ms, peak RSS %s MB%n", i + 1, run.wallMs(), run.peakRssMb() == null ? "-" : String.format("%.0f", run.peakRssMb()));
            log.flush();
        }
        Phases phases = settings.phases() ? phases(settings, article.file(), draft) : null;
        long[] walls = runs.stream().mapToLong(r -> Math.round(r.wallMs() * 1e6)).sorted().toArray();
        Double peak = runs.stream().map(ChildRun::peakRssMb).filter(v -> v != null).max(Double::compare).orElse(null);
        return new Result(requested, article.words(), article.bytes(), article.paragraphs(), summary.getOrDefault("sentences", -1),
                summary.getOrDefault("candidates", -1), summary.getOrDefault("new", -1), summary.getOrDefault("held", -1), runs,
                Stats.round(Stats.percentile(walls, 50) / 1e6), peak, peak == null ? "not measured" : source, phases);
    }

    /** One extract in a child JVM; the counts its summary prints go into SUMMARY. */
    private ChildRun child(Settings settings, Path article, Path draft, Map<String, Integer> summary) {
        List<String> args = new ArrayList<>(List.of("extract", article.toAbsolutePath().toString(), "--out", draft.toAbsolutePath().toString()));
        args.addAll(settings.inputArguments());
        Path timeFile = settings.workDir().resolve("time.txt");
        ChildJvm.Spec spec = ChildJvm.product(args).label("extract").onLine(line -> count(line.text(), summary));
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        if (gnuTime) {
            spec.wrappedIn(List.of(GNU_TIME.toString(), "-v", "-o", timeFile.toAbsolutePath().toString()));
        }
        long spawn = System.nanoTime();
        try (ChildJvm child = spec.start()) {
            long deadline = spawn + settings.limit().toNanos();
            long sampledKb = 0;
            Optional<Integer> exit = Optional.empty();
            while (exit.isEmpty() && System.nanoTime() < deadline) {
                if (!gnuTime) {
                    sampledKb = Math.max(sampledKb, ColdStart.procStatus(child.pid()).getOrDefault("VmHWM", 0L));
                }
                exit = child.waitFor(Duration.ofMillis(20));
            }
            double wallMs = Stats.round((System.nanoTime() - spawn) / 1e6);
            if (exit.isEmpty()) {
                child.kill();
                throw new HarnessException("extract took longer than " + settings.limit().toMinutes() + " min on " + article,
                        "give --max-minutes more, or fewer --words");
            }
            if (exit.get() != 0) {
                throw new HarnessException("extract failed (exit " + exit.get() + ") on " + article + ": " + String.join(" | ", child.tail(5)),
                        "run it by hand: java -jar target/corridor-graph.jar extract " + article + " --out DIR");
            }
            Double peakMb = gnuTime ? maxRssMb(timeFile) : sampledKb > 0 ? Stats.round(sampledKb / 1024.0) : null;
            return new ChildRun(wallMs, peakMb);
        }
    }

    private static void count(String line, Map<String, Integer> summary) {
        for (Map.Entry<String, Pattern> p : Map.of("sentences", SENTENCES, "candidates", CANDIDATES, "new", NEW_ENTITIES,
                "held", HELD_BACK).entrySet()) {
            Matcher m = p.getValue().matcher(line);
            if (m.matches()) {
                summary.put(p.getKey(), Integer.parseInt(m.group(1)));
            }
        }
    }

    private static Double maxRssMb(Path timeFile) {
        try {
            Matcher m = MAX_RSS.matcher(Files.readString(timeFile, StandardCharsets.UTF_8));
            return m.find() ? Stats.round(Long.parseLong(m.group(1)) / 1024.0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The phases of one extraction in this JVM, RUNS times; the p50 of each. */
    private Phases phases(Settings settings, Path article, Path draft) {
        int runs = settings.runs();
        long[][] nanos = new long[5][runs];
        WorldStates world = new WorldStates();
        for (int i = 0; i < runs; i++) {
            ValidatedSeed seed = timed(nanos[0], i, () -> PreparedImport.prepare(settings.seedData(), settings.corpus(), mapper).seed());
            Article read = timed(nanos[1], i, () -> {
                new ArticleInput().check(article);
                return new ArticleReader().read(article);
            });
            timed(nanos[2], i, () -> {
                NameResolver resolver = NameResolver.of(seed.entities(), world);
                int mentions = 0;
                for (Sentence s : read.sentences()) {
                    mentions += resolver.mentions(s.text()).size();
                }
                return mentions;
            });
            Extraction x = timed(nanos[3], i, () -> new Extractor(seed.schema(), seed.entities(), world).extract(article));
            timed(nanos[4], i, () -> {
                new DraftWriter(mapper).write(x, draft.resolveSibling(draft.getFileName() + "-in-process"));
                return x;
            });
        }
        double[] p50 = new double[5];
        for (int p = 0; p < 5; p++) {
            long[] sorted = nanos[p].clone();
            java.util.Arrays.sort(sorted);
            p50[p] = Stats.round(Stats.percentile(sorted, 50) / 1e6);
        }
        Phases phases = new Phases(p50[0], p50[1], p50[2], p50[3], p50[4]);
        log.printf("  in process: seed data %.0f ms, read %.0f ms, names %.0f ms, spotting/rules/anchors %.0f ms, extract %.0f ms, write %.0f ms%n",
                phases.seedMs(), phases.readMs(), phases.namesMs(), phases.restMs(), phases.extractMs(), phases.writeMs());
        log.flush();
        return phases;
    }

    private static <T> T timed(long[] into, int i, Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        into[i] = System.nanoTime() - start;
        return value;
    }

    /** The table a person reads. */
    public void table(List<Result> results) {
        log.println();
        log.printf("%9s %9s %10s %8s %11s %12s %12s  %s%n", "words", "sentences", "candidates", "new ents", "wall p50 s", "ms/1k words",
                "peak RSS MB", "in process, ms (seed data / read+repair / names / spotting+rules+anchors)");
        for (Result r : results) {
            Phases p = r.phases();
            log.printf("%9d %9d %10d %8d %11.1f %12.0f %12s  %s%n", r.words(), r.sentences(), r.candidates(), r.newEntities(),
                    r.p50WallMs() / 1000, r.msPer1kWords(), r.peakRssMb() == null ? "-" : String.format("%.0f", r.peakRssMb()),
                    p == null ? "-" : String.format("%.0f / %.0f / %.0f / %.0f", p.seedMs(), p.readMs(), p.namesMs(), p.restMs()));
        }
        log.flush();
    }
}
