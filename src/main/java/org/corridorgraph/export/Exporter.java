package org.corridorgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.corridorgraph.graph.CypherLiteral;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.seed.SchemaLoader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Writes the graph out in a stable order with no internal ids or timestamps, so the same data
 * gives byte-identical files that can be diffed.
 */
public final class Exporter {
    private final Driver driver;
    private final CypherLibrary cypher;
    private final ObjectMapper json;

    public Exporter(Driver driver, CypherLibrary cypher, ObjectMapper mapper) {
        this.driver = driver;
        this.cypher = cypher;
        this.json = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false);
    }

    /** One JSON object a line for every domain relationship; returns how many. */
    public int jsonl(Writer out) {
        List<Record> records = read("export/relationships");
        try {
            for (Record r : records) {
                Map<String, Object> props = plain(r.get("properties"));
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("subject", endpoint(r, "subject"));
                line.put("type", r.get("type").asString());
                line.put("object", endpoint(r, "object"));
                Map<String, Object> domain = new TreeMap<>(props);
                SchemaLoader.RESERVED_RELATIONSHIP_PROPERTIES.forEach(domain::remove);
                line.put("properties", domain);
                line.put("kind", props.get("kind"));
                if (!r.get("speakerName").isNull()) {
                    line.put("speaker", r.get("speakerName").asString());
                }
                line.put("source", props.get("source"));
                // a corroborated relationship is one line with every source and statement behind it
                line.put("sources", props.getOrDefault("sources", List.of(props.get("source"))));
                if (props.containsKey("reference")) {
                    line.put("reference", props.get("reference"));
                }
                line.put("statement", props.get("statementId"));
                line.put("statements", props.getOrDefault("statements", List.of(props.get("statementId"))));
                line.put("evidence", r.get("evidence").asList(Value::asString));
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
            return records.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Cypher script that rebuilds the graph (articles, sentences, entities, relationships). */
    public int cypher(Writer out) {
        try {
            out.write("// corridor-graph export: replay with cypher-shell, or paste into Neo4j Browser.\n");
            out.write("// Run cypher/schema.cypher first for constraints and indexes.\n");
            int count = 0;
            for (Record r : read("export/sources")) {
                out.write("MERGE (s:Source {id: " + CypherLiteral.of(plain(r.get("properties")).get("id")) + "}) SET s = "
                        + CypherLiteral.of(plain(r.get("properties"))) + ";\n");
                count++;
            }
            for (Record r : read("export/sentences")) {
                Map<String, Object> p = plain(r.get("properties"));
                out.write("MATCH (src:Source {id: " + CypherLiteral.of(p.get("source")) + "}) MERGE (s:Sentence {id: "
                        + CypherLiteral.of(p.get("id")) + "}) SET s = " + CypherLiteral.of(p) + " MERGE (s)-[:IN_SOURCE]->(src);\n");
                count++;
            }
            for (Record r : read("export/entities")) {
                Map<String, Object> p = plain(r.get("properties"));
                List<String> labels = new ArrayList<>(r.get("labels").asList(Value::asString));
                labels.sort(null);
                StringBuilder line = new StringBuilder("MERGE (n:Entity {id: " + CypherLiteral.of(p.get("id")) + "})");
                for (String label : labels) {
                    line.append(" SET n:").append(CypherLiteral.name(label));
                }
                out.write(line.append(" SET n = ").append(CypherLiteral.of(p)).append(";\n").toString());
                count++;
            }
            for (Record r : read("export/relationships")) {
                Map<String, Object> p = plain(r.get("properties"));
                out.write("MATCH (a:Entity {id: " + CypherLiteral.of(r.get("subjectId").asString()) + "}), (b:Entity {id: "
                        + CypherLiteral.of(r.get("objectId").asString()) + "}) MERGE (a)-[r:" + CypherLiteral.name(r.get("type").asString())
                        + " {statementId: " + CypherLiteral.of(p.get("statementId")) + "}]->(b) SET r = " + CypherLiteral.of(p) + ";\n");
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Record> read(String query) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(query)).list());
        }
    }

    private static Map<String, Object> endpoint(Record r, String end) {
        List<String> labels = new ArrayList<>(r.get(end + "Labels").asList(Value::asString));
        labels.remove("Entity");
        labels.sort(null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", r.get(end + "Name").asString());
        result.put("labels", labels);
        return result;
    }

    /** Driver values as plain Java, keys sorted, dates as LocalDate. */
    private static Map<String, Object> plain(Value map) {
        Map<String, Object> result = new TreeMap<>();
        map.asMap(v -> v.asObject()).forEach(result::put);
        return result;
    }
}
