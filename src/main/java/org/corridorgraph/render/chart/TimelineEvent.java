package org.corridorgraph.render.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One row of a timeline answer: what happened, when (as precisely as known), how it is stated and by whom.
 *
 * @param date  as the answer gives it: yyyy, yyyy-mm or yyyy-mm-dd
 * @param start the first day the date can mean
 * @param end   the last day it can mean, or the last day of its end date; equal to start for a single known day
 * @param kind  fact, assessment or reported; null when no article states it
 */
record TimelineEvent(String date, String endDate, String what, String kind, List<String> sources, LocalDate start, LocalDate end) {

    /** The columns a result needs for its rows to be events on a time axis. */
    static final List<String> COLUMNS = List.of("date", "endDate", "what");

    /** The event of a row, or null when its date is missing or not a date. */
    static TimelineEvent of(Map<String, Object> row) {
        String date = text(row.get("date"));
        String what = text(row.get("what"));
        if (date == null || what == null) {
            return null;
        }
        LocalDate[] span = span(date);
        if (span == null) {
            return null;
        }
        String endDate = text(row.get("endDate"));
        LocalDate end = span[1];
        if (endDate != null) {
            LocalDate[] until = span(endDate);
            if (until != null && until[1].isAfter(end)) {
                end = until[1];
            }
        }
        List<String> sources = row.get("sources") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : row.get("source") instanceof String s ? List.of(s) : List.of();
        return new TimelineEvent(date, endDate, what, text(row.get("kind")), sources, span[0], end);
    }

    /** Whether it covers more than one day: a month, a year, or a stretch with an end date. */
    boolean spans() {
        return end.isAfter(start);
    }

    /** The date as a reader sees it: the date, or "date – end date". */
    String when() {
        return endDate == null || endDate.startsWith(date) ? date : date + " – " + endDate;
    }

    private static LocalDate[] span(String text) {
        String t = text.length() > 10 ? text.substring(0, 10) : text;
        try {
            return switch (t.length()) {
                case 4 -> new LocalDate[] {LocalDate.of(Integer.parseInt(t), 1, 1), LocalDate.of(Integer.parseInt(t), 12, 31)};
                case 7 -> {
                    YearMonth month = YearMonth.parse(t);
                    yield new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                }
                case 10 -> new LocalDate[] {LocalDate.parse(t), LocalDate.parse(t)};
                default -> null;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? null : s;
    }
}
