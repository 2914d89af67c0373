package org.corridorgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recurring constructions of news on blocs and corridors, each read into one relationship type:
 * joined / acceded to; visited; met; signed; holds an office; located in; a line running through A,
 * B and C, from A to B, bound for C; held in; attended by; borders; cooperation between A and B. A
 * rule only reads the words between two names, so a sentence that merely names two things yields
 * nothing.
 */
final class Rules {
    private static final List<String> CARRIERS = List.of("Corridor", "Route", "Railway", "FreightService", "Pipeline");
    private static final List<String> ACTORS = List.of("State", "Organisation", "Bloc");
    private static final int MAX_GAP = 90;

    private static final Pattern MEMBER = Pattern.compile("^(?:'s\\s+)?(?:\\s*(?:has|have|had|officially|formally|now|also|recently|finally|to))*\\s*"
            + "(?:join(?:s|ed|ing)?|acced(?:e|es|ed|ing)\\s+to|accession\\s+to|became\\s+(?:a|an)\\s+(?:full\\s+|founding\\s+)?member\\s+of"
            + "|(?:is|are|was|were)\\s+(?:a|an|both)?\\s*(?:full\\s+|founding\\s+)?members?\\s+of|(?:full\\s+)?membership\\s+(?:in|of))\\s+(?:the\\s+)?$");
    private static final Pattern OBSERVER = Pattern.compile("^(?:'s\\s+)?\\s*(?:has|have|had|is|are|was|were|became|become|as)?\\s*(?:an?\\s+)?observers?\\s+(?:status\\s+)?(?:in|of|at|to)\\s+(?:the\\s+)?$");
    private static final Pattern VISIT = Pattern.compile("^\\s*(?:has\\s+|had\\s+)?(?:visited|(?:made|paid|makes|pays)\\s+(?:an?\\s+)?(?:official\\s+|state\\s+|working\\s+)?visit\\s+to"
            + "|arrived\\s+in|travel(?:l)?ed\\s+to)\\s+(?:the\\s+)?$");
    private static final Pattern MEET = Pattern.compile("^\\s*(?:has\\s+|had\\s+)?(?:met(?:\\s+with)?|held\\s+talks\\s+with|talks\\s+with|meets(?:\\s+with)?"
            + "|shakes\\s+hands\\s+with|shook\\s+hands\\s+with|(?:held\\s+)?(?:a\\s+)?meeting\\s+with)\\s+(?:his\\s+\\S+\\s+counterpart\\s+|her\\s+\\S+\\s+counterpart\\s+)?$");
    private static final Pattern SIGN = Pattern.compile("^\\s*(?:have\\s+|has\\s+|had\\s+)?(?:signed|concluded|inked)\\s+(?:a|an|the)?\\s*$");
    private static final Pattern IN_PLACE = Pattern.compile("^\\s*,?\\s*(?:(?:which\\s+is\\s+|is\\s+)?(?:located|situated|based)\\s+)?in\\s+(?:the\\s+)?$");
    private static final Pattern COMMA = Pattern.compile("^\\s*,\\s*(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?$");
    private static final Pattern PLACE_OF = Pattern.compile("^\\s*(?:port|city|seaport|capital|town)\\s+of\\s+$");
    private static final Pattern HELD_IN = Pattern.compile("^\\s*(?:was|were|is|will\\s+be)?\\s*(?:held|took\\s+place|hosted|opened|launched|relaunched)\\s+in\\s+(?:the\\s+)?$");
    private static final Pattern DURING = Pattern.compile("^\\s*(?:said|stated|spoke|noted|took\\s+part|participated)?\\s*(?:during|at|in)\\s+(?:the\\s+)?$");
    private static final Pattern BORDER = Pattern.compile("^\\s*(?:borders|shares\\s+a\\s+(?:land\\s+)?border\\s+with|bordering)\\s+$");
    private static final Pattern THROUGH = Pattern.compile("\\b(?:through|via|across|linking|connecting|crossing|traversing)\\s+(?:the\\s+)?(?:\\w+\\s+){0,4}?$");
    private static final Pattern FROM_TO = Pattern.compile("^\\s*to\\s+(?:the\\s+)?$");
    private static final Pattern BOUND = Pattern.compile("\\b(?:bound\\s+for|destined\\s+for|heading\\s+to|headed\\s+to|to\\s+reach)\\s+$");
    private static final Pattern ATTENDED = Pattern.compile("\\b(?:attended\\s+by|participants\\s+included|took\\s+part\\s+in)\\b");
    private static final Pattern COOPERATION = Pattern.compile("\\b(?:jointly|cooperat(?:e|es|ed|ion|ing)|partnership|work\\s+together)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(?:the\\s+)?$");
    private static final Pattern FIELD = Pattern.compile("\\b(?:in\\s+the\\s+(?:field|area|sphere)s?\\s+of\\s+(\\w+)|(transport|energy|trade|railway|rail\\s+freight|transit|logistics|economic)\\s+(?:cooperation|partnership|sector))\\b",
            Pattern.CASE_INSENSITIVE);

