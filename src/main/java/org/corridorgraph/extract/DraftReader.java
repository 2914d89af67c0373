package org.corridorgraph.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.seed.Location;
import org.corridorgraph.seed.Problem;

/**
 * Reads a draft folder as extract writes it (source.json, entities.jsonl, statements.jsonl) and
 * reports every format problem at once, each with its file and line. Whether the candidates make
 * sense against the schema and the article is the seed validator's business, after acceptance.
 */
public final class DraftReader {
    public static final String SOURCE = "source.json";
    public static final String ENTITIES = "entities.jsonl";
    public static final String STATEMENTS = "statements.jsonl";

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String PUBLISHED = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "file", "title", "published", "origin");
    private static final Set<String> ENTITY_FIELDS = Set.of("id", "name", "labels", "aliases", "props", "confidence", "rule", "sentence");
    private static final Set<String> STATEMENT_FIELDS = Set.of("id", "subject", "type", "object", "props", "kind", "speaker",
            "source", "anchor", "confidence", "rule");

    private final ObjectMapper mapper;

    public DraftReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws DraftException listing every problem of the folder's files
     * @throws CorridorGraphException when DIR is no folder, or the draft proposes nothing
     */
    public Draft read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorridorGraphException("draft folder " + dir + " does not exist",
                    "pass the folder that extract ARTICLE.txt --out DIR wrote");
        }
        List<Problem> problems = new ArrayList<>();
        DraftSource source = source(dir, problems);
        List<DraftEntity> entities = new ArrayList<>();
        for (Line line : lines(dir, ENTITIES, problems)) {
            entity(line, problems, entities);
        }
        List<DraftStatement> statements = new ArrayList<>();
        for (Line line : lines(dir, STATEMENTS, problems)) {
            statement(line, problems, statements);
        }
        Map<String, Location> ids = new HashMap<>();
        entities.forEach(e -> unique(e.id(), e.at(), ids, problems));
        statements.forEach(s -> unique(s.id(), s.at(), ids, problems));
        if (!problems.isEmpty()) {
            throw new DraftException(dir.toString(), problems);
        }
        return new Draft(dir, source, List.copyOf(entities), List.copyOf(statements));
    }

    private DraftSource source(Path dir, List<Problem> problems) {
        Location at = new Location(dir.resolve(SOURCE).toString(), 1);
        String text = text(dir, SOURCE, problems);
        if (text == null) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(new Location(at.file(), e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    "not valid JSON: " + e.getOriginalMessage(), "source.json holds one JSON object: id, file, title, published, origin"));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add(new Problem(at, "expected one JSON object", "source.json holds one JSON object: id, file, title, published, origin"));
            return null;
        }
        Fields f = new Fields(node, at, problems, SOURCE_FIELDS);
        String id = f.slug("id", true);
        String published = f.string("published", false);
        if (published != null && !published.matches(PUBLISHED)) {
            problems.add(new Problem(at, "published '" + published + "' is not yyyy, yyyy-mm or yyyy-mm-dd", "write it like 2025-03 or 2025-03-14, or null"));
        }
        return new DraftSource(id, f.string("file", false), f.string("title", false), published, f.string("origin", false));
    }

    private void entity(Line line, List<Problem> problems, List<DraftEntity> into) {
        Fields f = new Fields(line.node(), line.at(), problems, ENTITY_FIELDS);
        int before = problems.size();
        DraftEntity entity = new DraftEntity(f.slug("id", true), f.string("name", true), f.strings("labels", true),
                f.strings("aliases", false), f.object("props"), f.confidence(), f.string("rule", false),
                f.string("sentence", false), line.at());
        if (entity.labels().isEmpty() && problems.size() == before) {
            problems.add(new Problem(line.at(), "entity " + entity.id() + " has no labels", "give at least one label, e.g. [\"City\"]"));
        }
        if (problems.size() == before) {
            into.add(entity);
        }
    }

    private void statement(Line line, List<Problem> problems, List<DraftStatement> into) {
        Fields f = new Fields(line.node(), line.at(), problems, STATEMENT_FIELDS);
        int before = problems.size();
        DraftStatement statement = new DraftStatement(f.slug("id", true), f.string("subject", true), f.string("type", true),
                f.string("object", true), f.object("props"), f.string("kind", true), f.string("speaker", false),
                f.string("source", true), f.string("anchor", false), f.confidence(), f.string("rule", false), line.at());
        if (problems.size() == before) {
            into.add(statement);
        }
    }

    private static void unique(String id, Location at, Map<String, Location> ids, List<Problem> problems) {
        Location first = ids.putIfAbsent(id, at);
        if (first != null) {
            problems.add(new Problem(at, "candidate id " + id + " is already used at " + first,
                    "entity and statement ids of a draft are one namespace (--only takes both); give each its own"));
        }
    }

    /** The lines of a JSON-lines file that hold a record, blank lines skipped. */
    private List<Line> lines(Path dir, String name, List<Problem> problems) {
        String text = text(dir, name, problems);
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String file = dir.resolve(name).toString();
        List<String> raw = text.lines().toList();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).strip();
            Location at = new Location(file, i + 1);
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(line);
                if (node.isObject()) {
                    lines.add(new Line(at, node));
                } else {
                    problems.add(new Problem(at, "expected one JSON object on the line", "write each candidate as {...} on its own line"));
                }
            } catch (JsonProcessingException e) {
                problems.add(new Problem(at, "not valid JSON: " + e.getOriginalMessage(),
                        "each line holds one complete JSON object; check quotes, commas and braces"));
            }
        }
        return lines;
    }

    /** The file's text, decoded strictly: a byte that is not UTF-8 is reported with its line, never replaced. */
    private static String text(Path dir, String name, List<Problem> problems) {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(new Location(path.toString(), 0), "file is missing", "extract writes " + name
                    + " in every draft; run it again, or restore the file"));
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(new Problem(new Location(path.toString(), 0), "cannot read it: " + e.getMessage(), "check its permissions"));
            return null;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(new Problem(new Location(path.toString(), lineAt(bytes, i)), "the file is binary (a NUL byte), not JSON text",
                        "a draft holds the text files extract writes; run extract again"));
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(new Problem(new Location(path.toString(), lineAt(bytes, in.position())),
                    "the file is not UTF-8 text (byte " + (in.position() + 1) + ")", "save it as UTF-8; extract always writes UTF-8"));
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private record Line(Location at, JsonNode node) {
    }

    /** Typed access to a record's fields; each wrong field becomes one problem, and the field reads as null. */
    private record Fields(JsonNode node, Location at, List<Problem> problems, Set<String> allowed) {
        Fields {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    problems.add(new Problem(at, "unknown field '" + name + "'", "allowed fields: " + String.join(", ", new TreeSet<>(allowed))));
                }
            }
        }

        String string(String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problems.add(new Problem(at, "field " + field + " is missing", "give \"" + field + "\" as a string"));
                }
                return null;
            }
            if (!value.isTextual()) {
                problems.add(new Problem(at, "field " + field + " = " + value + " is not a string", "give \"" + field + "\" as a string"));
                return null;
            }
            return value.asText();
        }

        String slug(String field, boolean required) {
            String value = string(field, required);
            if (value != null && !value.matches(SLUG)) {
                problems.add(new Problem(at, field + " '" + value + "' is not a lowercase slug", "write ids like aktau or c-001"));
            }
            return value;
        }

        List<String> strings(String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problems.add(new Problem(at, "field " + field + " is missing", "give \"" + field + "\" as a list of strings"));
                }
                return List.of();
            }
            List<String> result = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(v -> {
                    if (v.isTextual()) {
                        result.add(v.asText());
                    }
                });
            }
            if (!value.isArray() || result.size() != value.size()) {
                problems.add(new Problem(at, "field " + field + " = " + value + " is not a list of strings", "write it like [\"Aktau\"]"));
            }
            return List.copyOf(result);
        }

        ObjectNode object(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!value.isObject()) {
                problems.add(new Problem(at, "field " + field + " = " + value + " is not an object", "write properties like {\"date\": \"2025-03-14\"}"));
                return JsonNodeFactory.instance.objectNode();
            }
            return (ObjectNode) value;
        }

        double confidence() {
            JsonNode value = node.get("confidence");
            if (value == null || !value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
                problems.add(new Problem(at, "confidence " + (value == null ? "is missing" : value + " is not a number from 0 to 1"),
                        "extract gives every candidate a confidence from 0 to 1"));
                return 0;
            }
            return value.asDouble();
        }
    }
}
