package org.corridorgraph.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a sentence that date something only against the day the article appeared
 * ("yesterday", "on Monday", "last week", "this year", "two months ago", "on December 11", "in May")
 * and resolves each against the publication date. Dates that carry their year ("December 11, 2025",
 * "in 2023") are absolute and not reported.
 *
 * <p>The rules, so that every resolution can be checked by hand:
 * <ul>
 * <li>"on Monday" (or a bare "Monday"): the most recent Monday on or before publication, so a Monday
 *     news item's "on Monday" is its own day; "last Monday" is strictly before, "next Monday" strictly
 *     after, "this Monday" within the publication's week (Monday to Sunday).</li>
 * <li>"last week", "this week", "next week": that Monday-to-Sunday week, given as its month (or its
 *     year, when it spans two months); the note names the days.</li>
 * <li>"this/last/next month" and "this/last/next year": the month or year itself.</li>
 * <li>"N days/weeks/months/years ago": counted back from publication; weeks as 7 days.</li>
 * <li>"on December 11" or "in May" without a year: the publication's year; the note warns when
 *     that puts it after publication. "last May" is the most recent May before the publication
 *     month, "next May" the first after it.</li>
 * </ul>
 * What the publication date does not give (a weekday when only the month is known, anything when the
 * date is unknown or its year is) stays unresolved, and the note says what is missing.
 */
public final class RelativeDates {
    private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTH_NAME = "January|February|March|April|May|June|July|August|September|October|November|December";
    /** A year right after a month or a day makes the date absolute. */
    private static final String NO_YEAR = "(?!\\s*,?\\s*\\d{4}\\b)";
    private static final String APPROXIMATELY = "(?:(?<about>around|about|some|nearly|almost|roughly|approximately)\\s+)?";
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private enum Needs {
        YEAR, MONTH, DAY
    }

    /** What a phrase comes to: a date, or null and why not. */
    private record Resolution(PartialDate date, String note) {
    }

    private record Rule(Pattern pattern, Needs needs, BiFunction<Matcher, PartialDate, Resolution> resolve) {
    }

    private record Found(int start, int end, RelativeDate date) {
    }