    private final DateFinder dates = new DateFinder();

    /** What one sentence says, given the names found in it and the carrier the article last spoke of. */
    /** The two states the article last named together, for "the two countries". */
    private final Ref[] lastPair = new Ref[2];

    /** @param relative the sentence's relative date ("on Monday") resolved against publication, if any */
    List<Found> read(String text, List<Ref> refs, Ref lastCarrier, Optional<String> relative) {
        List<Found> found = new ArrayList<>();
        Optional<String> date = dates.first(text).or(() -> relative);
        offices(text, refs, found);
        for (int i = 0; i < refs.size(); i++) {
            Ref a = refs.get(i);
            for (int j = i + 1; j < refs.size(); j++) {
                Ref b = refs.get(j);
                if (b.start() - a.end() > MAX_GAP) {
                    break;
                }
                String gap = text.substring(a.end(), b.start());
                pair(text, a, b, gap, refs, i, j, date, found);
            }
        }
        routes(text, refs, lastCarrier, found);
        attendance(text, refs, found);
        cooperation(text, refs, lastPair, found);
        transitivePlaces(text, refs, found);
        return found;
    }

    private void pair(String text, Ref a, Ref b, String gap, List<Ref> refs, int i, int j, Optional<String> date, List<Found> found) {
        // the subject of a list: "India, Russia, and Iran signed" makes each of them a party
        List<Ref> subjects = listEndingAt(text, refs, i);
        if (MEMBER.matcher(gap).matches() && b.isAny(List.of("Bloc", "Format"))) {
            String status = gap.contains("accession") || gap.contains("acced") ? "accession" : "full";
            for (Ref s : subjects) {
                found.add(new Found("MEMBER_OF", s, b, props("status", status, "since", date.orElse(null)), "joined", 0.75, s.start(), b.end()));
            }
        }
        if (OBSERVER.matcher(gap).matches() && b.isAny(List.of("Bloc", "Format"))) {
            found.add(new Found("MEMBER_OF", a, b, props("status", "observer"), "observer", 0.7, a.start(), b.end()));
        }
        if (VISIT.matcher(gap).matches() && date.isPresent()) {
            Map<String, Object> p = props("date", date.get());
            if (gap.contains("official")) {
                p.put("official", true);
            }
            found.add(new Found("VISITED", a, b, p, "visited", 0.75, a.start(), b.end()));
            // "a visit to Kazakhstan in Astana": the city after the state was visited too
            if (j + 1 < refs.size() && refs.get(j + 1).is("City") && IN_PLACE.matcher(text.substring(b.end(), refs.get(j + 1).start())).matches()) {
                Ref city = refs.get(j + 1);
                found.add(new Found("VISITED", a, city, new LinkedHashMap<>(p), "visited", 0.7, a.start(), city.end()));
                found.add(new Found("LOCATED_IN", city, b, props(), "visited-city-in-state", 0.6, b.start(), city.end()));
            }
        }
        if (MEET.matcher(gap).matches()) {
            found.add(new Found("MET_WITH", a, b, props("date", date.orElse(null)), "met", 0.7, a.start(), b.end()));
        }
        if (SIGN.matcher(gap).matches() && b.is("Agreement")) {
            for (Ref s : subjects) {
                found.add(new Found("PARTY_TO", s, b, props("since", date.orElse(null)), "signed", 0.7, s.start(), b.end()));
            }
        }
        if (a.isAny(List.of("City", "Port")) && b.isAny(List.of("State", "Region")) && (IN_PLACE.matcher(gap).matches() || COMMA.matcher(gap).matches())) {
            found.add(new Found("LOCATED_IN", a, b, props(), "place-in", COMMA.matcher(gap).matches() ? 0.55 : 0.7, a.start(), b.end()));
        }
        if (a.is("Port") && b.is("City") && IN_PLACE.matcher(gap).matches()) {
            found.add(new Found("LOCATED_IN", a, b, props(), "place-in", 0.65, a.start(), b.end()));
        }
        if (a.is("State") && b.isAny(List.of("City", "Port")) && (PLACE_OF.matcher(gap).matches() || (a.possessive() && gap.isBlank()))) {
            found.add(new Found("LOCATED_IN", b, a, props(), a.possessive() ? "possessive-place" : "demonym-place", 0.7, a.start(), b.end()));
        }
        if (a.is("Event") && b.isAny(List.of("City", "State", "Region")) && HELD_IN.matcher(gap).matches()) {
            found.add(new Found("TOOK_PLACE_IN", a, b, props(), "held-in", 0.7, a.start(), b.end()));
        }
        if (a.isAny(List.of("Person", "State", "Organisation")) && b.is("Event") && DURING.matcher(gap).matches()) {
            found.add(new Found("PARTICIPATED_IN", a, b, props(), "spoke-at", 0.6, a.start(), b.end()));
        }
        if (a.is("State") && b.is("State") && BORDER.matcher(gap).matches()) {
            found.add(new Found("BORDERS", a, b, props(), "borders", 0.7, a.start(), b.end()));
        }
    }

