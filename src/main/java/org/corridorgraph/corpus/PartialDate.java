package org.corridorgraph.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day, as articles give them; the year may be unknown too, as in
 * a news dateline's "October 13". Its ISO form (yyyy, yyyy-mm, yyyy-mm-dd) is the schema's partialDate
 * value type, and only exists once the year is known.
 *
 * @param year  null when unknown
 * @param month 1–12, or null when only the year is known
 * @param day   day of the month, or null; a day needs a month
 */
public record PartialDate(Integer year, Integer month, Integer day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year == null && month == null) {
            throw new IllegalArgumentException("a partial date needs at least a year or a month");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is not 1 to 12");
        }
        if (day != null) {
            // a leap year admits February 29 when the year is unknown
            int checkYear = year == null ? 2000 : year;
            try {
                LocalDate.of(checkYear, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("day " + day + " does not exist in month " + month
                        + (year == null ? "" : " of " + year), e);
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /**
     * Reads yyyy, yyyy-mm or yyyy-mm-dd.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : ISO.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not yyyy, yyyy-mm or yyyy-mm-dd");
        }
        return new PartialDate(Integer.valueOf(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    public boolean yearKnown() {
        return year != null;
    }

    /** Year, month and day are all known. */
    public boolean exact() {
        return year != null && day != null;
    }

    /** The day as a date; only for an exact date. */
    public LocalDate toLocalDate() {
        if (!exact()) {
            throw new IllegalStateException(this + " is not a whole date");
        }
        return LocalDate.of(year, month, day);
    }

    /** yyyy, yyyy-mm or yyyy-mm-dd (the schema's partialDate), or null while the year is unknown. */
    public String iso() {
        if (year == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
        if (month != null) {
            text.append(String.format(Locale.ROOT, "-%02d", month));
        }
        if (day != null) {
            text.append(String.format(Locale.ROOT, "-%02d", day));
        }
        return text.toString();
    }

    /** As a reader says it: "2025-10-13", or "October 13, year unknown". */
    @Override
    public String toString() {
        if (year != null) {
            return iso();
        }
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (day == null ? name : name + " " + day) + ", year unknown";
    }
}
