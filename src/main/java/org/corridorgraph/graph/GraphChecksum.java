package org.corridorgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * The whole graph reduced to counts and one SHA-256: every node's labels and properties, every
 * relationship's type, properties and both ends' properties, sorted, so internal ids and store
 * order do not matter. Two graphs with the same snapshot hold the same data.
 */
public final class GraphChecksum {
    public record Snapshot(long nodes, long relationships, String checksum) {
        public Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nodes", nodes);
            out.put("relationships", relationships);
            out.put("checksum", checksum);
            return out;
        }

        @Override
        public String toString() {
            return nodes + " nodes, " + relationships + " relationships, sha256 " + checksum.substring(0, 16) + "…";
        }
    }

    private GraphChecksum() {
    }

    public static Snapshot of(Driver driver) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> nodes = new ArrayList<>();
                tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r -> nodes.add(node(r)));
                List<String> rels = new ArrayList<>();
                tx.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS al, properties(a) AS a, properties(r) AS props,"
                        + " labels(b) AS bl, properties(b) AS b").forEachRemaining(r -> rels.add(relationship(r)));
                return new Snapshot(nodes.size(), rels.size(), digest(nodes, rels));
            });
        }
    }

    /** Counts only, for graphs too large to be worth a checksum. */
    public static long[] counts(Driver driver) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new long[]{
                    tx.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong(),
                    tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong()});
        }
    }

    private static String node(Record r) {
        return labels(r.get("labels")) + canonical(r.get("props"));
    }

    private static String relationship(Record r) {
        return r.get("type").asString() + "|" + labels(r.get("al")) + canonical(r.get("a")) + "|" + canonical(r.get("props"))
                + "|" + labels(r.get("bl")) + canonical(r.get("b"));
    }

    /** Labels in the canonical form every graph digest uses: sorted, as text. */
    public static String labels(Value labels) {
        return labels.asList(Value::asString).stream().sorted().toList().toString();
    }

    /** Properties in the canonical form every graph digest uses: sorted by key, as text. */
    public static String canonical(Value props) {
        return new TreeMap<>(props.asMap()).toString();
    }

    /**
     * As {@link #canonical} gives for these stored properties once the driver has them, computed from
     * Neo4j's own values without converting them: strings, longs, doubles, booleans and arrays of them
     * print as the driver's values print (an array as its list); any other kind goes through the driver's
     * conversion ({@link Values#value(Object)}), so the text is the same whatever the store holds.
     */
    public static String canonicalStored(Map<String, Object> props) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<String, Object> property : props.entrySet()) {
            Object v = property.getValue();
            Object printed;
            if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) {
                printed = v;
            } else if (v instanceof String[] a) {
                printed = Arrays.toString(a);
            } else if (v instanceof long[] a) {
                printed = Arrays.toString(a);
            } else if (v instanceof double[] a) {
                printed = Arrays.toString(a);
            } else if (v instanceof boolean[] a) {
                printed = Arrays.toString(a);
            } else {
                return canonical(Values.value(props));
            }
            sorted.put(property.getKey(), printed);
        }
        return sorted.toString();
    }

    /** SHA-256 of lines in the order given, each ended by a newline; a null line ends a part. */
    public static String sha256(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                if (line == null) {
                    md.update((byte) 0);
                } else {
                    md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static String digest(List<String> nodes, List<String> rels) {
        List<String> lines = new ArrayList<>();
        for (List<String> part : List.of(nodes, rels)) {
            part.stream().sorted().forEach(lines::add);
            lines.add(null);
        }
        return sha256(lines);
    }
}
