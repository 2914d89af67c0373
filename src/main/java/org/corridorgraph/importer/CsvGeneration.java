package org.corridorgraph.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.seed.Schema;
import org.corridorgraph.seed.ValidatedEntity;

/**
 * The rows of a generation import as CSV files in the form Neo4j's bulk importer reads
 * ({@code neo4j-admin database import full}): one file a kind of row (sources, sentences,
 * entities, the sentences' {@code IN_SOURCE} links, the statements' relationships), typed headers,
 * ids in an id space a kind. Values are stored as {@link StoreWriter} stores them, so the bulk
 * loaded graph equals the one written row by row. A kind splits into several files only where one
 * property has values of two types (a long here, a double there), since a column has one type.
 *
 * <p>The importer reads an empty field as no property, so a row's empty lists, and lists of one
 * empty string, are written as names in {@link #EMPTY_LISTS} ({@code key}, {@code key:1}), which
 * {@link StoreWriter#restoreEmptyLists} turns back into those lists once the store runs (longer
 * lists keep their empty strings). A list item holding the array delimiter has no faithful CSV
 * form: for a seed with one, {@link #write} gives nothing and the import writes its rows through
 * the Java API instead, and says why.
 */
final class CsvGeneration {
    /** Between array items and labels; a control character no article or seed value holds. */
    static final char ARRAY_DELIMITER = '\u001F';
    /** The property naming a row's empty lists while the store is bulk loaded; no seed property may have this name. */
    static final String EMPTY_LISTS = "_emptyListsOfBulkLoad";
    /** After a name in {@link #EMPTY_LISTS}: the list holds one empty string (a property name cannot hold a colon). */
    static final String ONE_EMPTY_STRING = ":1";

    private static final String ENTITY_IDS = "entity";
    private static final String SOURCE_IDS = "source";
    private static final String SENTENCE_IDS = "sentence";

    /**
     * The files written, in the order the importer takes them; LINEBREAKS: whether a value holds a line
     * break, which the importer then has to be told of (it parses such files in one thread only).
     */
    record CsvFiles(List<Path> nodes, List<Path> relationships, boolean lineBreaks) {
    }

    /**
     * The files, or why the rows have no faithful CSV form; DIGESTS: the domain digest's parts of
     * the entities and statements written, or null when two rows share a key; FACTS: what the
     * summary counts of the statements written. Both null when nothing was written.
     */
    record Written(Optional<CsvFiles> files, String whyNot, DomainDigest.RowDigests digests, InProcessCounts.RowFacts facts) {
    }

    /** A row of a kind: its id (nodes), ends and type (relationships), labels, and properties as stored. */
    private record Row(String id, List<String> labels, String start, String end, String type, Map<String, Object> props) {
    }

    private final Path dir;
    private int written;
    /** Node ids given so far, by id space and seed id (see {@link #nodes}). */
    private final Map<String, Map<String, Long>> ids = new HashMap<>();
    private long nextNode;
    /** Whether a field written so far holds a line break. */
    private boolean lineBreaks;

    private CsvGeneration(Path dir) {
        this.dir = dir;
    }

