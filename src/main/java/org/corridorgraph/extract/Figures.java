package org.corridorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.seed.FigureCheck;

/**
 * Figures a sentence gives, as Measurement values the schema can hold: money in base units with
 * its currency, percentages, lengths, tonnages and counts; whether the figure is a level, a growth
 * rate or a target; how exact it is; the year it refers to; and what it measures, in the sentence's
 * own words ("growth of freight traffic", "bilateral trade").
 */
final class Figures {
    /** One figure: what {@code value} in {@code unit} measures, and where the sentence gives it. */
    record Figure(double value, String unit, String currency, String status, String approximation, Integer year,
                  String metric, String written, int start, int end) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final Pattern MONEY = Pattern.compile("(?:US)?\\$\\s?" + NUMBER + "(?:\\s*(billion|million|thousand|bn|mn)\\b)?"
            + "|\\b" + NUMBER + "\\s*(billion|million|thousand)?\\s+(?:US\\s+)?dollars\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\b" + NUMBER + "\\s*(?:%|percent\\b|per\\s+cent\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY = Pattern.compile("\\b" + NUMBER + "\\s*(million\\s+|thousand\\s+)?"
            + "(km|kilometres|kilometers|tonnes|tons|TEU|containers|trains|enterprises|companies|wagons|flights)\\b");
    private static final Pattern GROWTH = Pattern.compile("(?i)\\b(?:grew|grow(?:s|ing|th)?|increas(?:e|ed|es|ing)|rose|rise|rising|up|boost(?:ed|ing)?|jump(?:ed)?|surg(?:e|ed)|declin(?:e|ed)|fell|drop(?:ped)?|doubl(?:e|ed))\\b");
    private static final Pattern TARGET = Pattern.compile("(?i)\\b(?:target|goal|aim(?:s|ed)?|reach|bring|raise|increase|boost)\\b[^.,;]{0,40}\\bto\\s*$|\\btarget\\s+of\\s*$");
    private static final Pattern ABOUT = Pattern.compile("(?i)\\b(?:about|around|approximately|nearly|almost|some|roughly)\\s*$");
    private static final Pattern MORE = Pattern.compile("(?i)\\b(?:more\\s+than|over|above|exceeding|at\\s+least)\\s*$");
    private static final Pattern LESS = Pattern.compile("(?i)\\b(?:less\\s+than|under|below|fewer\\s+than)\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|for|of|during)\\s+((?:19|20)\\d{2})\\b(?![-–/]\\d)");
    private static final Pattern IN_WHAT = Pattern.compile("^\\s*(?:increase|growth|rise|jump|drop|decline|boost)?\\s*(in|of)\\s+(?!the\\s+(?:first|past|last|next)\\b)((?:[A-Za-z-]+\\s+){0,2}[A-Za-z-]+)");
    private static final Pattern SUBJECT_VERB = Pattern.compile("((?:[A-Za-z-]+\\s+){0,6}[A-Za-z-]+)\\s+(?:grew|grow|rose|rise|risen|increased|increase|jumped|fell|declined|dropped|reached|totalled|totaled|amounted\\s+to|stood\\s+at)(?:\\s+by)?\\s*(?:about|around|nearly|some|over|more\\s+than)?\\s*$");
    /** Words that open a clause, not a measured thing: "said trade grew" measures trade. */
    private static final Pattern CLAUSE_OPENERS = Pattern.compile("(?i)^(?:(?:that|said|says|noted|stated|added|while|and|but|have|has|had|seen|saw|the|a|an|its|their)\\s+)+");
    private static final Pattern COUNTED = Pattern.compile("^\\s*(?:(?:with|of|in|on|from)\\s+(?:[A-Za-z-]+\\s+){0,1}[A-Za-z-]+)?");
    private static final Pattern MEASURE_NOUN = Pattern.compile("(?i)\\b((?:[a-z-]+\\s+)?(?:trade(?:\\s+turnover)?|turnover|investments?|exports|imports|traffic|volumes?|capacity|shipments|cargo|freight))\\b");

