package org.corridorgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written out in a sentence, as ISO partial dates: 2025-12-11, 2022-08, 2023. */
final class DateFinder {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|from|by|of)\\s+((?:19|20)\\d{2})\\b(?![-–]\\d)");

    /** The most precise date the text gives, if any. */
    Optional<String> first(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(3) + "-" + month(m.group(1)) + "-" + two(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(3) + "-" + month(m.group(2)) + "-" + two(m.group(1)));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(2) + "-" + month(m.group(1)));
        }
        m = YEAR.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String month(String name) {
        return two(String.valueOf(MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1));
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
