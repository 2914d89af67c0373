package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.seed.NameKey;

/**
 * Places a plain-language question on a canned query: it finds the entities the question names
 * (aliases, demonyms, possessives and misspellings included) and recognises the common shapes of
 * question. Deterministic, no network. A question it cannot place goes to retrieval ({@link Asker}).
 */
public final class AskParser {
    public static final List<String> EXAMPLES = List.of(
            "how does China reach Iran through Central Asia",
            "how does Russia reach Iran avoiding Kazakhstan",
            "what is Kazakhstan a member of",
            "who are the members of the SCO",
            "what did sanctions block",
            "trade between Kazakhstan and Iran",
            "what happened in 2025",
            "what does Iran view negatively",
            "how is Azerbaijan connected to Kazakhstan",
            "what are the chokepoints between China and Iran",
            "who held summits with Central Asia",
            "what is around Turkmenistan",
            "who is Kazakhstan's transport minister",
            "what did Tokayev say",
            "who are the parties to the Abraham Accords",
            "what does the 53% figure measure",
            "what happened to Chabahar",
            "what does Iran seek in Central Asia",
            "who attacked the Caspian Pipeline Consortium",
            "which Central Asian states are in the EEU",
            "which states of Central Asia do the articles name",
            "where do the sources disagree about Kazakhstan",
            "what evidence links Kazakhstan and Iran",
            "why did Kazakhstan's trade with Iran fall");

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(%|percent|per cent|million|billion|bn)?");
    private static final Pattern VIA = Pattern.compile("\\b(through|via|by way of|across)\\b");
    private static final Pattern AVOID = Pattern.compile("\\b(avoiding|avoid|without|bypassing|not through|except)\\b");
    private static final List<String> ROLE_WORDS = List.of("prime minister", "deputy prime minister", "president", "minister",
            "transport", "roads", "foreign", "head", "chief", "chairman", "ambassador", "deputy");
    private static final List<String> DEALS = List.of("Agreement", "EnergyDeal", "Event", "Measurement");

    /** Places the question, or says why it cannot: for callers without retrieval. */
    public Question parse(String question, EntityDirectory entities) {
        String text = question == null ? "" : question.strip();
        List<EntityDirectory.Mention> mentions = entities.mentions(text);
        return place(text, mentions).orElseThrow(() -> new QueryException.UnplacedQuestion(text
                + (mentions.isEmpty() ? "" : " (it names " + mentions.size() + " known entit" + (mentions.size() == 1 ? "y" : "ies")
                + ", not in a shape the router knows)"), EXAMPLES));
    }