    /** "the Aprin Dry Port, located in Islamshahr, southwestern Tehran": the port lies in the state its city lies in. */
    private void transitivePlaces(String text, List<Ref> refs, List<Found> found) {
        List<Found> extra = new ArrayList<>();
        for (Found f : found) {
            if (!f.type().equals("LOCATED_IN") || !f.subject().is("City")) {
                continue;
            }
            for (Ref p : refs) {
                if (p.is("Port") && p.end() <= f.subject().start() && IN_PLACE.matcher(text.substring(p.end(), f.subject().start())).matches()) {
                    extra.add(new Found("LOCATED_IN", p, f.object(), props(), "place-in-place", 0.55, p.start(), f.to()));
                }
            }
        }
        found.addAll(extra);
    }

    /** "Deputy Prime Minister of Turkmenistan X Y", "Russian Prime Minister X Y": who holds which office where. */
    private void offices(String text, List<Ref> refs, List<Found> found) {
        Matcher t = Spotter.TITLED_PERSON.matcher(text);
        while (t.find()) {
            Ref person = refs.stream().filter(r -> r.is("Person") && r.start() >= t.start(3) && r.start() < t.end(3)).findFirst().orElse(null);
            if (person == null) {
                continue;
            }
            Ref holder = null;
            if (t.group(2) != null) {
                holder = within(refs, t.start(2), t.end(2), ACTORS);
            }
            if (holder == null) {
                Ref before = before(refs, t.start(1));
                if (before != null && before.isAny(ACTORS) && text.substring(before.end(), t.start(1)).isBlank()) {
                    holder = before;
                }
            }
            if (holder != null) {
                String role = t.group(1).replaceAll("\\s+", " ").strip();
                found.add(new Found("HOLDS_OFFICE", person, holder, props("role", role), "office-title", 0.8, Math.min(holder.start(), t.start()), t.end()));
            }
        }
    }

