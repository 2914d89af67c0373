package org.corridorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names the seed data may lack, by the constructions that introduce them: a capitalised name
 * ending in a head noun that says what it is ("... Railways", "... Commission", "... Dry Port"), a
 * chain of places before a transport noun ("China-Iran-Europe railway corridor"), a person named
 * after an office title ("Deputy Prime Minister ... Firstname Lastname"), and a speaker ("X said").
 */
final class Spotter {
    /** A name found in the text, the label its construction implies, and the rule that found it. */
    record Spotted(String name, String label, int start, int end, String rule, double confidence) {
    }

    static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]+(?:[-–]\\p{Lu}[\\p{L}\\p{M}'’]+)*";
    static final String PERSON_NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}";
    /** Office titles, longest first so "Deputy Prime Minister" is not read as "Prime Minister". */
    static final String TITLE = "(?:(?:Deputy|Vice|First|Acting|Former)\\s+)?(?:Prime\\s+Minister|President|Foreign\\s+Minister"
            + "|Transport\\s+Minister|Economy\\s+Minister|Energy\\s+Minister|Minister(?:\\s+of\\s+(?:\\p{Lu}\\p{L}+(?:\\s+and\\s+|\\s+|(?=\\s)))+)?"
            + "|Deputy\\s+Ambassador|Ambassador|Charg[ée]\\s+d'Affaires|Chairman|Chairwoman|Head|Director(?:[- ]General)?"
            + "|Secretary(?:[- ]General)?|Governor|Mayor|Spokesperson|Spokesman|Chief\\s+Executive|CEO)";
    static final Pattern TITLED_PERSON = Pattern.compile("\\b(" + TITLE + ")"
            + "(?:\\s+of\\s+(?:the\\s+)?((?:" + NAME_WORD + "|of|the|and)(?:\\s+(?:" + NAME_WORD + "|of|the|and))*))?"
            + "(?:\\s*\\([^)]{1,20}\\))?\\s+(" + PERSON_NAME + ")");
    private static final Pattern SPEAKER = Pattern.compile("(?:\\b(" + PERSON_NAME + ")\\s+(?:said|says|stated|noted|added|told|stressed|announced)\\b"
            + "|\\b(?:said|says|stated|noted|added|according\\s+to)\\s+(" + PERSON_NAME + ")\\b)");
    private static final Pattern CAPITAL_RUN = Pattern.compile(NAME_WORD + "(?:\\s+(?:(?:of|for|on|and)(?:\\s+the)?\\s+)?" + NAME_WORD + ")*");
    private static final Pattern CHAIN = Pattern.compile("\\b(" + NAME_WORD + "(?:[-–]" + NAME_WORD + ")+)\\s+"
            + "(railway\\s+corridor|transport\\s+corridor|corridor|railway\\s+line|railway|rail\\s+line|highway|pipeline"
            + "|container\\s+trains?|freight\\s+trains?|trains?|route)\\b");
    private static final Pattern CHAIN_PAIR = Pattern.compile("\\b(" + NAME_WORD + "(?:[-–]" + NAME_WORD + ")+)\\s+and\\s+(?:" + NAME_WORD + "(?:[-–]" + NAME_WORD + ")+)\\s+"
            + "(container\\s+trains|freight\\s+trains|trains|railways|corridors|routes)\\b");
    /** What a head noun makes its name: a railway company is an organisation, a railway line a railway. */
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("railway", "Railway"), Map.entry("railways", "Organisation"), Map.entry("corridor", "Corridor"),
            Map.entry("port", "Port"), Map.entry("seaport", "Port"), Map.entry("terminal", "Port"),
            Map.entry("commission", "Organisation"), Map.entry("ministry", "Organisation"), Map.entry("company", "Organisation"),
            Map.entry("agency", "Organisation"), Map.entry("committee", "Organisation"), Map.entry("bank", "Organisation"),
            Map.entry("council", "Organisation"), Map.entry("organization", "Organisation"), Map.entry("organisation", "Organisation"),
            Map.entry("memorandum", "Agreement"), Map.entry("agreement", "Agreement"), Map.entry("treaty", "Agreement"),
            Map.entry("pipeline", "Pipeline"), Map.entry("union", "Bloc"));
    private static final Map<String, String> CHAIN_HEADS = Map.of("railway corridor", "Corridor", "transport corridor", "Corridor",
            "corridor", "Corridor", "railway line", "Railway", "railway", "Railway", "rail line", "Railway", "highway", "Route",
            "pipeline", "Pipeline", "route", "Route");
    /** "the Memorandum on Monday": a date after the head noun is not part of the name. */
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> LEADING_NOISE = Set.of("the", "a", "an", "head", "president", "minister", "deputy", "prime",
            "chairman", "ambassador", "director", "of", "and", "this", "that", "in", "on", "at", "by", "with", "for", "from",
            "after", "during", "both", "its", "their");

    /** "the port of X", "located in X": a place named by the construction around it. */
    private static final Pattern PLACE = Pattern.compile("\\b(?:(port|seaport|city|town)\\s+of|(?:located|situated)\\s+in)\\s+(" + NAME_WORD + ")");
    /**
     * An unnamed event the sentence speaks of ("the formal ceremony was attended by", "the 13th meeting
     * of the ... Commission was held in"): proposed so that who took part and where can be said.
     */
    static final Pattern EVENT = Pattern.compile("\\b(?:[Tt]he|[Aa])\\s+((?:\\d+(?:st|nd|rd|th)\\s+|[a-z]+\\s+)?(?:ceremony|meeting|summit|session|forum|conference)"
            + "(?:\\s+of\\s+(?:the\\s+)?" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|of|on|and))*)?)(?=\\s+(?:was|were|is)\\s+(?:attended|held|opened|hosted)|\\s+took\\s+place)");

    private final Predicate<String> known;

    /** @param known whether a word or name is one the resolver already knows: never the start of a person's name */
    Spotter(Predicate<String> known) {
        this.known = known;
    }

    List<Spotted> spot(String text) {
        List<Spotted> found = new ArrayList<>();
        Matcher t = TITLED_PERSON.matcher(text);
        while (t.find()) {
            person(t.group(3), t.start(3), "office-title", 0.8).ifPresent(found::add);
            if (t.group(2) != null) {
                int from = t.start(2);
                head(text.substring(from, t.end(2)), from).ifPresent(found::add);
            }
        }
        Matcher s = SPEAKER.matcher(text);
        while (s.find()) {
            int g = s.group(1) != null ? 1 : 2;
            person(s.group(g), s.start(g), "speaker", 0.6).ifPresent(found::add);
        }
        Matcher p = PLACE.matcher(text);
        while (p.find()) {
            if (!known.test(p.group(2))) {
                String label = p.group(1) != null && p.group(1).toLowerCase(Locale.ROOT).contains("port") ? "Port" : "City";
                found.add(new Spotted(p.group(2), label, p.start(2), p.end(2), "place-construction", 0.6));
            }
        }
        Matcher e = EVENT.matcher(text);
        while (e.find()) {
            found.add(new Spotted(e.group(1), "Event", e.start(1), e.end(1), "event-phrase", 0.55));
        }
        Matcher pair = CHAIN_PAIR.matcher(text);
        while (pair.find()) {
            // "China-Iran and Iran-China container trains": two services, the first named by its chain alone
            String head = pair.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String label = head.contains("train") ? "FreightService" : CHAIN_HEADS.get(head);
            found.add(new Spotted(pair.group(1) + " " + pair.group(2).replaceAll("s$", ""), label, pair.start(1), pair.end(1), "place-chain", 0.65));
        }
        Matcher c = CHAIN.matcher(text);
        while (c.find()) {
            String head = c.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String label = head.contains("train") ? "FreightService" : CHAIN_HEADS.get(head);
            String name = c.group(1) + " " + c.group(2).replaceAll("s$", "");
            found.add(new Spotted(name, label, c.start(), c.end(), "place-chain", 0.7));
        }
        Matcher r = CAPITAL_RUN.matcher(text);
        while (r.find()) {
            head(r.group(), r.start()).ifPresent(found::add);
        }
        return found;
    }

    /** A person's name without the known words before it ("Turkmenistan Nokerguly Atagulyev said"). */
    private java.util.Optional<Spotted> person(String name, int start, String rule, double confidence) {
        String[] words = name.split("\\s+");
        int skip = 0;
        int offset = 0;
        while (skip < words.length - 1 && (known.test(words[skip]) || LEADING_NOISE.contains(words[skip].toLowerCase(Locale.ROOT)))) {
            offset += words[skip].length() + 1;
            skip++;
        }
        if (words.length - skip < 2) {
            return java.util.Optional.empty();
        }
        String rest = name.substring(offset);
        if (known.test(rest)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Spotted(rest, "Person", start + offset, start + name.length(), rule, confidence));
    }

    /** The part of a capitalised run up to and including its head noun (and an "of"/"on" phrase after it). */
    private java.util.Optional<Spotted> head(String run, int offset) {
        String[] words = run.split("\\s+");
        int startWord = 0;
        while (startWord < words.length && LEADING_NOISE.contains(words[startWord].toLowerCase(Locale.ROOT))) {
            startWord++;
        }
        for (int i = startWord; i < words.length; i++) {
            String label = HEADS.get(words[i].toLowerCase(Locale.ROOT));
            if (label == null) {
                continue;
            }
            boolean ofPhrase = i + 2 < words.length && Set.of("of", "on", "for").contains(words[i + 1].toLowerCase(Locale.ROOT));
            if (i == startWord && !ofPhrase) {
                continue;
            }
            int end = i + 1;
            if (end + 1 < words.length && Set.of("of", "on", "for").contains(words[end].toLowerCase(Locale.ROOT))
                    && !DATE_WORDS.contains(words[end + 1].toLowerCase(Locale.ROOT))) {
                end = words.length;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, startWord, end));
            int start = offset + run.indexOf(words[startWord]);
            return java.util.Optional.of(new Spotted(name, label, start, start + name.length(), "head-noun", 0.65));
        }
        return java.util.Optional.empty();
    }
}
