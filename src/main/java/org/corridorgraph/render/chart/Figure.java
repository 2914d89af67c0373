package org.corridorgraph.render.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure of a trade or figures answer: a value with its unit, when it refers to and how it stands
 * (actual, target, growth), and the sources behind it.
 *
 * @param series      what is measured (the metric, else the measurement's name): points of one series share a colour
 * @param measurement the measurement's own name
 * @param status      actual, target, growth, or null when not stated
 * @param year        the calendar year, or null
 * @param period      the period when not a whole year, or null
 * @param asOf        when the figure was stated, or null
 * @param words       the value in words with its unit, e.g. "$340 million", "+53%", "more than 350"
 */
record Figure(String series, String measurement, String status, Long year, String period, String asOf, double value,
              String unit, String currency, String words, String qualifier, List<String> sources) {
    static final String ACTUAL = "actual";
    static final String TARGET = "target";
    static final String GROWTH = "growth";

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|2\\d\\d\\d)\\b");

    /** The columns a result needs for its rows to be figures. */
    static final List<String> COLUMNS = List.of("value", "unit", "status", "year", "period");

    static Figure of(Map<String, Object> row) {
        String metric = text(row.get("metric"));
        String measurement = text(row.get("measurement"));
        String series = metric != null ? metric : measurement != null ? measurement : "figure";
        double value = row.get("value") instanceof Number n ? n.doubleValue() : 0;
        String unit = text(row.get("unit"));
        String currency = text(row.get("currency"));
        String status = text(row.get("status"));
        String approximation = text(row.get("approximation"));
        String words = row.get("figure") instanceof String s && !s.isBlank() ? s : words(value, unit, currency, status, approximation);
        Long year = row.get("year") instanceof Number n ? n.longValue() : null;
        List<String> sources = row.get("sources") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : row.get("source") instanceof String s ? List.of(s) : List.of();
        return new Figure(series, measurement != null ? measurement : series, status, year, text(row.get("period")),
                text(row.get("asOf")), value, unit, currency, words, text(row.get("qualifier")), sources);
    }

    boolean growth() {
        return GROWTH.equals(status);
    }

    /** The year the figure belongs to on a time axis: its year, else the first year its period names; null when neither. */
    Long when() {
        if (year != null) {
            return year;
        }
        if (period != null) {
            Matcher m = YEAR.matcher(period);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return null;
    }

    /** The category on the chart's time axis: the year, the period, or "no year given" with when it was stated. */
    String category() {
        if (period != null) {
            return period;
        }
        if (year != null) {
            return String.valueOf(year);
        }
        return asOf == null ? "no year given" : "no year given (stated " + asOf + ")";
    }

    /** The value in words, by the rules the figures query uses for its figure column. */
    static String words(double value, String unit, String currency, String status, String approximation) {
        String approx = switch (approximation == null ? "" : approximation) {
            case "more-than" -> "more than ";
            case "less-than" -> "less than ";
            case "approximately" -> "about ";
            default -> "";
        };
        if ("percent".equals(unit)) {
            return approx + (GROWTH.equals(status) && value > 0 ? "+" : "") + plain(value) + "%";
        }
        if (currency != null || "USD".equals(unit)) {
            String money = currency != null ? currency : unit;
            String symbol = switch (money) {
                case "USD" -> "$";
                case "EUR" -> "€";
                default -> money + " ";
            };
            return approx + symbol + scaled(value);
        }
        if (unit == null || "count".equals(unit)) {
            return approx + plain(value);
        }
        return approx + plain(value) + " " + unit;
    }

    private static String scaled(double value) {
        if (Math.abs(value) >= 1e9) {
            return plain(value / 1e9) + " billion";
        }
        if (Math.abs(value) >= 1e6) {
            return plain(value / 1e6) + " million";
        }
        return plain(value);
    }

    static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? null : s;
    }
}