    /** A line through a list of states, from one place to another, or bound for one. */
    private void routes(String text, List<Ref> refs, Ref lastCarrier, List<Found> found) {
        Ref carrier = refs.stream().filter(r -> r.isAny(CARRIERS)).findFirst().orElse(lastCarrier);
        if (carrier == null) {
            return;
        }
        // "runs through A, across the sea to B, then through C": one route, so the order runs on
        int order = 1;
        for (int i = 0; i < refs.size(); i++) {
            Ref r = refs.get(i);
            if (!r.is("State") || r == carrier) {
                continue;
            }
            String before = text.substring(i == 0 ? 0 : Math.max(refs.get(i - 1).end(), 0), r.start());
            int from = Math.max(0, r.start() - 60);
            String lead = text.substring(from, r.start());
            if (THROUGH.matcher(lead).find() && (i == 0 || !refs.get(i - 1).is("State") || !isListGap(before))) {
                List<Ref> list = listStartingAt(text, refs, i);
                for (Ref stop : list) {
                    if (stop.is("State")) {
                        found.add(new Found("TRANSITS", carrier, stop, props("order", order++), "runs-through", 0.6, r.start() - Math.min(30, r.start() - from), list.get(list.size() - 1).end()));
                    }
                }
                i += list.size() - 1;
            }
        }
        for (int i = 0; i < refs.size(); i++) {
            Ref r = refs.get(i);
            if (!r.isAny(List.of("State", "City", "Port")) || r == carrier) {
                continue;
            }
            int from = Math.max(0, r.start() - 30);
            String lead = text.substring(from, r.start());
            if (BOUND.matcher(lead).find()) {
                found.add(new Found("ENDS_IN", carrier, r, props(), "bound-for", 0.6, from, r.end()));
            }
            if (lead.matches("(?s).*\\bfrom\\s+(?:the\\s+)?$") && i + 1 < refs.size()) {
                Ref to = refs.get(i + 1);
                if (to.isAny(List.of("State", "City", "Port")) && FROM_TO.matcher(text.substring(r.end(), to.start())).matches()) {
                    found.add(new Found("STARTS_IN", carrier, r, props(), "from-to", 0.55, r.start() - 5, to.end()));
                    found.add(new Found("ENDS_IN", carrier, to, props(), "from-to", 0.55, r.start() - 5, to.end()));
                }
            }
        }
    }

    /** "The ceremony was attended by A, B and C": each took part in the event the sentence names. */
    private void attendance(String text, List<Ref> refs, List<Found> found) {
        Matcher m = ATTENDED.matcher(text);
        if (!m.find()) {
            return;
        }
        Ref event = refs.stream().filter(r -> r.is("Event")).findFirst().orElse(null);
        if (event == null) {
            return;
        }
        for (Ref r : refs) {
            if (r.start() <= m.end()) {
                continue;
            }
            boolean titleOf = text.substring(Math.max(m.end(), r.start() - 12), r.start()).matches("(?s).*\\bof\\s+(?:the\\s+)?$")
                    && text.substring(m.end(), r.start()).matches("(?s).*\\b(?:Head|Chairman|Director|President|Minister)\\s+of\\s+(?:the\\s+)?$");
            if (r.start() > m.end() && !titleOf && r.isAny(List.of("Person", "State", "Organisation", "Bloc"))) {
                found.add(new Found("PARTICIPATED_IN", r, event, props(), "attended-by", 0.55, m.start(), r.end()));
            }
        }
    }

    private static final Pattern VENTURE = Pattern.compile("^\\s*(?:have\\s+|has\\s+)?(?:formed|set\\s+up|established|created|launched|founded)\\s+(?:a\\s+)?(?:new\\s+)?joint\\s+(?:venture|company|enterprise)");
    private static final Pattern TWO = Pattern.compile("\\b(?:the\\s+two\\s+(?:countries|states|sides|nations)|both\\s+countries)\\b");