    /**
     * Writes the files into DIR (created if missing); no files, and nothing written, when a value has
     * no faithful CSV form. {@code relationshipRows} as create-relationships takes them.
     */
    static Written write(Path dir, Schema schema, List<Map<String, Object>> sources, List<Sentence> sentences,
                                 List<ValidatedEntity> entities, List<Map<String, Object>> relationshipRows) {
        String source = schema.documentLabels().get("Source").name();
        String sentence = schema.documentLabels().get("Sentence").name();
        List<Row> sourceRows = new ArrayList<>(sources.size());
        for (Map<String, Object> row : sources) {
            sourceRows.add(new Row((String) row.get("id"), List.of(source), null, null, null, stored(row)));
        }
        // the rows are made in parallel (order kept): making a relationship's properties and text is most of this phase
        List<Row> sentenceRows = parallel(sentences.size(), i -> {
            Sentence s = sentences.get(i);
            return new Row(s.id(), List.of(sentence), null, null, null, stored(Importer.sentenceRow(s)));
        });
        List<Row> links = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            links.add(new Row(null, List.of(), s.id(), s.sourceId(), StoreWriter.IN_SOURCE.name(), Map.of()));
        }
        List<Row> entityRows = new ArrayList<>(entities.size());
        for (ValidatedEntity e : entities) {
            Map<String, Object> row = Importer.entityRow(e);
            List<String> labels = new ArrayList<>();
            labels.add(Schema.ENTITY_LABEL);
            for (Object label : (List<?>) row.get("labels")) {
                labels.add((String) label);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            entityRows.add(new Row(e.id(), labels, null, null, null, stored(props)));
        }
        List<Row> statementRows = parallel(relationshipRows.size(), i -> {
            Map<String, Object> row = relationshipRows.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            return new Row(null, List.of(), (String) row.get("subject"), (String) row.get("object"), (String) row.get("type"), stored(props));
        });
        for (List<Row> rows : List.of(sourceRows, sentenceRows, entityRows, statementRows)) {
            for (Row row : rows) {
                String whyNot = unrepresentable(row);
                if (whyNot != null) {
                    return new Written(Optional.empty(), whyNot, null, null);
                }
            }
        }
        CsvGeneration csv = new CsvGeneration(dir);
        try {
            Files.createDirectories(dir);
            List<Path> nodes = new ArrayList<>();
            nodes.addAll(csv.nodes("sources", SOURCE_IDS, sourceRows));
            nodes.addAll(csv.nodes("sentences", SENTENCE_IDS, sentenceRows));
            nodes.addAll(csv.nodes("entities", ENTITY_IDS, entityRows));
            List<Path> relationships = new ArrayList<>();
            relationships.addAll(csv.relationships("in-source", SENTENCE_IDS, SOURCE_IDS, links));
            relationships.addAll(csv.relationships("statements", ENTITY_IDS, ENTITY_IDS, statementRows));
            return new Written(Optional.of(new CsvFiles(nodes, relationships, csv.lineBreaks)), null, digests(entityRows, statementRows),
                    facts(statementRows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import's CSV files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The digest parts of the entities and statements as the store will hold them once their empty
     * lists are restored, made here from the stored values so the import need not read them back.
     */
    private static DomainDigest.RowDigests digests(List<Row> entities, List<Row> statements) {
        List<String[]> e = IntStream.range(0, entities.size()).parallel().mapToObj(i -> {
            Row row = entities.get(i);
            return new String[] {row.id(), DomainDigest.shortDigest(DomainDigest.entityPart(row.labels(), asStored(row.props())))};
        }).toList();
        List<String[]> r = IntStream.range(0, statements.size()).parallel().mapToObj(i -> {
            Row row = statements.get(i);
            Map<String, Object> props = asStored(row.props());
            return new String[] {DomainDigest.relationshipKey(row.type(), props.get("statementId"), row.start(), row.end()),
                    DomainDigest.shortDigest(DomainDigest.relationshipPart(row.type(), row.start(), row.end(), props))};
        }).toList();
        Map<String, String> entityDigests = byKey(e);
        Map<String, String> relationshipDigests = byKey(r);
        return entityDigests == null || relationshipDigests == null ? null : new DomainDigest.RowDigests(entityDigests, relationshipDigests);
    }

    /** The statements by kind and the sentences they cite, as import/count-kinds and count-cited count them in the store. */
    private static InProcessCounts.RowFacts facts(List<Row> statements) {
        Map<String, Long> kinds = new HashMap<>();
        Set<String> cited = new HashSet<>();
        for (Row row : statements) {
            Map<String, Object> props = asStored(row.props());
            if (props.get("evidence") instanceof String[] evidence) {
                cited.addAll(List.of(evidence));
            }
            if (props.get("statementId") != null) {
                InProcessCounts.countKinds(props.get("kinds") != null ? props.get("kinds") : props.get("kind"),
                        props.get("sources") != null ? props.get("sources") : props.get("source"), kinds);
            }
        }
        return new InProcessCounts.RowFacts(kinds, cited);
    }

    /** Key → digest; null when a key comes twice (then the parts would have to be sorted together). */
    private static Map<String, String> byKey(List<String[]> digests) {
        Map<String, String> out = new HashMap<>(digests.size() * 2);
        for (String[] d : digests) {
            if (out.putIfAbsent(d[0], d[1]) != null) {
                return null;
            }
        }
        return out;
    }

    /** PROPS as the store holds them once {@link StoreWriter#restoreEmptyLists} ran. */
    private static Map<String, Object> asStored(Map<String, Object> props) {
        if (!(props.get(EMPTY_LISTS) instanceof String[] empty)) {
            return props;
        }
        Map<String, Object> out = new HashMap<>(props);
        out.remove(EMPTY_LISTS);
        for (String key : empty) {
            if (key.endsWith(ONE_EMPTY_STRING)) {
                out.put(key.substring(0, key.length() - ONE_EMPTY_STRING.length()), new String[] {""});
            } else {
                out.put(key, new String[0]);
            }
        }
        return out;
    }

    /** ROW(0) … ROW(n - 1), made on the common pool's threads, in their order; ROW must not depend on shared state. */
    private static List<Row> parallel(int n, IntFunction<Row> row) {
        return IntStream.range(0, n).parallel().mapToObj(row).toList();
    }

    private static Map<String, Object> stored(Map<String, Object> props) {
        Map<String, Object> out = new HashMap<>(props.size() * 2);
        List<String> empty = new ArrayList<>();
        props.forEach((key, value) -> {
            if (key.equals(EMPTY_LISTS)) {
                throw new ImportFailedException("a row has a property named " + EMPTY_LISTS + ", which the import keeps for itself",
                        "rename that property in the seed data", null);
            }
            if (value != null) {
                Object stored = StoreWriter.storable(key, value);
                if (stored.getClass().isArray() && Array.getLength(stored) == 0) {
                    empty.add(key);
                } else if (stored instanceof String[] items && items.length == 1 && items[0].isEmpty()) {
                    empty.add(key + ONE_EMPTY_STRING);
                } else {
                    out.put(key, stored);
                }
            }
        });
        if (!empty.isEmpty()) {
            out.put(EMPTY_LISTS, empty.toArray(String[]::new));
        }
        return out;
    }

    /** Why the row has no faithful CSV form, or null. */
    private static String unrepresentable(Row row) {
        String what = row.id() != null ? row.id() : row.type() + " " + row.start() + " → " + row.end();
        for (String label : row.labels()) {
            if (label.indexOf(ARRAY_DELIMITER) >= 0) {
                return "a label of " + what + " holds the array delimiter U+001F";
            }
        }
        for (Map.Entry<String, Object> property : row.props().entrySet()) {
            if (property.getValue() instanceof String[] strings) {
                for (String item : strings) {
                    if (item.indexOf(ARRAY_DELIMITER) >= 0) {
                        return "property " + property.getKey() + " of " + what + " holds the array delimiter U+001F in a list";
                    }
                }
            }
        }
        return null;
    }

    /**
     * Each node is given its node id in the store, counted from 0 in the order the files are written
     * ({@code --id-type=actual}): the importer then maps no ids, which was a quarter of its time with
     * string ids; the seed's id is an ordinary {@code id} property.
     */
    private List<Path> nodes(String name, String idSpace, List<Row> rows) throws IOException {
        Map<String, Long> space = ids.computeIfAbsent(idSpace, k -> new HashMap<>());
        List<Path> files = new ArrayList<>();
        for (Map.Entry<Map<String, String>, List<Row>> part : partition(rows).entrySet()) {
            List<String> keys = new ArrayList<>(part.getKey().keySet());
            keys.remove("id");
            List<String> header = new ArrayList<>();
            header.add(":ID");
            header.add("id:string");
            header.add(":LABEL");
            keys.forEach(key -> header.add(column(key, part.getKey().get(key))));
            files.add(file(name, header, part.getValue(), (row, line) -> {
                long node = nextNode++;
                if (space.putIfAbsent(row.id(), node) != null) {
                    throw new ImportFailedException("two " + idSpace + " rows have the id " + row.id(),
                            "give each " + idSpace + " its own id in the seed data; the graph is unchanged", null);
                }
                line.append(node).append(',');
                quoted(line, row.id());
                line.append(',');
                quoted(line, String.join(String.valueOf(ARRAY_DELIMITER), row.labels()));
                for (String key : keys) {
                    line.append(',');
                    field(line, row.props().get(key));
                }
            }));
        }
        return files;
    }

    private List<Path> relationships(String name, String startSpace, String endSpace, List<Row> rows) throws IOException {
        Map<String, Long> starts = ids.getOrDefault(startSpace, Map.of());
        Map<String, Long> ends = ids.getOrDefault(endSpace, Map.of());
        List<Path> files = new ArrayList<>();
        for (Map.Entry<Map<String, String>, List<Row>> part : partition(rows).entrySet()) {
            List<String> keys = new ArrayList<>(part.getKey().keySet());
            List<String> header = new ArrayList<>();
            header.add(":START_ID");
            header.add(":END_ID");
            header.add(":TYPE");
            keys.forEach(key -> header.add(column(key, part.getKey().get(key))));
            files.add(file(name, header, part.getValue(), (row, line) -> {
                line.append(node(starts, startSpace, row.start(), row)).append(',');
                line.append(node(ends, endSpace, row.end(), row)).append(',');
                quoted(line, row.type());
                for (String key : keys) {
                    line.append(',');
                    field(line, row.props().get(key));
                }
            }));
        }
        return files;
    }

    /** The node id written for the row with ID in SPACE; a relationship to a missing node fails the import, as the importer would. */
    private static long node(Map<String, Long> space, String spaceName, String id, Row relationship) {
        Long node = space.get(id);
        if (node == null) {
            throw new ImportFailedException("relationship " + relationship.type() + " " + relationship.start() + " → " + relationship.end()
                    + " refers to " + id + ", which no " + spaceName + " row has", "check the seed data's ids; the graph is unchanged", null);
        }
        return node;
    }

    /**
     * The rows split by the types of the properties that have more than one type among them; each
     * part's key maps every property its rows hold to the one column type it has there.
     */
    private static Map<Map<String, String>, List<Row>> partition(List<Row> rows) {
        Map<String, String> first = new HashMap<>();
        Set<String> mixed = new TreeSet<>();
        for (Row row : rows) {
            for (Map.Entry<String, Object> property : row.props().entrySet()) {
                String type = type(property.getValue());
                String before = first.putIfAbsent(property.getKey(), type);
                if (before != null && !before.equals(type)) {
                    mixed.add(property.getKey());
                }
            }
        }
        if (mixed.isEmpty() && !rows.isEmpty()) {
            // the usual case: every property has one type, so the rows are one part
            return Map.of(new TreeMap<>(first), rows);
        }
        Map<Map<String, String>, List<Row>> byMixed = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<String, String> signature = new TreeMap<>();
            for (String key : mixed) {
                Object value = row.props().get(key);
                if (value != null) {
                    signature.put(key, type(value));
                }
            }
            byMixed.computeIfAbsent(signature, k -> new ArrayList<>()).add(row);
        }
        Map<Map<String, String>, List<Row>> parts = new LinkedHashMap<>();
        byMixed.forEach((signature, part) -> {
            Map<String, String> columns = new TreeMap<>();
            for (Row row : part) {
                row.props().forEach((key, value) -> columns.put(key, type(value)));
            }
            parts.put(columns, part);
        });
        if (parts.isEmpty()) {
            parts.put(Map.of(), List.of());
        }
        return parts;
    }

    /** Appends a row's fields, comma-separated, to its line. */
    private interface Fields {
        void add(Row row, StringBuilder line);
    }

    private Path file(String name, List<String> header, List<Row> rows, Fields fields) throws IOException {
        Path file = dir.resolve(String.format("%02d-%s.csv", ++written, name));
        try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(String.join(",", header));
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (Row row : rows) {
                line.setLength(0);
                fields.add(row, line);
                lineBreaks = lineBreaks || hasLineBreak(line);
                line.append('\n');
                out.append(line);
            }
        }
        return file;
    }

    private static boolean hasLineBreak(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String column(String key, String type) {
        if (key.isEmpty() || key.chars().anyMatch(c -> c == ',' || c == ':' || c == '"' || c < ' ')) {
            throw new ImportFailedException("property name \"" + key + "\" cannot be a column of Neo4j's importer",
                    "name properties with letters, digits and underscores", null);
        }
        return key + ":" + type;
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "long";
        }
        if (value instanceof Double) {
            return "double";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof String[]) {
            return "string[]";
        }
        if (value instanceof long[]) {
            return "long[]";
        }
        if (value instanceof double[]) {
            return "double[]";
        }
        if (value instanceof boolean[]) {
            return "boolean[]";
        }
        throw new IllegalStateException("not a stored value: " + value.getClass());
    }

    /** A value in its column: strings always quoted (so an empty one stays a string), no value as an empty field. */
    private static void field(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            quoted(line, text);
        } else if (value instanceof String[] items) {
            line.append('"');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    line.append(ARRAY_DELIMITER);
                }
                escaped(line, items[i]);
            }
            line.append('"');
        } else if (value instanceof long[] items) {
            joined(line, items.length, i -> line.append(items[i]));
        } else if (value instanceof double[] items) {
            joined(line, items.length, i -> line.append(Double.toString(items[i])));
        } else if (value instanceof boolean[] items) {
            joined(line, items.length, i -> line.append(items[i]));
        } else {
            line.append(value);
        }
    }

    private static void joined(StringBuilder line, int length, IntConsumer item) {
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                line.append(ARRAY_DELIMITER);
            }
            item.accept(i);
        }
    }

    private static void quoted(StringBuilder line, String text) {
        line.append('"');
        escaped(line, text);
        line.append('"');
    }

    /** TEXT with each quote doubled, as RFC 4180 escapes it inside a quoted field. */
    private static void escaped(StringBuilder line, String text) {
        if (text.indexOf('"') < 0) {
            line.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
    }
}
