package org.corridorgraph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Sentence;

/**
 * Checks seed data against the schema and the articles, collecting every problem before anything is
 * written: unknown entities, types and properties, wrong endpoint labels, bad values, statements that
 * repeat one from the same source (another source's statement of the same claim corroborates it), and
 * anchors that locate no sentence or more than one.
 */
public final class SeedValidator {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    public static final int MAX_ANCHOR_WORDS = 8;
    private static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /**
     * @param articles the corpus; empty means evidence stays unresolved and anchors are not checked
     * @throws SeedValidationException listing every problem, when there is any
     */
    public ValidatedSeed validate(SeedSet seed, List<Article> articles) {
        List<Problem> problems = new ArrayList<>(seed.syntaxProblems());
        Schema schema = seed.schema();
        Map<String, ValidatedEntity> entities = validateEntities(seed, schema, problems);
        List<ValidatedStatement> statements = validateStatements(seed, schema, entities, articles, problems);
        ValidatedSources sources = new SourceValidator().validate(seed.sources(), articles, problems);
        if (!problems.isEmpty()) {
            throw new SeedValidationException(problems);
        }
        List<String> warnings = new ArrayList<>(sources.warnings());
        warnings.addAll(new FigureCheck().warnings(entities, statements));
        if (articles.isEmpty()) {
            long unresolved = statements.stream().filter(s -> !s.isBackground()).count();
            warnings.add("no corpus was read: " + unresolved + " article statements are loaded with their evidence marked unresolved");
        }
        return new ValidatedSeed(schema, List.copyOf(entities.values()), statements, List.copyOf(articles), warnings, sources);
    }

    private Map<String, ValidatedEntity> validateEntities(SeedSet seed, Schema schema, List<Problem> problems) {
        Map<String, ValidatedEntity> result = new LinkedHashMap<>();
        Map<String, Location> idLines = new HashMap<>();
        Map<String, String> keyOwners = new HashMap<>();
        for (Entity entity : seed.entities()) {
            Location at = entity.at();
            if (entity.id() == null || !entity.id().matches(ID_PATTERN)) {
                problems.add(new Problem(at, "entity id '" + entity.id() + "' is missing or not a lowercase slug", "write ids like kazakhstan or china-iran-freight-train"));
                continue;
            }
            Location first = idLines.putIfAbsent(entity.id(), at);
            if (first != null) {
                problems.add(new Problem(at, "entity id " + entity.id() + " is already used at line " + first.line(), "give each entity its own id"));
                continue;
            }
            if (entity.name() == null || entity.name().isBlank()) {
                problems.add(new Problem(at, "entity " + entity.id() + " has no name", "add \"name\": its canonical English name"));
                continue;
            }
            boolean labelsOk = !entity.labels().isEmpty();
            if (!labelsOk) {
                problems.add(new Problem(at, "entity " + entity.id() + " has no labels", "add \"labels\", e.g. [\"State\"]"));
            }
            for (String label : entity.labels()) {
                if (!schema.labels().containsKey(label)) {
                    labelsOk = false;
                    problems.add(new Problem(at, "entity " + entity.id() + " has unknown label " + label,
                            "use one of " + String.join(", ", NameKey.closest(label, schema.labels().keySet(), schema.labels().keySet().size()))));
                }
            }
            Map<String, PropertyDef> declared = new LinkedHashMap<>();
            if (labelsOk) {
                entity.labels().forEach(l -> declared.putAll(schema.labels().get(l).properties()));
            }
            Map<String, Object> props = labelsOk
                    ? properties(entity.props(), declared, at, "entity " + entity.id(), problems)
                    : Map.of();
            List<String> keys = new ArrayList<>();
            for (String name : concat(entity.name(), entity.aliases())) {
                String key = NameKey.of(name);
                String owner = keyOwners.putIfAbsent(key, entity.id());
                if (owner != null && !owner.equals(entity.id())) {
                    problems.add(new Problem(at, "name or alias '" + name + "' of " + entity.id() + " is already used by " + owner,
                            "an alias must point to one entity; remove it from one of them"));
                }
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
            result.put(entity.id(), new ValidatedEntity(entity.id(), entity.name(), entity.labels(), entity.aliases(),
                    List.copyOf(keys), props));
        }
        return result;
    }

    private List<ValidatedStatement> validateStatements(SeedSet seed, Schema schema, Map<String, ValidatedEntity> entities,
                                                        List<Article> articles, List<Problem> problems) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, List<String>> normalised = new HashMap<>();
        Map<String, Location> idLines = new HashMap<>();
        Map<String, List<Statement>> seen = new HashMap<>();
        List<ValidatedStatement> result = new ArrayList<>();
        for (Statement st : seed.statements()) {
            Location at = st.at();
            int before = problems.size();
            boolean background = at.file().endsWith(SeedLoader.BACKGROUND);
            if (st.id() == null || st.id().isBlank()) {
                problems.add(new Problem(at, "statement has no id", "add a stable \"id\" such as st-042"));
                continue;
            }
            Location first = idLines.putIfAbsent(st.id(), at);
            if (first != null) {
                problems.add(new Problem(at, "statement id " + st.id() + " is already used at " + first, "give each statement its own id"));
            }
            ValidatedEntity subject = entity(st.subject(), "subject", st, entities, at, problems);
            ValidatedEntity object = entity(st.object(), "object", st, entities, at, problems);
            RelationshipDef def = st.type() == null ? null : schema.relationships().get(st.type());
            if (def == null) {
                problems.add(new Problem(at, "statement " + st.id() + ": relationship type " + st.type() + " is not in the schema",
                        "did you mean " + String.join(", ", NameKey.closest(String.valueOf(st.type()), schema.relationships().keySet(), 3))
                                + "? New types are declared in schema.json"));
            } else {
                checkEndpoint(subject, def.from(), "start", st, at, problems);
                checkEndpoint(object, def.to(), "end", st, at, problems);
            }
            Map<String, Object> props = def == null ? Map.of()
                    : properties(st.props(), def.properties(), at, "statement " + st.id() + " (" + st.type() + ")", problems);
            Kind kind = kind(st, entities, at, problems);
            List<Sentence> evidence = provenance(st, background, byId, normalised, articles.isEmpty(), at, problems);

            // the same claim from another source corroborates it (the importer makes them one relationship);
            // from the same source it says nothing new
            List<Statement> sameClaim = seen.computeIfAbsent(duplicateKey(st), k -> new ArrayList<>());
            Statement duplicate = sameClaim.stream().filter(other -> Objects.equals(sourceOf(other), sourceOf(st))).findFirst().orElse(null);
            if (duplicate != null) {
                problems.add(new Problem(at, "statement " + st.id() + " duplicates " + duplicate.id() + " at " + duplicate.at(),
                        "remove one of them, or make their properties differ; the same claim from another source corroborates it"));
            }
            sameClaim.add(st);
            if (problems.size() == before) {
                result.add(new ValidatedStatement(st.id(), st.type(), st.subject(), st.object(), props, kind,
                        st.speaker(), background ? Statement.BACKGROUND : st.source(), st.reference(), st.anchor(), evidence));
            }
        }
        return List.copyOf(result);
    }

