package org.corridorgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.Entity;
import org.corridorgraph.seed.Location;
import org.corridorgraph.seed.NameKey;
import org.corridorgraph.seed.Problem;
import org.corridorgraph.seed.SeedLoader;
import org.corridorgraph.seed.SeedSet;
import org.corridorgraph.seed.SeedValidationException;
import org.corridorgraph.seed.Statement;

/**
 * Turns chosen draft candidates into seed-data lines: the one way in for the accept command and the
 * review page. It strips what only drafts carry (confidence, rule, sentence), gives statements the
 * next free st-NNN, keeps a new entity's id unless an existing entity has it (the same name: that
 * entity is used; another name: a fresh id), and skips statements the seed data already holds. The
 * whole seed data that would result is validated, as check validates it, before a byte is written;
 * then each file gets its new lines appended, atomically, so hand-edited lines stay as they are.
 */
public final class DraftAcceptor {
    /** The articles' metadata, one line each: id, title, published, origin. */
    public static final String SOURCES = "sources.jsonl";
    private static final Pattern STATEMENT_ID = Pattern.compile("st-(\\d+)");
    /** Files are replaced in this order so that an interrupted accept never leaves a statement without its entities. */
    private static final List<String> WRITE_ORDER = List.of(SOURCES, SeedLoader.ENTITIES, SeedLoader.STATEMENTS);

    private final ProjectFolder seedData;
    private final Path corpus;
    private final ObjectMapper mapper;
    private final SeedLines lines;
    private final AtomicFiles files = new AtomicFiles();

    /**
     * @param corpus the articles' folder; the draft's article must be in it, as the import cites its sentences
     * @throws CorridorGraphException when the seed data is the jar's packaged, read-only copy
     */
    public DraftAcceptor(ProjectFolder seedData, Path corpus, ObjectMapper mapper) {
        if (seedData.root().getFileSystem() != FileSystems.getDefault()) {
            throw new CorridorGraphException("accepted candidates are written into a seed-data folder on disk, not the copy packaged in the jar",
                    "run from the project folder, or pass --seed-data DIR");
        }
        this.seedData = seedData;
        this.corpus = corpus;
        this.mapper = mapper;
        this.lines = new SeedLines(mapper);
    }

    public ProjectFolder seedData() {
        return seedData;
    }

    public Path corpus() {
        return corpus;
    }

    /**
     * What accepting would write, validated; writes nothing.
     *
     * @throws CandidateRejectedException when the resulting seed data would not validate
     */
    public Acceptance plan(Draft draft, Selection selection) {
        return prepare(draft, selection).acceptance();
    }

    /**
     * Accepts the chosen candidates: validates the seed data they would make, then appends their lines.
     * Accepting the same candidates again changes nothing. Serialised, as the review page and a
     * command may accept at once.
     *
     * @throws CandidateRejectedException when the resulting seed data would not validate; nothing is written
     * @throws CorridorGraphException     for an article outside the corpus, or --only naming no candidate
     */
    public synchronized Acceptance accept(Draft draft, Selection selection) {
        Plan plan = prepare(draft, selection);
        for (String name : plan.after().keySet()) {
            if (!Arrays.equals(bytes(name), plan.before().get(name))) {
                throw new CorridorGraphException(seedData.describe(name) + " changed while accept was working; nothing was written",
                        "run accept again: it reads the file anew");
            }
        }
        for (String name : WRITE_ORDER) {
            if (plan.after().containsKey(name)) {
                files.write(seedData.resolve(name), plan.after().get(name));
            }
        }
        return plan.acceptance();
    }

