package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.seed.NameKey;

/**
 * Places a plain-language question on a canned query: it finds the entities the question names
 * (aliases included) and recognises the common shapes of question. Deterministic, no network.
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
            "what is around Turkmenistan");

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern VIA = Pattern.compile("\\b(through|via|by way of|across)\\b");
    private static final Pattern AVOID = Pattern.compile("\\b(avoiding|avoid|without|bypassing|not through|except)\\b");

    public Question parse(String question, EntityDirectory entities) {
        String text = question == null ? "" : question.strip();
        String q = " " + NameKey.of(text) + " ";
        List<EntityDirectory.Mention> mentions = entities.mentions(text);
        List<EntityRef> names = mentions.stream().map(EntityDirectory.Mention::entity).toList();

        if (has(q, "chokepoint", "bottleneck", "weak point", "single point")) {
            return pair(text, "chokepoints", "from", "to", names);
        }
        if (has(q, "members of", "member states of", "who belongs to", "who is in", "who are in", "which states are in",
                "which countries are in", "who are the members")) {
            return one(text, "members", "bloc", names, true);
        }
        if (has(q, "member of", "memberships", "belong to", "belongs to", "part of which", "which blocs", "what blocs")) {
            return one(text, "memberships", "entity", names, true);
        }
        if (has(q, " trade ", " trade", "turnover", "exports", "imports")) {
            return pair(text, "trade", "a", "b", names);
        }
        if (has(q, "sanction")) {
            return one(text, "sanctions", "target", names, false);
        }
        if (has(q, "summit")) {
            return one(text, "summits", "partner", names, false);
        }
        if (has(q, "view", "views", "concern", "threat", "think of", "worried", "monitor", "negative", "positive")) {
            return one(text, "views", "entity", names, false);
        }
        if (has(q, "evidence", "which sentence", "what supports", "source for", "cite")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            require(text, names, 1);
            params.put("subject", List.of(entity(names.get(0))));
            if (names.size() > 1) {
                params.put("object", List.of(entity(names.get(1))));
            }
            return new Question(text, "evidence", new Arguments(params));
        }
        if (has(q, "reach", "get to", "route", "routes", "travel", "ship ", "shipping", "transport", "go from", "get from")) {
            return route(text, q, mentions);
        }
        if (has(q, "connected", "connection", "link between", "linked", "relate", "relation")) {
            if (names.size() >= 2) {
                return pair(text, "path", "from", "to", names);
            }
            return one(text, "neighbourhood", "entity", names, true);
        }
        if (has(q, "what happened", "when", "timeline", "events", "chronology", "happened")) {
            Map<String, List<ParamValue>> params = new LinkedHashMap<>();
            Matcher year = YEAR.matcher(q);
            if (year.find()) {
                params.put("from", List.of(new ParamValue.Text(year.group() + "-01-01")));
                params.put("to", List.of(new ParamValue.Text(year.group() + "-12-31")));
            }
            if (!names.isEmpty()) {
                params.put("entity", List.of(entity(names.get(0))));
            }
            return new Question(text, "timeline", new Arguments(params));
        }
        if (has(q, "around", "neighbourhood", "neighborhood", "tell me about", "what about", "who is", "what is")
                && names.size() == 1) {
            return one(text, "neighbourhood", "entity", names, true);
        }
        throw new QueryException.UnplacedQuestion(text, EXAMPLES);
    }

    private static Question route(String text, String q, List<EntityDirectory.Mention> mentions) {
        Matcher via = VIA.matcher(q);
        Matcher avoid = AVOID.matcher(q);
        int viaAt = via.find() ? via.start() : Integer.MAX_VALUE;
        int avoidAt = avoid.find() ? avoid.start() : Integer.MAX_VALUE;
        List<EntityRef> ends = new ArrayList<>();
        List<EntityRef> through = new ArrayList<>();
        List<EntityRef> avoided = new ArrayList<>();
        for (EntityDirectory.Mention m : mentions) {
            // mentions and q share one normalisation, padding included, so offsets compare directly
            int at = m.start();
            if (at > avoidAt && (avoidAt > viaAt || at < viaAt)) {
                avoided.add(m.entity());
            } else if (at > viaAt) {
                through.add(m.entity());
            } else {
                ends.add(m.entity());
            }
        }
        require(text, ends, 2);
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        params.put("from", List.of(entity(ends.get(0))));
        params.put("to", List.of(entity(ends.get(1))));
        if (!through.isEmpty()) {
            params.put("via", List.of(entity(through.get(0))));
        }
        if (!avoided.isEmpty()) {
            params.put("avoid", avoided.stream().map(AskParser::entity).toList());
        }
        return new Question(text, "routes", new Arguments(params));
    }

    private static Question pair(String text, String query, String first, String second, List<EntityRef> names) {
        require(text, names, 2);
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        params.put(first, List.of(entity(names.get(0))));
        params.put(second, List.of(entity(names.get(1))));
        return new Question(text, query, new Arguments(params));
    }

    private static Question one(String text, String query, String param, List<EntityRef> names, boolean required) {
        if (required) {
            require(text, names, 1);
        }
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        if (!names.isEmpty()) {
            params.put(param, List.of(entity(names.get(0))));
        }
        return new Question(text, query, new Arguments(params));
    }

    private static ParamValue entity(EntityRef ref) {
        return new ParamValue.Entity(ref);
    }

    private static void require(String text, List<EntityRef> names, int count) {
        if (names.size() < count) {
            throw new QueryException.UnplacedQuestion(text + " (it names " + names.size() + " known entit"
                    + (names.size() == 1 ? "y" : "ies") + ", the question needs " + count + ")", EXAMPLES);
        }
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