    private static ValidatedEntity entity(String id, String role, Statement st, Map<String, ValidatedEntity> entities,
                                          Location at, List<Problem> problems) {
        ValidatedEntity entity = id == null ? null : entities.get(id);
        if (entity == null) {
            String byName = id == null ? null : entities.values().stream()
                    .filter(e -> e.nameKeys().contains(NameKey.of(id))).map(ValidatedEntity::id).findFirst().orElse(null);
            problems.add(new Problem(at, "statement " + st.id() + ": unknown " + role + " entity '" + id + "'",
                    byName != null ? "refer to entities by id: use " + byName
                            : "did you mean " + String.join(", ", NameKey.closest(String.valueOf(id), entities.keySet(), 3)) + "? Or add it to entities.jsonl"));
        }
        return entity;
    }

    private static void checkEndpoint(ValidatedEntity entity, List<String> allowed, String end, Statement st, Location at,
                                      List<Problem> problems) {
        if (entity != null && entity.labels().stream().noneMatch(allowed::contains)) {
            problems.add(new Problem(at, "statement " + st.id() + ": " + st.type() + " cannot " + end + " at " + entity.id()
                    + " " + entity.labels(), "its " + end + " must be one of " + allowed + "; check the entity or the type"));
        }
    }

    private static Kind kind(Statement st, Map<String, ValidatedEntity> entities, Location at, List<Problem> problems) {
        Kind kind = null;
        try {
            kind = st.kindText() == null ? null : Kind.valueOf(st.kindText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        if (kind == null) {
            problems.add(new Problem(at, "statement " + st.id() + ": kind '" + st.kindText() + "' is not fact, assessment or reported",
                    "fact: the article asserts it; assessment: the author's analysis; reported: a named speaker said it"));
            return null;
        }
        if (kind == Kind.REPORTED) {
            ValidatedEntity speaker = st.speaker() == null ? null : entities.get(st.speaker());
            if (speaker == null) {
                problems.add(new Problem(at, "statement " + st.id() + " is reported but its speaker '" + st.speaker() + "' is not a known entity",
                        "set \"speaker\" to the id of the person who said it"));
            }
        } else if (st.speaker() != null) {
            problems.add(new Problem(at, "statement " + st.id() + " names a speaker but its kind is " + kind.value(),
                    "use kind reported, or remove the speaker"));
        }
        return kind;
    }

    private static List<Sentence> provenance(Statement st, boolean background, Map<String, Article> articles,
                                             Map<String, List<String>> normalised, boolean noCorpus, Location at,
                                             List<Problem> problems) {
        if (background) {
            if (!Statement.BACKGROUND.equals(st.source())) {
                problems.add(new Problem(at, "background statement " + st.id() + " must have source \"background\"",
                        "article statements belong in " + SeedLoader.STATEMENTS));
            }
            if (st.reference() == null || !st.reference().matches("https?://\\S+")) {
                problems.add(new Problem(at, "background statement " + st.id() + " has no public reference URL",
                        "add \"reference\": an http(s) address where the fact can be checked"));
            }
            if (st.anchor() != null) {
                problems.add(new Problem(at, "background statement " + st.id() + " has an anchor",
                        "background facts are never attributed to an article; remove the anchor"));
            }
            return List.of();
        }
        if (st.source() == null || Statement.BACKGROUND.equals(st.source())) {
            problems.add(new Problem(at, "statement " + st.id() + " needs the source document id",
                    "set \"source\" to the article's file name without .txt; background facts go in " + SeedLoader.BACKGROUND));
            return List.of();
        }
        if (st.anchor() == null || st.anchor().isBlank()) {
            problems.add(new Problem(at, "statement " + st.id() + " has no anchor", "add \"anchor\": up to "
                    + MAX_ANCHOR_WORDS + " words copied exactly from the supporting sentence"));
            return List.of();
        }
        int words = st.anchor().strip().split("\\s+").length;
        if (words > MAX_ANCHOR_WORDS) {
            problems.add(new Problem(at, "statement " + st.id() + ": anchor has " + words + " words",
                    "keep anchors to at most " + MAX_ANCHOR_WORDS + " words; facts go in our own words"));
        }
        if (noCorpus) {
            return List.of();
        }
        Article article = articles.get(st.source());
        if (article == null) {
            problems.add(new Problem(at, "statement " + st.id() + ": source " + st.source() + " is not in the corpus",
                    "articles read: " + articles.keySet() + "; check the id or pass --corpus"));
            return List.of();
        }
        String needle = normalise(st.anchor());
        // each article's sentences are normalised once, not once per statement that cites it
        List<String> texts = normalised.computeIfAbsent(article.id(),
                id -> article.sentences().stream().map(sentence -> normalise(sentence.text())).toList());
        Map<String, Sentence> matches = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(needle)) {
                matches.putIfAbsent(texts.get(i), article.sentences().get(i));
            }
        }
        if (matches.isEmpty()) {
            problems.add(new Problem(at, "statement " + st.id() + ": anchor \"" + st.anchor() + "\" is found in no sentence of " + st.source(),
                    "copy the words exactly as the article has them (after layout repair), within one sentence"));
            return List.of();
        }
        if (matches.size() > 1) {
            problems.add(new Problem(at, "statement " + st.id() + ": anchor \"" + st.anchor() + "\" is found in " + matches.size()
                    + " sentences: " + matches.values().stream().map(Sentence::id).collect(Collectors.joining(", ")),
                    "lengthen the anchor with words that only the supporting sentence has"));
            return List.of();
        }
        return List.of(matches.values().iterator().next());
    }

