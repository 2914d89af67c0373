package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers a plain-language question. The router ({@link AskParser}) places it on a canned query when
 * its shape is known; otherwise, or when that query finds nothing, retrieval ranks the statements and
 * sentences that hold the question's words ({@code search}) and keeps those that hold enough of them.
 * An answer abstains, saying what the articles do hold, when the query's rows all lack what was asked
 * ({@code @unsaid}) or when no row reaches {@link #THRESHOLD}. Only a question that names nothing
 * the graph knows, and matches no statement, is refused.
 */
public final class Asker {
    /**
     * Retrieval keeps a row when it holds at least this share of the question's content words (its
     * ends, relation, speaker and cited sentence read together); below it, the answer abstains.
     */
    public static final double THRESHOLD = 0.5;
    /** A name in the question that a row touches counts as this many of its words. */
    private static final int ENTITY_WEIGHT = 2;
    private static final int CANDIDATES = 30;
    private static final int KEPT = 8;
    private static final int SUGGESTIONS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** What answers "when": a year, a month, or a span back from the report ("10 days ago"); a weekday alone does not. */
    private static final Pattern WHEN = Pattern.compile("\\b(1[89]|20)\\d{2}\\b|\\b(January|February|March|April|May|June|July|August|September|"
            + "October|November|December)\\b|\\b\\d+ (days|weeks|months|years) ago\\b|\\b\\d{4}-\\d{2}");
    /** Words that carry no content in a question: question words, auxiliaries, articles, "articles". */
    private static final Set<String> STOP = Set.of(("a an the of to in on at for and or but with by from into about as is are was were be been "
            + "being do does did done has have had having it its it's this that these those there their they them he she his her him "
            + "who whom whose what which when where why how whether if than then so not no any all some each every many much more most "
            + "can could should would will shall may might must let please tell me us we our you your i article articles say says said "
            + "graph hold holds mention mentioned named name names also still now new like get got make made know really very just "
            + "thing things anything something stuff way ok okay hello hi thanks date dates year years time day days over under above "
            + "below up down out off again ever here same other such own only too appear appears besides").split(" "));

    private final QueryRunner runner;
    private final AskParser router = new AskParser();

    public Asker(QueryRunner runner) {
        this.runner = runner;
    }

    public QueryResult answer(String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new QueryException.UnplacedQuestion("", AskParser.EXAMPLES);
        }
        EntityDirectory directory = runner.entities();
        List<EntityDirectory.Mention> mentions = directory.mentions(text);
        List<String> notes = new ArrayList<>();
        mentions.stream().filter(EntityDirectory.Mention::corrected).map(EntityDirectory.Mention::note).distinct().forEach(notes::add);
        // each entity with the words the question wrote for it ("Chinese" for China), so rows are read for those too
        Map<String, EntityRef> byId = new LinkedHashMap<>();
        for (EntityDirectory.Mention m : mentions) {
            EntityRef e = byId.getOrDefault(m.entity().id(), m.entity());
            List<String> aliases = new ArrayList<>(e.aliases());
            if (!aliases.contains(m.matched())) {
                aliases.add(m.matched());
            }
            byId.put(e.id(), new EntityRef(e.id(), e.name(), e.labels(), aliases));
        }
        List<EntityRef> named = List.copyOf(byId.values());

        // a shape whose query file was removed from the catalogue leaves the question to retrieval
        Optional<Question> placed = router.place(text, mentions).filter(q -> runner.catalogue().names().contains(q.query()));
        if (placed.isPresent()) {
            Question q = placed.get();
            QueryResult result = runner.run(q);
            if (!result.rows().isEmpty()) {
                CannedQuery query = runner.catalogue().get(q.query());
                Optional<Unsaid> unsaid = query.unsaid().stream().filter(u -> u.column().equals(q.asking())).findFirst()
                        .filter(u -> result.rows().stream().allMatch(r -> r.get(u.column()) == null));
                String how = "router: the question has the shape of " + q.query() + " " + params(result);
                if (q.confirm() != null && result.rows().stream().noneMatch(r -> q.confirm().value().equals(r.get(q.confirm().column())))) {
                    String says = said(result);
                    String answer = "The articles do not say that " + q.confirm().claim() + "." + (says.isEmpty() ? "" : " They say: " + says + ".");
                    return result.answering(new Asked(text, Asked.ROUTER, q.query(), how, true, answer, List.of(), null), notes);
                }
                if (unsaid.isPresent()) {
                    String says = said(result);
                    String answer = "The articles do not say " + unsaid.get().what() + "." + (says.isEmpty() ? "" : " They say: " + says + ".");
                    return result.answering(new Asked(text, Asked.ROUTER, q.query(), how, true, answer, List.of(), null), notes);
                }
                List<String> words = contentWords(text, named);
                double held = answerCoverage(words, result);
                // only for when-questions: there the rows are dated happenings, and the question's words say which one is meant
                if (q.asking() != null && List.of("date", "year").contains(q.asking()) && !words.isEmpty() && held < THRESHOLD) {
                    // the rows answer a question of this shape, but hold little of what this one asks about
                    notes.add("the " + q.query() + " rows hold " + percent(held) + " of the question's words; retrieval tried instead");
                    QueryResult retrieved = retrieveOrNull(text, named, notes);
                    boolean dated = !List.of("date", "year").contains(q.asking()) || (retrieved != null
                            && retrieved.rows().stream().anyMatch(r -> WHEN.matcher(text(r.get("says")) + " " + text(r.get("sentence"))).find()));
                    if (retrieved != null && dated) {
                        return retrieved;
                    }
                    String what = query.unsaid().stream().filter(u -> u.column().equals(q.asking())).map(Unsaid::what).findFirst()
                            .orElse(q.asking().equals("date") ? "when" : "what was asked");
                    return known(text, named, notes, directory, "The articles do not say " + what + ".", how);
                }
                return result.answering(new Asked(text, Asked.ROUTER, q.query(), how, false, null, List.of(), null), notes);
            }
            if (q.asking() != null) {
                // the shape that asks for it found nothing: whatever retrieval finds is what is known, not the answer
                String what = runner.catalogue().get(q.query()).unsaid().stream().filter(u -> u.column().equals(q.asking()))
                        .map(Unsaid::what).findFirst().orElse("what was asked");
                return known(text, named, notes, directory, "The articles do not say " + what + " (" + q.query() + " finds nothing for "
                        + params(result) + ").", "router: the question has the shape of " + q.query() + ", which found no rows");
            }
            notes.add("the " + q.query() + " query found no rows; retrieval answered instead");
        }
        return retrieve(text, named, notes, directory);
    }

    /** Retrieval's answer when some row reaches the threshold, else null. */
    private QueryResult retrieveOrNull(String text, List<EntityRef> named, List<String> notes) {
        QueryResult r = retrieval(text, named, notes);
        return r.rows().isEmpty() ? null : r;
    }

    /** The share of the question's content words that a whole answer holds: its rows, notes and cited sentences. */
    private static double answerCoverage(List<String> words, QueryResult result) {
        StringBuilder all = new StringBuilder();
        result.rows().forEach(r -> r.values().forEach(v -> all.append(' ').append(text(v))));
        result.citations().list().forEach(c -> all.append(' ').append(c.text()));
        Map<String, Object> one = Map.of("says", all.toString());
        return coverage(words, List.of(), one);
    }

    /** What one retrieval found: the search's rows, those kept with their scores, the best score, and how it was done. */
    private record Ranked(QueryResult found, List<Map<String, Object>> kept, List<Double> scores, double best, String how,
                          List<String> words) {
    }

    /** Runs search for the question's content words, raised for the entities named, and keeps rows at the threshold. */
    private Ranked rank(String text, List<EntityRef> named) {
        List<String> words = contentWords(text, named);
        String wanted = String.join(" ", words.isEmpty() ? List.of(text) : words);
        QueryResult found = search(wanted + names(named), named, CANDIDATES);
        List<Map<String, Object>> kept = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        double best = 0;
        for (Map<String, Object> row : found.rows()) {
            double coverage = coverage(words, named, row);
            best = Math.max(best, coverage);
            if (coverage >= THRESHOLD && kept.size() < KEPT) {
                kept.add(row);
                scores.add(round(coverage));
            }
        }
        String how = "retrieval: full-text search over statements and sentences for '" + wanted + "'"
                + (named.isEmpty() ? "" : ", raised for " + named.stream().map(EntityRef::name).collect(Collectors.joining(", ")))
                + "; best row holds " + percent(best) + " of the question's words, threshold " + percent(THRESHOLD);
        return new Ranked(found, kept, List.copyOf(scores), best, how, words);
    }

    private QueryResult search(String words, List<EntityRef> entities, int limit) {
        Map<String, List<ParamValue>> params = new LinkedHashMap<>();
        params.put("text", List.of(new ParamValue.Text(words)));
        params.put("entities", entities.stream().map(e -> (ParamValue) new ParamValue.Entity(e)).toList());
        params.put("limit", List.of(new ParamValue.Text(String.valueOf(limit))));
        return runner.run("search", new Arguments(params));
    }

    /** Retrieval's kept rows (possibly none), as an answer. */
    private QueryResult retrieval(String text, List<EntityRef> named, List<String> notes) {
        Ranked r = rank(text, named);
        return r.found().withRows(r.kept()).answering(new Asked(text, Asked.RETRIEVAL, "search", r.how(), false, null, r.scores(), THRESHOLD), notes);
    }

    private QueryResult retrieve(String text, List<EntityRef> named, List<String> notes, EntityDirectory directory) {
        Ranked r = rank(text, named);
        QueryResult found = r.found();
        List<Map<String, Object>> kept = r.kept();
        List<String> words = r.words();
        String how = r.how();
        double best = r.best();
        if (!kept.isEmpty()) {
            return found.withRows(kept).answering(new Asked(text, Asked.RETRIEVAL, "search", how, false, null, r.scores(), THRESHOLD), notes);
        }
        if (named.isEmpty() && best == 0) {
            List<String> suggestions = new ArrayList<>();
            for (String w : words) {
                directory.suggest(w, 2).stream().map(EntityRef::name).filter(n -> !suggestions.contains(n)).forEach(suggestions::add);
            }
            List<String> hints = new ArrayList<>(suggestions.stream().limit(SUGGESTIONS).toList());
            hints.addAll(AskParser.EXAMPLES.subList(0, 4));
            throw new QueryException.UnplacedQuestion(text + " (no entity, statement or sentence of the graph holds its words"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions.stream().limit(SUGGESTIONS).toList()) + "?")
                    + ")", hints);
        }
        if (named.isEmpty()) {
            List<Map<String, Object>> nearest = found.rows().stream().limit(3).toList();
            return found.withRows(nearest).answering(new Asked(text, Asked.RETRIEVAL, "search", how, true,
                    "The articles do not answer this: no statement or sentence holds enough of its words. The nearest are below, "
                            + "for what they are worth.", List.of(), THRESHOLD), notes);
        }
        return known(text, named, notes, directory, "The articles do not answer this.", how);
    }

    /** An abstention that shows what the articles hold about the entities named: never the nearest row passed off as the answer. */
    private QueryResult known(String text, List<EntityRef> named, List<String> notes, EntityDirectory directory, String lead, String how) {
        if (named.isEmpty()) {
            return retrieveAbstaining(text, notes, lead, how);
        }
        List<String> words = contentWords(text, named);
        QueryResult known = search((String.join(" ", words) + names(named)).strip(), named, CANDIDATES);
        // what touches the entities first; then what holds the entities by the words the question wrote for them
        List<Map<String, Object>> rows = new ArrayList<>(known.rows().stream().filter(r -> touches(r, named)).limit(KEPT).toList());
        known.rows().stream().filter(r -> !rows.contains(r) && coverage(words, named, r) >= THRESHOLD)
                .limit(Math.max(0, KEPT - rows.size())).forEach(rows::add);
        String what = named.stream().map(EntityRef::name).collect(Collectors.joining(" and "));
        String answer = lead + " " + (rows.isEmpty() ? "They name " + what + " but hold no statement about it."
                : "What they say about " + what + " is below.");
        return known.withRows(rows).answering(new Asked(text, Asked.RETRIEVAL, "search", how, true, answer, List.of(), THRESHOLD), notes);
    }

    private QueryResult retrieveAbstaining(String text, List<String> notes, String lead, String how) {
        List<String> words = contentWords(text, List.of());
        QueryResult found = search(String.join(" ", words.isEmpty() ? List.of(text) : words), List.of(), 3);
        return found.answering(new Asked(text, Asked.RETRIEVAL, "search", how, true, lead + " The nearest statements are below.",
                List.of(), THRESHOLD), notes);
    }

    /** The share of the question's content words a row holds; a name the row touches counts double. */
    static double coverage(List<String> words, List<EntityRef> named, Map<String, Object> row) {
        String hay = String.join(" ", text(row.get("says")), text(row.get("sentence")), text(row.get("subject")),
                text(row.get("object")), text(row.get("relation")).replace('_', ' '), text(row.get("speaker"))).toLowerCase(Locale.ROOT);
        Set<String> stems = new LinkedHashSet<>();
        Matcher m = WORD.matcher(hay);
        while (m.find()) {
            stems.add(stem(m.group()));
        }
        int total = 0;
        int held = 0;
        for (String w : words) {
            total++;
            if (stems.contains(stem(w))) {
                held++;
            }
        }
        for (EntityRef e : named) {
            total += ENTITY_WEIGHT;
            if (touches(row, List.of(e)) || hay.contains(e.name().toLowerCase(Locale.ROOT))
                    || e.aliases().stream().anyMatch(a -> a.length() > 3 && hay.contains(a.toLowerCase(Locale.ROOT)))) {
                held += ENTITY_WEIGHT;
            }
        }
        return total == 0 ? 0 : (double) held / total;
    }

    private static boolean touches(Map<String, Object> row, List<EntityRef> named) {
        return named.stream().anyMatch(e -> e.name().equals(row.get("subject")) || e.name().equals(row.get("object"))
                || e.name().equals(row.get("speaker"))
                || (row.get("says") instanceof String s && s.toLowerCase(Locale.ROOT).contains(e.name().toLowerCase(Locale.ROOT))));
    }

    /** The question's words that say what is asked: no question words, no names already resolved. */
    static List<String> contentWords(String text, List<EntityRef> named) {
        Set<String> nameWords = new LinkedHashSet<>();
        for (EntityRef e : named) {
            Matcher m = WORD.matcher((e.name() + " " + String.join(" ", e.aliases())).toLowerCase(Locale.ROOT));
            while (m.find()) {
                nameWords.add(m.group());
            }
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w) && !nameWords.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0))) && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** A crude English stem, enough to meet "attacks" with "attacked" and "growth" with "grown". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() <= 5 ? w : w.substring(0, 5);
    }

    private static String names(List<EntityRef> named) {
        return named.stream().map(e -> " " + e.name()).collect(Collectors.joining());
    }

    private String said(QueryResult result) {
        List<String> ids = result.rows().stream().map(r -> r.get("statement")).filter(String.class::isInstance).map(String.class::cast)
                .distinct().limit(3).toList();
        return String.join("; ", runner.inWords(ids));
    }

    private static String params(QueryResult result) {
        return result.params().entrySet().stream().filter(e -> e.getValue() != null && !(e.getValue() instanceof List<?> l && l.isEmpty()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
