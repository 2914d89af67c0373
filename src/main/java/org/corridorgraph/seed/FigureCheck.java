package org.corridorgraph.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.corpus.Sentence;

/**
 * Warns when a statement about a Measurement cites sentences none of which gives its figure: the
 * citation then points a reader at a sentence that does not hold the number the answer shows.
 * Figures are compared as numbers, so "$340 million" holds 340000000 and "35%" holds 35.
 */
public final class FigureCheck {
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(billion|million|thousand|bn|mn)?",
            Pattern.CASE_INSENSITIVE);

    List<String> warnings(Map<String, ValidatedEntity> entities, List<ValidatedStatement> statements) {
        List<String> warnings = new ArrayList<>();
        for (ValidatedStatement st : statements) {
            if (st.isBackground() || st.evidence().isEmpty()) {
                continue;
            }
            for (String end : List.of(st.subject(), st.object())) {
                ValidatedEntity e = entities.get(end);
                if (e == null || !e.labels().contains("Measurement") || !(e.props().get("value") instanceof Number value)) {
                    continue;
                }
                boolean given = st.evidence().stream().anyMatch(s -> numbers(s.text()).contains(value.doubleValue()));
                if (!given) {
                    warnings.add("statement " + st.id() + " cites " + String.join(", ", st.evidence().stream().map(Sentence::id).toList())
                            + ", which does not give the figure " + plain(value.doubleValue()) + " " + e.props().get("unit") + " of " + e.id()
                            + "; anchor it on the sentence that gives the number");
                }
            }
        }
        return warnings;
    }

    /** Every number the text gives, as written and scaled by a following "million" or "billion". */
    static Set<Double> numbers(String text) {
        Set<Double> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            double n = Double.parseDouble(m.group(1).replace(",", ""));
            found.add(n);
            if (m.group(2) != null) {
                found.add(n * scale(m.group(2)));
            }
        }
        return found;
    }

    /** What a scale word multiplies by: billion (bn), million (mn), thousand; 1 for none. */
    public static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "billion", "bn" -> 1e9;
            case "million", "mn" -> 1e6;
            case "thousand" -> 1e3;
            default -> 1;
        };
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
