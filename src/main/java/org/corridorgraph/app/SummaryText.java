package org.corridorgraph.app;

import java.io.PrintWriter;
import java.util.Map;

import org.corridorgraph.importer.ImportSummary;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.seed.NameReport;
import org.corridorgraph.seed.ValidatedSeed;

/** How import results read in a terminal. */
public final class SummaryText {
    private SummaryText() {
    }

    public static void prepared(PrintWriter out, PreparedImport prepared) {
        ValidatedSeed seed = prepared.seed();
        out.println(prepared.corpus() == null ? "corpus: none found" : "corpus: " + prepared.corpus() + " ("
                + seed.articles().size() + " article(s), " + seed.articles().stream().mapToInt(a -> a.sentences().size()).sum()
                + " sentences)");
        prepared.repairs().forEach(r -> out.println("  repaired " + r));
        long background = seed.statements().stream().filter(s -> s.isBackground()).count();
        out.println("seed data: " + seed.entities().size() + " entities, " + (seed.statements().size() - background)
                + " article statements, " + background + " background statements");
        seed.warnings().forEach(w -> out.println("warning: " + w));
        NameReport names = NameReport.of(seed.entities(), seed.articles());
        out.println("names: " + names.merges().size() + " merged into their entity, " + names.nearMisses().size() + " near-misses left apart");
        names.merges().forEach(m -> out.println("  merged " + m));
        names.nearMisses().forEach(m -> out.println("  near-miss " + m));
    }

    public static void summary(PrintWriter out, ImportSummary summary) {
        out.println(summary.changed() ? "import: written " + summary.written() : "import: the graph already matched the seed data");
        section(out, "nodes by label", summary.nodesByLabel());
        section(out, "relationships by type", summary.relationshipsByType());
        section(out, "statements by kind", summary.statementsByKind());
        out.println("sentences cited: " + summary.sentencesCited() + " of " + summary.sentencesTotal());
        summary.notes().forEach(n -> out.println("warning: " + n));
    }

    private static void section(PrintWriter out, String title, Map<String, Long> counts) {
        out.println(title + ":");
        counts.forEach((k, v) -> out.printf("  %-28s %6d%n", k, v));
    }
}
