package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.harness.HarnessException;
import org.corridorgraph.harness.Stats;

/** The tables a person reads and target/bench/results.json, which keeps what other runs wrote (scale, or the comparison). */
public final class Report {
    public static final Path DEFAULT_FILE = Path.of("target", "bench", "results.json");

    private Report() {
    }

    /**
     * ours (misses) ÷ Query API and ÷ driver, and ours-cached (hits) ÷ Query API, at p50 and p99
     * (latency: below 1 is better for us), per query and client count.
     */
    public static List<Map<String, Object>> ratios(List<Comparison.Entry> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Comparison.Entry ours : entries) {
            if (!ours.system().equals(Systems.OURS)) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("query", ours.query());
            r.put("clients", ours.clients());
            find(entries, ours, Systems.OURS_CACHED).ifPresent(hit -> find(entries, ours, Systems.QUERY_API).ifPresent(api -> {
                r.put("p50_ours_cached_over_query_api", ratio(hit.stats().p50Ms(), api.stats().p50Ms()));
                r.put("p99_ours_cached_over_query_api", ratio(hit.stats().p99Ms(), api.stats().p99Ms()));
            }));
            find(entries, ours, Systems.QUERY_API).ifPresent(api -> {
                r.put("p50_ours_over_query_api", ratio(ours.stats().p50Ms(), api.stats().p50Ms()));
                r.put("p99_ours_over_query_api", ratio(ours.stats().p99Ms(), api.stats().p99Ms()));
                r.put("rps_ours_over_query_api", ratio(ours.stats().rps(), api.stats().rps()));
            });
            find(entries, ours, Systems.DRIVER).ifPresent(driver -> {
                r.put("p50_ours_over_driver", ratio(ours.stats().p50Ms(), driver.stats().p50Ms()));
                r.put("p99_ours_over_driver", ratio(ours.stats().p99Ms(), driver.stats().p99Ms()));
                r.put("rps_ours_over_driver", ratio(ours.stats().rps(), driver.stats().rps()));
            });
            out.add(r);
        }
        return out;
    }

    private static Optional<Comparison.Entry> find(List<Comparison.Entry> entries, Comparison.Entry like, String system) {
        return entries.stream().filter(e -> e.system().equals(system) && e.query().equals(like.query())
                && e.clients() == like.clients()).findFirst();
    }

    public static double ratio(double a, double b) {
        return b <= 0 ? 0 : Math.round(a / b * 100.0) / 100.0;
    }

    public static void table(PrintWriter out, List<Comparison.Entry> entries) {
        out.printf("%-14s %7s  %-11s %9s %9s %9s %9s%n", "query", "clients", "system", "p50 ms", "p90 ms", "p99 ms", "req/s");
        for (Comparison.Entry e : entries) {
            out.printf("%-14s %7d  %-11s %9.2f %9.2f %9.2f %9.1f%s%n", e.query(), e.clients(), e.system(), e.stats().p50Ms(),
                    e.stats().p90Ms(), e.stats().p99Ms(), e.stats().rps(), e.stats().capped() ? "  (time cap: " + e.stats().count() + " requests)" : "");
        }
        out.println();
        out.printf("%-14s %7s  %14s %14s %14s %14s %14s%n", "ratio ours/…", "clients", "Query API p50", "Query API p99", "driver p50",
                "driver p99", "hit/API p50");
        for (Map<String, Object> r : ratios(entries)) {
            out.printf("%-14s %7s  %13sx %13sx %13sx %13sx %13sx%n", r.get("query"), r.get("clients"), r.get("p50_ours_over_query_api"),
                    r.get("p99_ours_over_query_api"), r.get("p50_ours_over_driver"), r.get("p99_ours_over_driver"),
                    r.get("p50_ours_cached_over_query_api"));
        }
        out.flush();
    }

    /** Per question, the aggregate "ask", the memberships baseline of the same rounds, and the ratio against the bound. */
    public static void askTable(PrintWriter out, AskBench.Outcome outcome) {
        out.printf("%-14s %-9s %-14s %-9s %9s %9s %9s %9s%n", "ask", "method", "shape", "answer", "p50 ms", "p95 ms", "p99 ms", "req/s");
        for (AskBench.Row r : outcome.rows()) {
            out.printf("%-14s %-9s %-14s %-9s %9.2f %9.2f %9.2f %9.1f%s%n", r.question().key(), r.answer().get("method"),
                    r.answer().get("shape"), Boolean.TRUE.equals(r.answer().get("abstained")) ? "abstains" : "answers",
                    r.stats().p50Ms(), r.stats().p95Ms(), r.stats().p99Ms(), r.stats().rps(), capped(r.stats()));
        }
        askLine(out, "ask (all)", outcome.ask());
        askLine(out, "memberships", outcome.memberships());
        out.printf("ask p50 / memberships p50 = %.2fx: %s (limit %.0fx; printed, not asserted)%n", outcome.ratio(),
                outcome.within() ? "pass" : "FAIL", AskBench.LIMIT);
        out.println("answer cache bypassed for ask and memberships alike; no embeddings, embedding share 0%");
        out.flush();
    }

    private static void askLine(PrintWriter out, String key, Stats s) {
        out.printf("%-14s %-9s %-14s %-9s %9.2f %9.2f %9.2f %9.1f%s%n", key, "", "", "", s.p50Ms(), s.p95Ms(), s.p99Ms(), s.rps(), capped(s));
    }

    private static String capped(Stats s) {
        return s.capped() ? "  (time cap: " + s.count() + " requests)" : "";
    }

    public static Map<String, Object> read(ObjectMapper mapper, Path file) {
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return mapper.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            return new LinkedHashMap<>(); // an unreadable earlier file is replaced
        }
    }

    public static void write(ObjectMapper mapper, Path file, Map<String, Object> results) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), results);
        } catch (IOException e) {
            throw new HarnessException("cannot write " + file + ": " + e.getMessage(), "check that the folder is writable", e);
        }
    }
}