    /** The canned query that answers the question, if its shape is known and it names what the shape needs. */
    public Optional<Question> place(String text, List<EntityDirectory.Mention> mentions) {
        String q = " " + NameKey.of(text) + " ";
        String lower = text.toLowerCase(Locale.ROOT);
        List<EntityRef> names = mentions.stream().map(EntityDirectory.Mention::entity).distinct().toList();
        boolean who = q.startsWith(" who ") || q.contains(" by whom ") || q.startsWith(" which state") || q.startsWith(" which countr")
                || q.startsWith(" which actor");

        if (q.startsWith(" why ") || q.startsWith(" how come ")) {
            return Optional.empty(); // a reason is a statement's, not a shape's: retrieval finds it
        }
        if (has(q, " disagree", " contradict", " differently", " conflicting figures", " sources differ", " discrepanc")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            names.stream().findFirst().ifPresent(n -> params.put("entity", List.of(entity(n))));
            return Optional.of(new Question(text, "conflicts", new Arguments(params)));
        }
        if (has(q, "chokepoint", "bottleneck", "weak point", "single point")) {
            Optional<Question> placed = pair(text, "chokepoints", "from", "to", names);
            if (placed.isPresent()) {
                return placed;
            }
        }
        if ((q.startsWith(" when ") || q.startsWith(" on what date") || q.startsWith(" in what year") || q.startsWith(" by what year")
                || q.startsWith(" what year") || q.startsWith(" which year")) && !names.isEmpty()) {
            if (has(q, " trade", " figure", " billion", " million", " percent") || lower.contains("$") || lower.contains("%")) {
                return figures(text, lower, names).map(f -> new Question(f.text(), f.query(), f.args(), "year"));
            }
            return Optional.of(new Question(text, "timeline", args("entity", names.get(0)), "date"));
        }
        Optional<EntityRef> carrier = names.stream().filter(n -> is(n, "Corridor") || is(n, "Route") || is(n, "Railway")
                || is(n, "FreightService") || is(n, "Pipeline")).findFirst();
        if (carrier.isPresent() && has(q, " run through", " runs through", " pass through", " passes through", " go through",
                " goes through", " cross", " transit", " which countries does", " which states does")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            params.put("subject", List.of(entity(carrier.get())));
            params.put("type", List.of(new ParamValue.Text("TRANSITS")));
            return Optional.of(new Question(text, "evidence", new Arguments(params)));
        }
        if (has(q, " say", " said", " says", "according to", "who called", "who presented", "who described", " claim", "statement by")) {
            return said(text, q, names);
        }
        if (has(q, " office", " position", " minister", " president", " heads ", " head of", " chief", " role ", " portfolio")
                && !has(q, " align", " view")
                || (q.startsWith(" who is ") && names.size() == 1 && is(names.get(0), "Person"))) {
            Optional<EntityRef> subject = names.stream().filter(n -> is(n, "Person")).findFirst().or(() -> names.stream().findFirst());
            if (subject.isPresent()) {
                Map<String, List<ParamValue>> params = new LinkedHashMap<>();
                params.put("entity", List.of(entity(subject.get())));
                role(q).filter(r -> !is(subject.get(), "Person")).ifPresent(r -> params.put("role", List.of(new ParamValue.Text(r))));
                return Optional.of(new Question(text, "people", new Arguments(params)));
            }
        }
        if (has(q, " parties ", " party to", " signed", " signatories", " agreed ", " formed ", " took part", " participants",
                " set up ", " involved in the deal", " members of the joint venture")) {
            Optional<EntityRef> deal = names.stream().filter(n -> DEALS.stream().anyMatch(l -> is(n, l))).findFirst()
                    .or(() -> names.stream().filter(n -> !is(n, "State")).findFirst());
            if (deal.isPresent()) {
                boolean signer = q.startsWith(" who ") && has(q, " signed", " signatory", " signatories", " on behalf");
                return Optional.of(new Question(text, "parties", args("deal", deal.get()), signer ? "signedBy" : null));
            }
        }
        if (has(q, "attack", "disrupt", "sabotag", " blocked", " hinder", " hampered", " hard for", " obstacle")) {
            Optional<EntityRef> by = names.stream().filter(n -> is(n, "Event") || is(n, "SanctionsRegime")).findFirst();
            Optional<EntityRef> target = names.stream().filter(n -> by.isEmpty() || !n.equals(by.get())).findFirst();
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            target.ifPresent(t -> params.put("target", List.of(entity(t))));
            if (target.isEmpty()) {
                by.ifPresent(b -> params.put("by", List.of(entity(b))));
            }
            if (!params.isEmpty()) {
                return Optional.of(new Question(text, "attacks", new Arguments(params), who ? "attacker" : null));
            }
        }
        if (has(q, " figure", " how many", " how much", " share of", " percent", " per cent", " measure", " tonnes", " tons ")
                || lower.contains("%")) {
            if (!has(q, " trade ") || has(q, " figure", " measure", "%")) {
                return figures(text, lower, names);
            }
        }
        if (has(q, "what happened to", "what happened at", "what happened with", "happen to", "what became of", "put into operation",
                "inaugurat", " carry", " carried")) {
            if (!names.isEmpty()) {
                return Optional.of(new Question(text, "happened", args("entity", names.get(0))));
            }
        }
        if (has(q, " seek", " want", " interest", " fear", " worr", " monitor", " aim", " goal", " hope", " ambition", " keen ")) {
            Optional<EntityRef> holder = names.stream().filter(n -> is(n, "State") || is(n, "Person")).findFirst();
            if (holder.isPresent()) {
                return Optional.of(new Question(text, "aims", args("entity", holder.get())));
            }
        }
        if (has(q, "view", "views", "concern", "threat", "think of", "negative", "positive", "dislike", "align")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            if (!names.isEmpty()) {
                params.put("entity", List.of(entity(names.get(0))));
            }
            return Optional.of(new Question(text, "views", new Arguments(params)));
        }
        Optional<EntityRef> bloc = names.stream().filter(n -> is(n, "Bloc") || is(n, "Organisation") || is(n, "Format") || is(n, "Corridor")).findFirst();
        Optional<EntityRef> region = names.stream().filter(n -> is(n, "Region")).findFirst();
        if (has(q, "members of", "member states of", "who belongs to", "who is in", "who are in", "which states are in",
                "which countries are in", "who are the members", " are in the ", " members", " member ", " founding")
                && bloc.isPresent() && region.isPresent()) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            params.put("bloc", List.of(entity(bloc.get())));
            params.put("group", List.of(entity(region.get())));
            return Optional.of(new Question(text, "blocMembers", new Arguments(params), "namedMember"));
        }
        if (has(q, "members of", "member states of", "who belongs to", "who is in", "who are in", "which states are in",
                "which countries are in", "who are the members", "founding members", "which states took part", "joined the")
                && bloc.isPresent() && !has(q, " member of")) {
            Optional<Question> placed = one(text, "members", "bloc", List.of(bloc.get()));
            if (placed.isPresent()) {
                return placed;
            }
        }
        if (has(q, "member of", "memberships", "belong to", "belongs to", "part of which", "which blocs", "what blocs", "joined")) {
            Optional<Question> placed = one(text, "memberships", "entity", names);
            if (placed.isPresent()) {
                return placed;
            }
        }
        if (region.isPresent() && names.size() <= 2 && has(q, "which states", "which countries", "what states", "what countries",
                "states do", "countries do", "states are named", "states are mentioned", "states appear")) {
            return Optional.of(new Question(text, "regionStates", args("region", region.get()), "namedState"));
        }
        if (has(q, " trade ", " trade", "turnover", "exports", "imports")) {
            Optional<Question> placed = pair(text, "trade", "a", "b", names);
            if (placed.isPresent()) {
                return placed;
            }
        }
        if (has(q, "sanction", "restriction")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            Optional<EntityRef> target = names.stream().filter(n -> !is(n, "SanctionsRegime")).findFirst();
            target.ifPresent(n -> params.put("target", List.of(entity(n))));
            String asking = has(q, " imposed", " impose", " who put", " behind the ") ? "imposedBy" : null;
            Question.Confirm confirm = target.isPresent() && (q.startsWith(" is ") || q.startsWith(" are ") || q.startsWith(" has ")
                    || q.startsWith(" was ")) ? new Question.Confirm("target", target.get().name(), target.get().name() + " is under sanctions")
                    : null;
            return Optional.of(new Question(text, "sanctions", new Arguments(params), asking, confirm));
        }
        if (has(q, "summit")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            if (!names.isEmpty()) {
                params.put("partner", List.of(entity(names.get(0))));
            }
            return Optional.of(new Question(text, "summits", new Arguments(params)));
        }
        if (has(q, "evidence", "which sentence", "what supports", "source for", "cite") && !names.isEmpty()) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            params.put("subject", List.of(entity(names.get(0))));
            if (names.size() > 1) {
                params.put("object", List.of(entity(names.get(1))));
            }
            return Optional.of(new Question(text, "evidence", new Arguments(params)));
        }
        if (has(q, "reach", "get to", "route", "routes", "travel", "ship ", "shipping", "transport", "go from", "get from", " way ",
                " go to", " cargo")) {
            Optional<Question> route = route(text, lower, mentions);
            if (route.isPresent()) {
                return route;
            }
        }
        if (has(q, "connected", "connection", "link between", "linked", "links", "relate", "relation")) {
            if (names.size() >= 2) {
                Optional<Question> placed = pair(text, "path", "from", "to", names);
                if (placed.isPresent()) {
                    return placed;
                }
            }
            Optional<Question> placed = one(text, "neighbourhood", "entity", names);
            if (placed.isPresent()) {
                return placed;
            }
        }
        if (has(q, "what happened", "when", "timeline", "events", "chronology", "happened", "what date", "which year", "by what year")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            Matcher year = YEAR.matcher(q);
            if (year.find()) {
                params.put("from", List.of(new ParamValue.Text(year.group() + "-01-01")));
                params.put("to", List.of(new ParamValue.Text(year.group() + "-12-31")));
            }
            if (!names.isEmpty()) {
                params.put("entity", List.of(entity(names.get(0))));
            }
            boolean asksDate = has(q, "when", "what date", "which year", "by what year", "on what day");
            return Optional.of(new Question(text, "timeline", new Arguments(params), asksDate ? "date" : null));
        }
        if (has(q, "around", "neighbourhood", "neighborhood", "tell me about", "what about", "who is", "what is", "everything about",
                "what do the articles say about", "what does the graph hold about", "say about") && names.size() == 1) {
            Optional<Question> placed = one(text, "neighbourhood", "entity", names);
            if (placed.isPresent()) {
                return placed;
            }
        }
        return Optional.empty();
    }

    private static Optional<Question> said(String text, String q, List<EntityRef> names) {
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        Optional<EntityRef> speaker = names.stream().filter(n -> is(n, "Person")).findFirst();
        boolean asksSpeaker = q.startsWith(" who ") || q.contains(" according to ");
        if (speaker.isPresent() && !(asksSpeaker && q.startsWith(" who "))) {
            params.put("speaker", List.of(entity(speaker.get())));
        }
        names.stream().filter(n -> speaker.isEmpty() || !n.equals(speaker.get())).filter(n -> !params.containsKey("speaker") || !is(n, "Person"))
                .findFirst().filter(n -> !params.containsKey("speaker")).ifPresent(n -> params.put("about", List.of(entity(n))));
        return Optional.of(new Question(text, "said", new Arguments(params)));
    }

    private static Optional<Question> figures(String text, String lower, List<EntityRef> names) {
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        if (lower.contains("growth") || lower.contains("increase") || lower.contains(" rise")) {
            params.put("status", List.of(new ParamValue.Text("growth")));
        }
        Matcher m = FIGURE.matcher(lower.replaceAll("\\b(19|20)\\d{2}\\b", " "));
        if (m.find()) {
            params.put("figure", List.of(new ParamValue.Text(m.group(1).replace(',', '.'))));
        }
        if (lower.contains("tonne") || lower.contains(" tons")) {
            params.put("unit", List.of(new ParamValue.Text("tonne")));
        } else if (lower.contains("%") || lower.contains("percent") || lower.contains("per cent") || lower.contains("share")) {
            params.put("unit", List.of(new ParamValue.Text("percent")));
        }
        // "the figures in the article on Tehran's interests": the name is the article's, not what the figures measure
        if (!lower.contains(" article")) {
            names.stream().findFirst().ifPresent(n -> params.put("entity", List.of(entity(n))));
        }
        return Optional.of(new Question(text, "figures", new Arguments(params), "figure"));
    }

    private static Optional<String> role(String q) {
        return ROLE_WORDS.stream().filter(r -> q.contains(" " + r)).findFirst();
    }

    private static Optional<Question> route(String text, String lower, List<EntityDirectory.Mention> mentions) {
        Matcher via = VIA.matcher(lower);
        Matcher avoid = AVOID.matcher(lower);
        int viaAt = via.find() ? via.start() : Integer.MAX_VALUE;
        int avoidAt = avoid.find() ? avoid.start() : Integer.MAX_VALUE;
        List<EntityRef> ends = new ArrayList<>();
        List<EntityRef> through = new ArrayList<>();
        List<EntityRef> avoided = new ArrayList<>();
        for (EntityDirectory.Mention m : mentions) {
            int at = m.start(); // mentions give offsets in the text as typed, as the lower-cased copy has them
            if (at > avoidAt && (avoidAt > viaAt || at < viaAt)) {
                avoided.add(m.entity());
            } else if (at > viaAt) {
                through.add(m.entity());
            } else if (!ends.contains(m.entity())) {
                ends.add(m.entity());
            }
        }
        if (ends.size() < 2) {
            return Optional.empty();
        }
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        params.put("from", List.of(entity(ends.get(0))));
        params.put("to", List.of(entity(ends.get(1))));
        if (!through.isEmpty()) {
            params.put("via", List.of(entity(through.get(0))));
        }
        if (!avoided.isEmpty()) {
            params.put("avoid", avoided.stream().map(AskParser::entity).toList());
        }
        for (String mode : List.of("rail", "road", "sea", "pipeline")) {
            if (lower.matches(".*\\b(by|over|on) (the )?" + mode + "\\b.*") || (mode.equals("rail") && lower.matches(".*\\b(railway|railways|train|trains)\\b.*"))) {
                params.put("mode", List.of(new ParamValue.Text(mode)));
                break;
            }
        }
        return Optional.of(new Question(text, "routes", new Arguments(params)));
    }

    private static Optional<Question> pair(String text, String query, String first, String second, List<EntityRef> names) {
        if (names.size() < 2) {
            return Optional.empty();
        }
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        params.put(first, List.of(entity(names.get(0))));
        params.put(second, List.of(entity(names.get(1))));
        return Optional.of(new Question(text, query, new Arguments(params)));
    }

    private static Optional<Question> one(String text, String query, String param, List<EntityRef> names) {
        return names.isEmpty() ? Optional.empty() : Optional.of(new Question(text, query, args(param, names.get(0))));
    }

    private static Arguments args(String param, EntityRef ref) {
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        params.put(param, List.of(entity(ref)));
        return new Arguments(params);
    }

    private static boolean is(EntityRef ref, String label) {
        return ref.labels().contains(label);
    }

    private static ParamValue entity(EntityRef ref) {
        return new ParamValue.Entity(ref);
    }

    private static boolean has(String q, String... phrases) {
        for (String p : phrases) {
            if (q.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
