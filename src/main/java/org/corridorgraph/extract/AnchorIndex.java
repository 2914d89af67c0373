package org.corridorgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.corridorgraph.corpus.Sentence;

/**
 * How many sentences of an article hold a stretch of words, answered without scanning the article
 * each time: sentences are normalised once, and a word of the stretch narrows the search to the
 * sentences that have it (checking every window against every sentence made a long article's
 * extract grow with candidates times sentences).
 */
final class AnchorIndex {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<String> texts;
    private final Map<String, List<Integer>> byWord = new HashMap<>();

    AnchorIndex(List<Sentence> sentences) {
        // identical sentences count once, as the seed validator counts them
        this.texts = List.copyOf(new LinkedHashSet<>(sentences.stream().map(s -> SPACE.matcher(s.text()).replaceAll(" ").strip()).toList()));
        for (int i = 0; i < texts.size(); i++) {
            for (String word : new LinkedHashSet<>(List.of(texts.get(i).split(" ")))) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The number of distinct sentences that contain the stretch, verbatim up to whitespace. */
    long occurrences(String stretch) {
        String needle = SPACE.matcher(stretch).replaceAll(" ").strip();
        String[] words = needle.split(" ");
        // the stretch's first and last words may be cut from longer tokens; the inner ones are whole
        List<Integer> narrowest = null;
        for (int i = 1; i < words.length - 1; i++) {
            List<Integer> having = byWord.getOrDefault(words[i], List.of());
            if (narrowest == null || having.size() < narrowest.size()) {
                narrowest = having;
            }
        }
        if (narrowest == null) {
            return texts.stream().filter(t -> t.contains(needle)).count();
        }
        return narrowest.stream().filter(i -> texts.get(i).contains(needle)).count();
    }
}