    List<Figure> find(String text) {
        List<Figure> found = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            String scale = m.group(1) != null ? m.group(2) : m.group(4);
            found.add(figure(text, parse(number) * FigureCheck.scale(scale), "USD", "USD", m.start(), m.end()));
        }
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            found.add(figure(text, parse(p.group(1)), "percent", null, p.start(), p.end()));
        }
        Matcher q = QUANTITY.matcher(text);
        while (q.find()) {
            String unit = switch (q.group(3).toLowerCase(Locale.ROOT)) {
                case "km", "kilometres", "kilometers" -> "km";
                case "tonnes", "tons" -> "tonnes";
                case "teu" -> "TEU";
                default -> "count";
            };
            found.add(figure(text, parse(q.group(1)) * FigureCheck.scale(q.group(2)), unit, null, q.start(), q.end()));
        }
        found.sort(java.util.Comparator.comparingInt(Figure::start));
        return found;
    }

    private Figure figure(String text, double value, String unit, String currency, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        boolean target = TARGET.matcher(before).find();
        boolean growth = !target && unit.equals("percent") && (GROWTH.matcher(before.substring(Math.max(0, before.length() - 40))).find()
                || GROWTH.matcher(after.substring(0, Math.min(after.length(), 25))).find());
        String status = target ? "target" : growth ? "growth" : "actual";
        String approximation = ABOUT.matcher(before).find() ? "approximately" : MORE.matcher(before).find() ? "more-than"
                : LESS.matcher(before).find() ? "less-than" : null;
        Matcher y = YEAR.matcher(text.substring(end));
        Integer year = y.find() && y.start() < 40 ? Integer.valueOf(y.group(1)) : null;
        String what = unit.equals("count") || unit.equals("TEU") || unit.equals("km") || unit.equals("tonnes")
                ? counted(text.substring(start, end), after) : metric(text.substring(0, start), after, unit.equals("percent"));
        String metric = growth ? "growth of " + what : what;
        return new Figure(value, unit, currency, status, approximation, year, metric, text.substring(start, end), start, end);
    }

    /** What the figure measures, in the sentence's words: "X grew by", "increase in X", "share of X", "trade". */
    private static String metric(String before, String after, boolean percent) {
        Matcher sv = SUBJECT_VERB.matcher(before);
        if (sv.find()) {
            // "rail freight between A and B grew": the measured thing is what comes before the preposition
            String subject = CLAUSE_OPENERS.matcher(sv.group(1)).replaceFirst("").toLowerCase(Locale.ROOT)
                    .replaceFirst("\\s+(?:between|in|on|from|to|across|through|with|along)\\b.*$", "");
            if (!subject.isBlank()) {
                return subject;
            }
        }
        Matcher in = IN_WHAT.matcher(after);
        if (in.find()) {
            String what = in.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+(?:have|has|had|are|is|were|was|will|would)$", "");
            return percent && in.group(1).equals("of") ? "share of " + what : what;
        }
        String last = null;
        Matcher noun = MEASURE_NOUN.matcher(before);
        while (noun.find()) {
            last = noun.group(1);
        }
        if (last == null) {
            Matcher next = MEASURE_NOUN.matcher(after);
            last = next.find() ? next.group(1) : null;
        }
        return last == null ? "unnamed figure" : CLAUSE_OPENERS.matcher(last).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /** A count, length or tonnage measures what it counts: "350 enterprises with Iranian capital". */
    private static String counted(String written, String after) {
        String noun = written.replaceAll("^[\\d,.]+\\s*(?:million\\s+|thousand\\s+)?", "");
        Matcher m = COUNTED.matcher(after);
        return (noun + (m.find() ? m.group() : "")).strip().toLowerCase(Locale.ROOT);
    }

    private static double parse(String number) {
        return Double.parseDouble(number.replace(",", ""));
    }
}
