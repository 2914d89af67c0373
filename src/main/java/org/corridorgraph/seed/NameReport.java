package org.corridorgraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Sentence;

/**
 * What the one name resolver did across the articles, for check and import to report: every merge
 * (an article naming an entity otherwise than by its name: "Turkiye" for Turkey, "Kazakh" for
 * Kazakhstan, "Russia's") and every near-miss it did not make (two entities whose names are close
 * enough to be one, two people who share a surname), so a person decides, never the resolver silently.
 */
public record NameReport(List<String> merges, List<String> nearMisses) {
    /** Names closer than this (edits, on names of at least {@link #MIN_CLOSE_CHARS}) are reported as near-misses. */
    static final int MAX_CLOSE_EDITS = 2;
    static final int MIN_CLOSE_CHARS = 6;

    public static NameReport of(List<ValidatedEntity> entities, List<Article> articles) {
        NameResolver names = NameResolver.of(entities, null);
        Map<String, Set<String>> merged = new TreeMap<>();
        for (Article article : articles) {
            for (Sentence sentence : article.sentences()) {
                for (NameResolver.Mention m : names.mentions(sentence.text())) {
                    if (!NameResolver.key(m.surface()).equals(NameResolver.key(m.entity().name()))) {
                        String line = "'" + m.surface() + "' → " + m.entity().id() + " (" + m.how().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
                        merged.computeIfAbsent(line, k -> new TreeSet<>()).add(article.id());
                    }
                }
            }
        }
        List<String> merges = new ArrayList<>();
        merged.forEach((line, in) -> merges.add(line + " in " + String.join(", ", in)));
        return new NameReport(List.copyOf(merges), nearMisses(entities));
    }

    private static List<String> nearMisses(List<ValidatedEntity> entities) {
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                ValidatedEntity a = entities.get(i);
                ValidatedEntity b = entities.get(j);
                String why = close(a, b);
                if (why != null) {
                    found.add(a.id() + " and " + b.id() + " are kept apart: " + why);
                }
            }
        }
        return List.copyOf(found);
    }

    private static String close(ValidatedEntity a, ValidatedEntity b) {
        boolean people = a.labels().contains("Person") && b.labels().contains("Person");
        if (people) {
            String sa = surname(a.name());
            String sb = surname(b.name());
            if (sa.equals(sb) || NameResolver.looseKey(sa).equals(NameResolver.looseKey(sb))) {
                return "two people named " + a.name() + " and " + b.name() + " share a surname";
            }
            return null;
        }
        for (String x : names(a)) {
            for (String y : names(b)) {
                if (x.length() >= MIN_CLOSE_CHARS && y.length() >= MIN_CLOSE_CHARS && !x.equals(y)
                        && NameKey.distance(x, y) <= MAX_CLOSE_EDITS && a.labels().stream().anyMatch(b.labels()::contains)) {
                    return "'" + x + "' and '" + y + "' differ by " + NameKey.distance(x, y) + " letter(s)";
                }
            }
        }
        return null;
    }

    private static List<String> names(ValidatedEntity e) {
        List<String> all = new ArrayList<>();
        all.add(NameResolver.key(e.name()));
        e.aliases().forEach(x -> all.add(NameResolver.key(x)));
        return all;
    }

    private static String surname(String name) {
        String key = NameResolver.key(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }
}
