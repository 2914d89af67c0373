package org.corridorgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.seed.NameResolver;
import org.corridorgraph.seed.ValidatedEntity;

/**
 * Scores drafted statements against a gold file: a candidate counts when its type, its two ends and
 * the sentence its anchor locates match a gold fact (each gold fact matched once). An end matches by
 * id, or, for an entity the draft proposes, by any of its names against the gold end's names.
 */
final class GoldScorer {
    /** Counts for one article or a sum of them, overall and per relationship type. */
    record Score(Map<String, int[]> byType) {
        static Score empty() {
            return new Score(new TreeMap<>());
        }

        void add(String type, int candidates, int correct, int gold, int found) {
            int[] c = byType.computeIfAbsent(type, t -> new int[4]);
            c[0] += candidates;
            c[1] += correct;
            c[2] += gold;
            c[3] += found;
        }

        Score plus(Score other) {
            Score s = empty();
            byType.forEach((t, c) -> s.add(t, c[0], c[1], c[2], c[3]));
            other.byType.forEach((t, c) -> s.add(t, c[0], c[1], c[2], c[3]));
            return s;
        }

        int[] total() {
            int[] t = new int[4];
            byType.values().forEach(c -> {
                for (int i = 0; i < 4; i++) {
                    t[i] += c[i];
                }
            });
            return t;
        }

        double precision() {
            int[] t = total();
            return t[0] == 0 ? 0 : (double) t[1] / t[0];
        }

        double recall() {
            int[] t = total();
            return t[2] == 0 ? 0 : (double) t[3] / t[2];
        }

        String table(String title) {
            StringBuilder s = new StringBuilder("| " + title + " | candidates | correct | gold | found | precision | recall |\n|---|---|---|---|---|---|---|\n");
            byType.forEach((t, c) -> s.append(row(t, c)));
            s.append(row("**all**", total()));
            return s.toString();
        }

        private static String row(String name, int[] c) {
            return String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s |%n", name, c[0], c[1], c[2], c[3],
                    c[0] == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * c[1] / c[0]),
                    c[2] == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * c[3] / c[2]));
        }
    }

    record GoldFact(String type, Set<String> subject, Set<String> object, String sentence) {
    }

    private final ObjectMapper mapper;
    private final Map<String, ValidatedEntity> allEntities;

    GoldScorer(ObjectMapper mapper, List<ValidatedEntity> allEntities) {
        this.mapper = mapper;
        this.allEntities = new java.util.HashMap<>();
        allEntities.forEach(e -> this.allEntities.put(e.id(), e));
    }

    List<GoldFact> gold(Path file, Article article) throws IOException {
        List<GoldFact> facts = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = mapper.readTree(line);
            facts.add(new GoldFact(n.get("type").asText(), names(n.get("subject")), names(n.get("object")),
                    sentenceOf(article, n.get("anchor").asText())));
        }
        return facts;
    }

    /** The keys an end may be matched by: "id:" for a seed id, "name:" for each of its names. */
    private Set<String> names(JsonNode end) {
        Set<String> keys = new HashSet<>();
        if (end.isTextual()) {
            keys.add("id:" + end.asText());
            ValidatedEntity e = allEntities.get(end.asText());
            if (e != null) {
                keys.add("name:" + NameResolver.key(e.name()));
                e.aliases().forEach(a -> keys.add("name:" + NameResolver.key(a)));
            }
        } else {
            keys.add("name:" + NameResolver.key(end.get("name").asText()));
            end.path("aliases").forEach(a -> keys.add("name:" + NameResolver.key(a.asText())));
        }
        return keys;
    }

    static String sentenceOf(Article article, String anchor) {
        String needle = anchor.replaceAll("\\s+", " ");
        return article.sentences().stream().filter(s -> s.text().replaceAll("\\s+", " ").contains(needle))
                .map(Sentence::id).findFirst().orElse(null);
    }

    /** Scores one article's candidates; anchors outside the article are counted in {@code outside}. */
    Score score(Extraction x, List<GoldFact> gold, Article article, int[] outside) {
        Map<String, CandidateEntity> proposed = new java.util.HashMap<>();
        x.entities().forEach(e -> proposed.put(e.id(), e));
        Score score = Score.empty();
        boolean[] used = new boolean[gold.size()];
        for (CandidateStatement c : x.statements()) {
            String sentence = sentenceOf(article, c.anchor());
            if (sentence == null) {
                outside[0]++;
            }
            Set<String> s = endKeys(c.subject(), proposed);
            Set<String> o = endKeys(c.object(), proposed);
            boolean correct = false;
            for (int i = 0; i < gold.size(); i++) {
                GoldFact g = gold.get(i);
                if (g.type().equals(c.type()) && sentence != null && sentence.equals(g.sentence())
                        && overlaps(s, g.subject()) && overlaps(o, g.object())) {
                    if (!used[i]) {
                        used[i] = true;
                        score.add(g.type(), 0, 0, 0, 1);
                    }
                    correct = true;
                    break;
                }
            }
            score.add(c.type(), 1, correct ? 1 : 0, 0, 0);
        }
        gold.forEach(g -> score.add(g.type(), 0, 0, 1, 0));
        return score;
    }

    private Set<String> endKeys(String id, Map<String, CandidateEntity> proposed) {
        Set<String> keys = new HashSet<>();
        CandidateEntity c = proposed.get(id);
        if (c == null) {
            keys.add("id:" + id);
        } else {
            keys.add("name:" + NameResolver.key(c.name()));
            c.aliases().forEach(a -> keys.add("name:" + NameResolver.key(a)));
        }
        return keys;
    }

    /**
     * Ends match by id or by a name; a name the draft proposes also matches a gold name when at least
     * half the content words of the shorter are in the longer ("formal ceremony" and "container trains
     * relaunch ceremony"), since an unnamed event or a long agreement title is never spelt the same way twice.
     */
    private static boolean overlaps(Set<String> a, Set<String> b) {
        if (a.stream().anyMatch(b::contains)) {
            return true;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.startsWith("name:") && y.startsWith("name:") && wordsOverlap(x.substring(5), y.substring(5))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> STOP = Set.of("the", "of", "and", "a", "an", "in", "on", "to", "for", "s");

    private static boolean wordsOverlap(String x, String y) {
        Set<String> wx = content(x);
        Set<String> wy = content(y);
        Set<String> small = wx.size() <= wy.size() ? wx : wy;
        Set<String> large = small == wx ? wy : wx;
        if (small.isEmpty()) {
            return false;
        }
        long shared = small.stream().filter(large::contains).count();
        return shared * 2 >= small.size();
    }

    private static Set<String> content(String key) {
        Set<String> words = new HashSet<>(List.of(key.split(" ")));
        words.removeAll(STOP);
        return words;
    }
}
