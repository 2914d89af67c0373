package org.corridorgraph.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.cli.ExitCodes;
import org.corridorgraph.cli.InputOptions;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.bench.ExtractBench;
import org.corridorgraph.harness.bench.Machine;
import org.corridorgraph.harness.bench.Report;
import org.corridorgraph.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** extract's time and memory on long synthetic articles, in child JVMs as users start it; the phases in this JVM. */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = {"Benchmark extract on long synthetic articles: wall time and peak RSS of `java -jar corridor-graph.jar extract`",
                "in child JVMs (p50 over --runs), and the phases timed in this JVM. Writes target/bench/extract-bench.json."})
public final class ExtractBenchCommand implements Callable<Integer> {
    /** A generated article of more words would pass extract's 5 MB limit. */
    static final long MAX_WORDS = 600_000;

    @Option(names = "--words", paramLabel = "N,N", split = ",", defaultValue = "10000,50000,200000",
            description = "article sizes in words (default: ${DEFAULT-VALUE})")
    List<Long> words;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "child JVMs per size (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--no-phases", description = "skip timing the phases in this JVM")
    boolean noPhases;

    @Option(names = "--max-minutes", paramLabel = "M", defaultValue = "30", description = "time limit of one extract (default: ${DEFAULT-VALUE})")
    int maxMinutes;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "random seed of the generated articles (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/bench/extract-bench.json",
            description = "results file (default: ${DEFAULT-VALUE}); sizes not measured again are kept")
    Path out;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench/extract",
            description = "the generated articles and the drafts (default: ${DEFAULT-VALUE})")
    Path workDir;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (words.isEmpty() || words.stream().anyMatch(w -> w < 100 || w > MAX_WORDS)) {
            throw new HarnessException("--words must be between 100 and " + MAX_WORDS + " (extract refuses files over 5 MB)",
                    "for example: bench-extract --words 10000,50000,200000");
        }
        if (runs < 1 || runs > 50 || maxMinutes < 1) {
            throw new HarnessException("--runs must be from 1 to 50 and --max-minutes positive", "for example: --runs 3 --max-minutes 30");
        }
        PrintWriter log = spec.commandLine().getOut();
        ObjectMapper mapper = Json.mapper();
        Map<String, Object> machine = Machine.describe();
        log.println("bench-extract: " + words + " words, " + runs + " child JVM(s) each" + (noPhases ? "" : ", then the phases in this JVM"));
        log.flush();
        ExtractBench bench = new ExtractBench(mapper, log);
        List<ExtractBench.Result> results = bench.run(new ExtractBench.Settings(words, runs, !noPhases, Duration.ofMinutes(maxMinutes),
                workDir.toAbsolutePath(), input.seedFolder(), input.corpusFolder(), input.arguments(), seed));
        bench.table(results);

        Map<String, Object> file = Report.read(mapper, out);
        machine.put("load_average_at_end", Machine.loadAverage());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("runs", runs);
        settings.put("seed", seed);
        settings.put("child", "java -jar corridor-graph.jar extract ARTICLE --out DIR, default JVM options");
        // each size keeps the machine and settings it was measured with, as later runs may measure other sizes under another load
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (ExtractBench.Result r : results) {
            Map<String, Object> size = r.json();
            size.put("machine", machine);
            size.put("settings", settings);
            sizes.add(size);
        }
        file.put("sizes", merged(file.get("sizes"), sizes));
        Report.write(mapper, out, file);
        log.println("written: " + out);
        log.flush();
        return ExitCodes.OK;
    }

    /** Earlier results of other sizes are kept; a size measured again replaces its entry. Ordered by size. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> merged(Object earlier, List<Map<String, Object>> now) {
        Map<Long, Map<String, Object>> byWords = new TreeMap<>();
        if (earlier instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("words_requested") instanceof Number n) {
                    byWords.put(n.longValue(), (Map<String, Object>) m);
                }
            }
        }
        now.forEach(m -> byWords.put(((Number) m.get("words_requested")).longValue(), m));
        return new ArrayList<>(byWords.values());
    }
}
