package org.corridorgraph.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources behind a chart's points, numbered from 1 in the order the points first name them, so a point's
 * label can carry "[1]" and the list under the chart say what [1] is. The picture stands alone (pasted into a
 * document it has no table beside it), hence a list of its own rather than the answer's citation numbers.
 */
final class SourceNotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** Numbers these sources (new ones get the next numbers) and gives the marker a label carries, e.g. "[1, 2]". */
    String marker(List<String> sources) {
        List<String> parts = new ArrayList<>();
        for (String source : sources) {
            int number = numbers.computeIfAbsent(source, s -> numbers.size() + 1);
            String part = String.valueOf(number);
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? "" : "[" + String.join(", ", parts) + "]";
    }

    /** One line per source, "[1] article-id", in number order. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        numbers.forEach((source, number) -> lines.add("[" + number + "] " + describe(source)));
        return lines;
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    private static String describe(String source) {
        return switch (source) {
            case "background" -> "background facts (reference knowledge, not from an article)";
            case "entity" -> "the entity's own record in the seed data";
            default -> "article " + source;
        };
    }
}