    private static Map<String, Object> properties(Map<String, JsonNode> given, Map<String, PropertyDef> declared, Location at,
                                                  String owner, List<Problem> problems) {
        Map<String, Object> result = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : given.entrySet()) {
            PropertyDef def = declared.get(e.getKey());
            if (def == null) {
                problems.add(new Problem(at, owner + ": property " + e.getKey() + " is not declared",
                        declared.isEmpty() ? "this type declares no properties" : "declared: " + String.join(", ", declared.keySet())));
                continue;
            }
            Object value = def.type().convert(e.getValue());
            if (value == null) {
                problems.add(new Problem(at, owner + ": property " + e.getKey() + " = " + e.getValue() + " is not " + def.type().expected(),
                        def.type() == ValueType.DATE ? "write dates as 2025-12-11" : "give " + def.type().expected()));
                continue;
            }
            if (!def.values().isEmpty() && !def.values().contains(String.valueOf(value))) {
                problems.add(new Problem(at, owner + ": property " + e.getKey() + " = " + value + " is not an allowed value",
                        "allowed: " + String.join(", ", def.values())));
                continue;
            }
            result.put(e.getKey(), value);
        }
        for (PropertyDef def : declared.values()) {
            if (def.required() && !given.containsKey(def.name())) {
                problems.add(new Problem(at, owner + ": required property " + def.name() + " is missing",
                        "add \"" + def.name() + "\": " + def.type().expected()
                                + (def.description().isBlank() ? "" : " (" + def.description() + ")")));
            }
        }
        return result;
    }

    /** Background statements are one source whatever their source field says (a wrong one is reported apart). */
    private static String sourceOf(Statement st) {
        return st.at().file().endsWith(SeedLoader.BACKGROUND) ? Statement.BACKGROUND : st.source();
    }

    private static String duplicateKey(Statement st) {
        return String.join("|", Objects.toString(st.subject()), Objects.toString(st.type()), Objects.toString(st.object()),
                new TreeMap<>(st.props()).toString());
    }

    /** Whitespace and typographic quotes do not make an anchor miss. */
    static String normalise(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .transform(t -> WHITESPACE.matcher(t).replaceAll(" ")).strip();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