    /** "cooperation between A and B", "A and B are jointly ...": the two cooperate, in the field named. */
    private void cooperation(String text, List<Ref> refs, Ref[] lastPair, List<Found> found) {
        Matcher f = FIELD.matcher(text);
        String field = f.find() ? (f.group(1) != null ? f.group(1) : f.group(2)).toLowerCase(Locale.ROOT) : fieldOf(text);
        for (int i = 0; i < refs.size(); i++) {
            if (!refs.get(i).is("State")) {
                continue;
            }
            List<Ref> list = listStartingAt(text, refs, i);
            Ref last = list.get(list.size() - 1);
            if (list.size() >= 2) {
                lastPair[0] = list.get(0);
                lastPair[1] = list.get(1);
            }
            if (list.size() >= 2 && VENTURE.matcher(text.substring(last.end())).find()) {
                Matcher v = VENTURE.matcher(text.substring(last.end()));
                v.find();
                for (int x = 0; x < list.size(); x++) {
                    for (int y = x + 1; y < list.size(); y++) {
                        found.add(new Found("COOPERATES_WITH", list.get(x), list.get(y), props("field", field), "joint-venture", 0.6,
                                last.end(), last.end() + v.end()));
                    }
                }
                return;
            }
            i += list.size() - 1;
        }
        Matcher c = COOPERATION.matcher(text);
        if (!c.find()) {
            return;
        }
        Matcher two = TWO.matcher(text);
        if (two.find() && lastPair[0] != null && refs.stream().noneMatch(r -> r.is("State"))) {
            found.add(new Found("COOPERATES_WITH", lastPair[0], lastPair[1], props("field", field), "two-countries", 0.45,
                    Math.min(c.start(), two.start()), Math.max(c.end(), two.end())));
            return;
        }
        for (int i = 0; i + 1 < refs.size(); i++) {
            Ref a = refs.get(i);
            Ref b = refs.get(i + 1);
            if (!a.isAny(ACTORS) || !b.isAny(ACTORS) || a.id().equals(b.id())) {
                continue;
            }
            String gap = text.substring(a.end(), b.start());
            String lead = text.substring(Math.max(0, a.start() - 12), a.start());
            boolean pair = gap.matches("\\s*(?:,\\s*)?and\\s+(?:the\\s+)?") && (BETWEEN.matcher(lead).find()
                    || Math.abs(c.start() - b.end()) < 40);
            if (pair) {
                found.add(new Found("COOPERATES_WITH", a, b, props("field", field), "cooperation", 0.55, a.start(), Math.max(b.end(), Math.min(text.length(), c.end()))));
                return;
            }
        }
    }

    /** The names of a list that ends with refs[i] ("A, B, and C"), in order; just refs[i] when there is no list. */
    private static List<Ref> listEndingAt(String text, List<Ref> refs, int i) {
        List<Ref> list = new ArrayList<>();
        list.add(refs.get(i));
        for (int k = i - 1; k >= 0; k--) {
            String gap = text.substring(refs.get(k).end(), refs.get(k + 1).start());
            if (!isListGap(gap) || !sameKind(refs.get(k), refs.get(i))) {
                break;
            }
            list.add(0, refs.get(k));
        }
        return list;
    }

    private static List<Ref> listStartingAt(String text, List<Ref> refs, int i) {
        List<Ref> list = new ArrayList<>();
        list.add(refs.get(i));
        for (int k = i + 1; k < refs.size(); k++) {
            String gap = text.substring(refs.get(k - 1).end(), refs.get(k).start());
            if (!isListGap(gap) || !sameKind(refs.get(k), refs.get(i))) {
                break;
            }
            list.add(refs.get(k));
        }
        return list;
    }

    private static boolean sameKind(Ref a, Ref b) {
        return a.labels().stream().anyMatch(b.labels()::contains);
    }

    static boolean isListGap(String gap) {
        return gap.matches("\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)(?:the\\s+)?");
    }

    private static final Pattern RAIL = Pattern.compile("(?i)\\brail(?:way)?s?\\b");
    private static final Pattern TRANSPORT = Pattern.compile("(?i)\\b(?:freight|transport(?:ation)?|corridor|transit|logistics|cargo)\\b");
    private static final Pattern TRADE = Pattern.compile("(?i)\\btrade\\b");
    private static final Pattern ENERGY = Pattern.compile("(?i)\\b(?:energy|gas|oil|pipeline)\\b");

    /** The field of a cooperation the sentence does not name outright, from the words it uses. */
    static String fieldOf(String text) {
        if (RAIL.matcher(text).find()) {
            return "railways";
        }
        if (TRANSPORT.matcher(text).find()) {
            return "transport";
        }
        if (TRADE.matcher(text).find()) {
            return "trade";
        }
        return ENERGY.matcher(text).find() ? "energy" : null;
    }

    private static Ref within(List<Ref> refs, int start, int end, List<String> labels) {
        return refs.stream().filter(r -> r.start() >= start && r.end() <= end + 1 && r.isAny(labels)).reduce((x, y) -> y).orElse(null);
    }

    private static Ref before(List<Ref> refs, int start) {
        Ref best = null;
        for (Ref r : refs) {
            if (r.end() <= start) {
                best = r;
            }
        }
        return best;
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                p.put((String) kv[i], kv[i + 1]);
            }
        }
        return p;
    }
}