    private Plan prepare(Draft draft, Selection selection) {
        requireArticle(draft);
        requireKnown(draft, selection);
        SeedSet current = new SeedLoader(mapper).load(seedData);
        Map<String, byte[]> before = new LinkedHashMap<>();
        WRITE_ORDER.forEach(name -> before.put(name, bytes(name)));

        Set<String> statementIds = new LinkedHashSet<>();
        draft.statements().stream().filter(s -> selection.chooses(s.id(), s.confidence())).forEach(s -> statementIds.add(s.id()));
        Set<String> entityIds = new LinkedHashSet<>();
        draft.entities().stream().filter(e -> selection.chooses(e.id(), e.confidence())).forEach(e -> entityIds.add(e.id()));
        for (String id : statementIds) {
            DraftStatement s = draft.statement(id).orElseThrow();
            Stream.of(s.subject(), s.object(), s.speaker()).filter(Objects::nonNull)
                    .filter(ref -> draft.entity(ref).isPresent()).forEach(entityIds::add);
        }

        Appended appended = new Appended();
        Map<String, String> finalIds = new HashMap<>();
        List<Acceptance.AcceptedEntity> entities = new ArrayList<>();
        Map<String, Entity> existing = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (Entity e : current.entities()) {
            if (e.id() != null) {
                existing.putIfAbsent(e.id(), e);
                nameOf.putIfAbsent(e.id(), e.name());
                if (e.name() != null) {
                    keys(e.name(), e.aliases()).forEach(k -> byName.putIfAbsent(k, e.id()));
                }
            }
        }
        Set<String> taken = new HashSet<>(existing.keySet());
        // entities in draft order, so the fresh ids do not depend on how the candidates were chosen
        for (DraftEntity e : draft.entities()) {
            if (!entityIds.contains(e.id())) {
                continue;
            }
            String same = keys(e.name(), e.aliases()).stream().map(byName::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (same != null) {
                finalIds.put(e.id(), same);
                entities.add(new Acceptance.AcceptedEntity(e.id(), same, nameOf.get(same), Acceptance.Outcome.REUSED));
                continue;
            }
            String id = e.id();
            Acceptance.Outcome outcome = Acceptance.Outcome.ADDED;
            if (taken.contains(id)) {
                int n = 2;
                while (taken.contains(e.id() + "-" + n)) {
                    n++;
                }
                id = e.id() + "-" + n;
                outcome = Acceptance.Outcome.RENAMED;
            }
            taken.add(id);
            finalIds.put(e.id(), id);
            nameOf.put(id, e.name());
            String finalId = id;
            keys(e.name(), e.aliases()).forEach(k -> byName.putIfAbsent(k, finalId));
            entities.add(new Acceptance.AcceptedEntity(e.id(), id, e.name(), outcome));
            ObjectNode line = mapper.createObjectNode().put("id", id).put("name", e.name());
            line.set("labels", mapper.valueToTree(e.labels()));
            line.set("aliases", mapper.valueToTree(e.aliases()));
            line.set("props", e.props());
            appended.add(SeedLoader.ENTITIES, lines.line(line), new Origin(e.at(), e.id(), id));
        }

        Map<String, String> held = new HashMap<>();
        int next = 1;
        int width = 3;
        for (Statement s : current.statements()) {
            Matcher m = s.id() == null ? null : STATEMENT_ID.matcher(s.id());
            if (m != null && m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
                width = Math.max(width, m.group(1).length());
            }
            held.putIfAbsent(sameness(s.subject(), s.type(), s.object(), s.source(), s.anchor()), "the seed data as " + s.id());
        }
        List<Acceptance.AcceptedStatement> statements = new ArrayList<>();
        List<Acceptance.Skipped> skipped = new ArrayList<>();
        for (DraftStatement s : draft.statements()) {
            if (!statementIds.contains(s.id())) {
                continue;
            }
            String subject = finalIds.getOrDefault(s.subject(), s.subject());
            String object = finalIds.getOrDefault(s.object(), s.object());
            String speaker = s.speaker() == null ? null : finalIds.getOrDefault(s.speaker(), s.speaker());
            String key = sameness(subject, s.type(), object, s.source(), s.anchor());
            String there = held.get(key);
            if (there != null) {
                skipped.add(new Acceptance.Skipped(s.id(), "already in " + there));
                continue;
            }
            String id = "st-" + String.format("%0" + width + "d", next++);
            held.put(key, "this draft as " + s.id());
            statements.add(new Acceptance.AcceptedStatement(s.id(), id));
            ObjectNode line = mapper.createObjectNode().put("id", id).put("subject", subject).put("type", s.type()).put("object", object);
            line.set("props", s.props());
            line.put("kind", s.kind()).put("source", s.source());
            if (s.anchor() != null) {
                line.put("anchor", s.anchor());
            }
            if (speaker != null) {
                line.put("speaker", speaker);
            }
            appended.add(SeedLoader.STATEMENTS, lines.line(line), new Origin(s.at(), s.id(), id));
        }

        boolean sourceAdded = !sourceIds(before.get(SOURCES)).contains(draft.source().id());
        if (sourceAdded) {
            DraftSource source = draft.source();
            ObjectNode line = mapper.createObjectNode().put("id", source.id());
            // unknown fields are left out rather than written as null: the line says only what the article told
            putIfKnown(line, "title", source.title());
            // the validator wants the publication date said, even when it is unknown (null)
            line.put("published", source.published());
            putIfKnown(line, "origin", source.origin());
            appended.add(SOURCES, lines.line(line), new Origin(new Location(draft.dir().resolve(DraftReader.SOURCE).toString(), 1),
                    DraftReader.SOURCE, source.id()));
        }

        Map<String, byte[]> after = new LinkedHashMap<>();
        Map<Location, Origin> origins = new HashMap<>();
        for (String name : WRITE_ORDER) {
            List<String> added = appended.lines.getOrDefault(name, List.of());
            if (added.isEmpty()) {
                continue;
            }
            byte[] old = before.get(name);
            String oldText = new String(old, StandardCharsets.UTF_8);
            int first = (int) oldText.lines().count() + 1;
            List<Origin> from = appended.origins.get(name);
            for (int i = 0; i < from.size(); i++) {
                origins.put(new Location(seedData.describe(name), first + i), from.get(i));
            }
            boolean needsBreak = old.length > 0 && old[old.length - 1] != '\n';
            after.put(name, concat(old, ((needsBreak ? "\n" : "") + String.join("\n", added) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        if (!after.isEmpty()) {
            validate(after, origins);
        }
        Acceptance acceptance = new Acceptance(List.copyOf(entities), List.copyOf(statements), List.copyOf(skipped), sourceAdded,
                List.copyOf(after.keySet().stream().map(seedData::describe).toList()));
        return new Plan(acceptance, before, after);
    }

    /** The resulting seed data, in a scratch copy of the folder, through the same reading and validation as check and import. */
    private void validate(Map<String, byte[]> after, Map<Location, Origin> origins) {
        Path stage;
        try {
            stage = Files.createTempDirectory("corridor-graph-accept");
        } catch (IOException e) {
            throw new CorridorGraphException("cannot make a scratch folder to validate in: " + e.getMessage(), "check the temporary folder's free space", e);
        }
        try {
            try (Stream<Path> all = Files.walk(seedData.root())) {
                for (Path file : all.toList()) {
                    Path target = stage.resolve(seedData.root().relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : after.entrySet()) {
                Files.write(stage.resolve(e.getKey()), e.getValue());
            }
            // named as the real folder, so problems with lines already there point at the real file and line
            PreparedImport.prepare(new ProjectFolder(stage, seedData.display()), corpus, mapper);
        } catch (SeedValidationException e) {
            throw new CandidateRejectedException(e.problems().stream().map(p -> {
                Origin origin = origins.get(p.at());
                return origin == null ? p : new Problem(origin.at(), origin.draftId() + " (as " + origin.finalId() + "): " + p.message(), p.hint());
            }).toList());
        } catch (IOException e) {
            throw new CorridorGraphException("cannot copy " + seedData.display() + " to validate it: " + e.getMessage(), "check its permissions", e);
        } finally {
            delete(stage);
        }
    }

    private void requireArticle(Draft draft) {
        String id = draft.source().id();
        if (corpus == null) {
            throw new CorridorGraphException("the draft's article " + id + " must be in the corpus folder, and there is none",
                    "put " + id + ".txt in the corpus folder (by default ../shared/corpus) or pass --corpus DIR: the import cites its sentences");
        }
        if (!Files.isRegularFile(corpus.resolve(id + ".txt"))) {
            throw new CorridorGraphException("the draft's article " + id + " is not in the corpus folder " + corpus,
                    "copy " + (draft.source().file() == null ? id + ".txt" : draft.source().file()) + " into " + corpus
                            + " (or pass --corpus DIR holding it): the import cites its sentences from there");
        }
    }

    private static void requireKnown(Draft draft, Selection selection) {
        Set<String> ids = new TreeSet<>();
        draft.entities().forEach(e -> ids.add(e.id()));
        draft.statements().forEach(s -> ids.add(s.id()));
        List<String> unknown = selection.only().stream().filter(id -> !ids.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new CorridorGraphException("--only names " + String.join(", ", unknown) + ", not a candidate of the draft " + draft.dir(),
                    "the draft's candidates: " + String.join(", ", ids));
        }
    }

    private Set<String> sourceIds(byte[] content) {
        Set<String> ids = new HashSet<>();
        for (String line : new String(content, StandardCharsets.UTF_8).lines().toList()) {
            try {
                JsonNode node = mapper.readTree(line);
                if (node != null && node.path("id").isTextual()) {
                    ids.add(node.path("id").asText());
                }
            } catch (IOException malformed) {
                // not ours to judge here: the seed validation that follows names the line
            }
        }
        return ids;
    }

    private byte[] bytes(String name) {
        Path file = seedData.resolve(name);
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new CorridorGraphException("cannot read " + seedData.describe(name) + ": " + e.getMessage(), "check its permissions", e);
        }
    }

    private static void putIfKnown(ObjectNode line, String field, String value) {
        if (value != null) {
            line.put(field, value);
        }
    }

    private static Set<String> keys(String name, List<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(name));
        aliases.forEach(a -> keys.add(NameKey.of(a)));
        return keys;
    }

    /** What makes two statements the same claim for accept: who, what, whom, and the words of which article. */
    private static String sameness(String subject, String type, String object, String source, String anchor) {
        return String.join("\u0000", String.valueOf(subject), String.valueOf(type), String.valueOf(object), String.valueOf(source),
                String.valueOf(anchor));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a scratch folder under the temporary directory; nothing of the user's
        }
    }

    /** Where an appended line came from: the draft line, the candidate, the id it gets. */
    private record Origin(Location at, String draftId, String finalId) {
    }

    /** Lines to append, per seed file, with their origins in the same order. */
    private static final class Appended {
        final Map<String, List<String>> lines = new HashMap<>();
        final Map<String, List<Origin>> origins = new HashMap<>();

        void add(String file, String line, Origin origin) {
            lines.computeIfAbsent(file, f -> new ArrayList<>()).add(line);
            origins.computeIfAbsent(file, f -> new ArrayList<>()).add(origin);
        }
    }

    private record Plan(Acceptance acceptance, Map<String, byte[]> before, Map<String, byte[]> after) {
    }
}