    private final List<Rule> rules = List.of(
            new Rule(Pattern.compile("\\b(?i:(?<word>yesterday|today|tomorrow))\\b"), Needs.DAY, RelativeDates::nearDay),
            new Rule(Pattern.compile("\\b(?:(?<which>(?i:on|last|next|this|past|coming))\\s+)?(?<weekday>" + WEEKDAY + ")\\b"),
                    Needs.DAY, RelativeDates::weekday),
            new Rule(Pattern.compile("\\b(?i:(?:(?:earlier|later)\\s+)?(?<which>last|this|next|past|coming)\\s+(?<unit>week|month|year))\\b"),
                    null, RelativeDates::period),
            new Rule(Pattern.compile("\\b(?i:" + APPROXIMATELY + "(?<count>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|eleven|twelve)\\s+(?<unit>day|week|month|year)s?\\s+ago)\\b"), null, RelativeDates::ago),
            new Rule(Pattern.compile("\\b(?:(?i:on)\\s+)?(?<month>" + MONTH_NAME + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b" + NO_YEAR),
                    Needs.YEAR, RelativeDates::monthDay),
            new Rule(Pattern.compile("\\b(?:(?i:on)\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTH_NAME
                    + ")\\b" + NO_YEAR), Needs.YEAR, RelativeDates::monthDay),
            // a month alone only after a word that makes it a time: "May" is also a verb
            new Rule(Pattern.compile("\\b(?<which>(?i:in|since|by|until|till|from|during|early|late|mid|last|next|this))[\\s-]+"
                    + "(?<month>" + MONTH_NAME + ")\\b(?!\\s+\\d)" + NO_YEAR), Needs.YEAR, RelativeDates::monthAlone));

    /**
     * @param sentence  a sentence's text
     * @param published the publication date, possibly partial, possibly without a year; null when unknown
     * @return the dating phrases in the order the sentence has them
     */
    public List<RelativeDate> find(String sentence, PartialDate published) {
        List<Found> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                Needs needs = rule.needs() != null ? rule.needs() : needs(m);
                String missing = missing(needs, published);
                Resolution resolution = missing != null ? new Resolution(null, missing) : rule.resolve().apply(m, published);
                found.add(new Found(m.start(), m.end(), new RelativeDate(m.group(), m.start(), resolution.date(), resolution.note())));
            }
        }
        // where phrases overlap ("on December 11" and "December"), the one starting first, then the longest, stands
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<RelativeDate> result = new ArrayList<>();
        int end = -1;
        for (Found f : found) {
            if (f.start() >= end) {
                result.add(f.date());
                end = f.end();
            }
        }
        return List.copyOf(result);
    }

    /** Periods and counts back need as much of the publication date as their unit. */
    private static Needs needs(Matcher m) {
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day", "week" -> Needs.DAY;
            case "month" -> Needs.MONTH;
            default -> Needs.YEAR;
        };
    }

    /** Why the publication date cannot place a phrase that needs this much of it; null when it can. */
    private static String missing(Needs needs, PartialDate published) {
        if (published == null) {
            return "unresolved: the publication date is unknown";
        }
        if (!published.yearKnown()) {
            return "unresolved: the publication year is unknown (only " + published + ")";
        }
        if (needs == Needs.DAY && !published.exact()) {
            return "unresolved: needs the day of publication, and only " + published.iso() + " is known";
        }
        if (needs == Needs.MONTH && published.month() == null) {
            return "unresolved: needs the month of publication, and only " + published.iso() + " is known";
        }
        return null;
    }

    private static Resolution nearDay(Matcher m, PartialDate published) {
        LocalDate day = published.toLocalDate();
        return switch (m.group("word").toLowerCase(Locale.ROOT)) {
            case "yesterday" -> new Resolution(PartialDate.of(day.minusDays(1)), "the day before publication (" + day + ")");
            case "tomorrow" -> new Resolution(PartialDate.of(day.plusDays(1)), "the day after publication (" + day + ")");
            default -> new Resolution(published, "the day of publication");
        };
    }

    private static Resolution weekday(Matcher m, PartialDate published) {
        LocalDate day = published.toLocalDate();
        DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String name = m.group("weekday");
        String which = m.group("which") == null ? "on" : m.group("which").toLowerCase(Locale.ROOT);
        return switch (which) {
            case "last", "past" -> new Resolution(PartialDate.of(day.with(TemporalAdjusters.previous(weekday))),
                    "the last " + name + " before publication (" + day + ")");
            case "next", "coming" -> new Resolution(PartialDate.of(day.with(TemporalAdjusters.next(weekday))),
                    "the first " + name + " after publication (" + day + ")");
            case "this" -> new Resolution(PartialDate.of(day.with(DayOfWeek.MONDAY).with(weekday)),
                    "the " + name + " of the publication's week (Monday to Sunday, published " + day + ")");
            default -> {
                LocalDate date = day.with(TemporalAdjusters.previousOrSame(weekday));
                yield new Resolution(PartialDate.of(date), date.equals(day)
                        ? "the day of publication, itself a " + name
                        : "the most recent " + name + " on or before publication (" + day + ")");
            }
        };
    }

    private static Resolution period(Matcher m, PartialDate published) {
        int shift = shift(m.group("which"));
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String relation = shift < 0 ? "before" : shift > 0 ? "after" : "of";
        return switch (unit) {
            case "week" -> {
                LocalDate monday = published.toLocalDate().with(DayOfWeek.MONDAY).plusWeeks(shift);
                yield week(monday, "the week " + relation + " publication's");
            }
            case "month" -> {
                YearMonth month = YearMonth.of(published.year(), published.month()).plusMonths(shift);
                yield new Resolution(PartialDate.ofMonth(month.getYear(), month.getMonthValue()),
                        shift == 0 ? "the month of publication" : "the month " + relation + " publication's");
            }
            default -> new Resolution(PartialDate.ofYear(published.year() + shift),
                    shift == 0 ? "the year of publication" : "the year " + relation + " publication's");
        };
    }

    private static int shift(String which) {
        return switch (which.toLowerCase(Locale.ROOT)) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
    }

    /** A Monday-to-Sunday week as the month it lies in, or the year when it spans two months. */
    private static Resolution week(LocalDate monday, String what) {
        LocalDate sunday = monday.plusDays(6);
        String days = what + ": " + monday + " to " + sunday;
        if (monday.getMonth() == sunday.getMonth()) {
            return new Resolution(PartialDate.ofMonth(monday.getYear(), monday.getMonthValue()), days);
        }
        if (monday.getYear() == sunday.getYear()) {
            return new Resolution(PartialDate.ofYear(monday.getYear()), days + ", across two months");
        }
        return new Resolution(null, "unresolved: " + days + " spans two years");
    }

    private static Resolution ago(Matcher m, PartialDate published) {
        String count = m.group("count").toLowerCase(Locale.ROOT);
        int n = NUMBER_WORDS.containsKey(count) ? NUMBER_WORDS.get(count) : Integer.parseInt(count);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String about = m.group("about") == null ? "" : "about ";
        String counted = about + n + " " + unit + (n == 1 ? "" : "s") + " before publication";
        return switch (unit) {
            case "day" -> new Resolution(PartialDate.of(published.toLocalDate().minusDays(n)), counted + " (" + published.iso() + ")");
            case "week" -> new Resolution(PartialDate.of(published.toLocalDate().minusWeeks(n)),
                    counted + " (" + published.iso() + "), counted as " + (7 * n) + " days");
            case "month" -> {
                YearMonth month = YearMonth.of(published.year(), published.month()).minusMonths(n);
                yield new Resolution(PartialDate.ofMonth(month.getYear(), month.getMonthValue()), counted);
            }
            default -> new Resolution(PartialDate.ofYear(published.year() - n), counted);
        };
    }

    private static Resolution monthDay(Matcher m, PartialDate published) {
        Month month = Month.valueOf(m.group("month").toUpperCase(Locale.ROOT));
        int day = Integer.parseInt(m.group("day"));
        PartialDate date;
        try {
            date = new PartialDate(published.year(), month.getValue(), day);
        } catch (IllegalArgumentException e) {
            return new Resolution(null, "unresolved: " + name(month) + " " + day + " is no day of " + published.year());
        }
        boolean later = published.month() != null && (month.getValue() > published.month()
                || (month.getValue() == published.month() && published.day() != null && day > published.day()));
        return new Resolution(date, "no year given: the publication's (" + published.year() + ")"
                + (later ? "; that falls after publication, so the article may mean the year before" : ""));
    }

    private static Resolution monthAlone(Matcher m, PartialDate published) {
        Month month = Month.valueOf(m.group("month").toUpperCase(Locale.ROOT));
        String which = m.group("which").toLowerCase(Locale.ROOT);
        if (which.equals("last") || which.equals("next")) {
            if (published.month() == null) {
                return new Resolution(null, "unresolved: needs the month of publication, and only " + published.iso() + " is known");
            }
            int year = published.year();
            if (which.equals("last")) {
                year = month.getValue() < published.month() ? year : year - 1;
            } else {
                year = month.getValue() > published.month() ? year : year + 1;
            }
            return new Resolution(PartialDate.ofMonth(year, month.getValue()),
                    "the " + (which.equals("last") ? "last " + name(month) + " before" : "first " + name(month) + " after")
                            + " the publication month (" + published.iso().substring(0, 7) + ")");
        }
        boolean later = published.month() != null && month.getValue() > published.month();
        return new Resolution(PartialDate.ofMonth(published.year(), month.getValue()),
                "no year given: the publication's (" + published.year() + ")"
                        + (later ? "; that falls after publication, so the article may mean the year before" : ""));
    }

    private static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
