package org.corridorgraph.seed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.resources.ProjectFolder;

/**
 * Reads the seed files: one JSON object per line, so every record, and every error, has a line.
 * Syntax problems are collected, not thrown one at a time; the validator adds the semantic ones.
 */
public final class SeedLoader {
    public static final String ENTITIES = "entities.jsonl";
    public static final String STATEMENTS = "statements.jsonl";
    public static final String BACKGROUND = "background.jsonl";
    /** What we know of each article's publication; optional, like any line of it. */
    public static final String SOURCES = "sources.jsonl";

    private static final Set<String> ENTITY_FIELDS = Set.of("id", "name", "labels", "aliases", "props");
    private static final Set<String> STATEMENT_FIELDS = Set.of("id", "subject", "type", "object", "props", "kind",
            "speaker", "source", "anchor", "reference", "note");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "titleGiven", "published", "origin", "note");

    private final ObjectMapper mapper;

    public SeedLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public SeedSet load(ProjectFolder folder) {
        List<Problem> problems = new ArrayList<>();
        Schema schema;
        try {
            schema = new SchemaLoader(mapper).load(folder);
        } catch (SeedValidationException e) {
            problems.addAll(e.problems());
            schema = null;
        }
        List<Entity> entities = new ArrayList<>();
        for (Record record : records(folder, ENTITIES, ENTITY_FIELDS, problems)) {
            entities.add(new Entity(text(record.node, "id"), text(record.node, "name"), strings(record.node.path("labels")),
                    strings(record.node.path("aliases")), fields(record.node.path("props")), record.at));
        }
        List<Statement> statements = new ArrayList<>();
        for (String file : List.of(STATEMENTS, BACKGROUND)) {
            for (Record record : records(folder, file, STATEMENT_FIELDS, problems)) {
                JsonNode n = record.node;
                statements.add(new Statement(text(n, "id"), text(n, "subject"), text(n, "type"), text(n, "object"),
                        fields(n.path("props")), text(n, "kind"), text(n, "speaker"), text(n, "source"), text(n, "anchor"),
                        text(n, "reference"), record.at));
            }
        }
        List<SourceEntry> sources = new ArrayList<>();
        for (Record record : records(folder, SOURCES, SOURCE_FIELDS, problems)) {
            JsonNode n = record.node;
            sources.add(new SourceEntry(text(n, "id"), text(n, "title"), n.get("titleGiven"), n.get("published"),
                    text(n, "origin"), record.at));
        }
        if (schema == null) {
            throw new SeedValidationException(problems);
        }
        return new SeedSet(schema, List.copyOf(entities), List.copyOf(statements), List.copyOf(problems), List.copyOf(sources));
    }

    private List<Record> records(ProjectFolder folder, String name, Set<String> allowed, List<Problem> problems) {
        List<Record> records = new ArrayList<>();
        String file = folder.describe(name);
        if (!folder.exists(name)) {
            if (!name.equals(BACKGROUND) && !name.equals(SOURCES)) {
                problems.add(new Problem(new Location(file, 0), "file is missing", "restore " + name + " in the seed-data folder"));
            }
            return records;
        }
        List<String> lines = folder.lines(name);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Location at = new Location(file, i + 1);
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(line);
                if (!node.isObject()) {
                    problems.add(new Problem(at, "expected one JSON object on the line", "write each record as {...} on its own line"));
                    continue;
                }
                node.fieldNames().forEachRemaining(field -> {
                    if (!allowed.contains(field)) {
                        problems.add(new Problem(at, "unknown field '" + field + "'", "allowed fields: " + String.join(", ", allowed.stream().sorted().toList())));
                    }
                });
                records.add(new Record(at, node));
            } catch (JsonProcessingException e) {
                problems.add(new Problem(at, "not valid JSON: " + e.getOriginalMessage(),
                        "each line holds one complete JSON object; check quotes, commas and braces"));
            }
        }
        return records;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            result.put(e.getKey(), e.getValue());
        }
        return result;
    }

    private record Record(Location at, JsonNode node) {
    }
}
