package org.corridorgraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.corridorgraph.seed.RelationshipDef;
import org.corridorgraph.seed.Schema;
import org.corridorgraph.seed.ValidatedEntity;

/**
 * Each relationship in words, stored as its {@code text} for the full-text index that ask's
 * retrieval ranks: the two ends by name and alias, the type in words and the schema's description
 * of it, the statement's own values, a Measurement's figure written as people write it, and the
 * speaker. Words only a reader needs; no provenance ids.
 */
final class StatementText {
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");

    private final Map<String, ValidatedEntity> entities;
    private final Schema schema;
    /** Each entity in words, made once: an entity ends many relationships. Rows are made on several threads. */
    private final Map<String, String> named = new ConcurrentHashMap<>();

    StatementText(List<ValidatedEntity> entities, Schema schema) {
        this.entities = entities.stream().collect(Collectors.toMap(ValidatedEntity::id, Function.identity(), (a, b) -> a));
        this.schema = schema;
    }

    String of(StatedRelation relation) {
        List<String> parts = new ArrayList<>();
        parts.add(named(relation.subject()) + " " + relation.type().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                + named(relation.object()) + ".");
        List<String> values = new ArrayList<>();
        relation.props().forEach((k, v) -> values.add(Boolean.TRUE.equals(v) ? words(k) : Boolean.FALSE.equals(v) ? "" : flat(v)));
        values.removeIf(String::isBlank);
        if (!values.isEmpty()) {
            parts.add(String.join("; ", values) + ".");
        }
        String speaker = relation.speaker();
        if (speaker != null) {
            parts.add("Said by " + named(speaker) + ".");
        }
        RelationshipDef def = schema.relationships().get(relation.type());
        if (def != null && def.description() != null) {
            parts.add(def.description());
        }
        return String.join(" ", parts);
    }

    private String named(String id) {
        return named.computeIfAbsent(id, this::entity);
    }

    /** The entity's name and aliases, and for a Measurement its figure and what it measures. */
    private String entity(String id) {
        ValidatedEntity e = entities.get(id);
        if (e == null) {
            return id;
        }
        StringBuilder out = new StringBuilder(e.name());
        if (!e.aliases().isEmpty()) {
            out.append(" (").append(String.join(", ", e.aliases())).append(')');
        }
        if (e.labels().contains("Measurement")) {
            Object value = e.props().get("value");
            if (value instanceof Number n) {
                out.append(" (").append(figure(n.doubleValue(), String.valueOf(e.props().getOrDefault("unit", ""))));
                for (String k : List.of("metric", "status", "year", "approximation", "qualifier")) {
                    Object v = e.props().get(k);
                    if (v != null) {
                        out.append(", ").append(flat(v));
                    }
                }
                out.append(')');
            }
        }
        return out.toString();
    }

    /** 340000000 USD reads "340000000 340 million USD", 40 percent "40 40% percent": the digits a question may give. */
    static String figure(double value, String unit) {
        String whole = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        StringBuilder out = new StringBuilder(whole);
        for (double[] scale : new double[][]{{1e9, 0}, {1e6, 1}, {1e3, 2}}) {
            if (Math.abs(value) >= scale[0]) {
                double scaled = value / scale[0];
                String word = scale[1] == 0 ? "billion" : scale[1] == 1 ? "million" : "thousand";
                out.append(' ').append(scaled == Math.rint(scaled) ? String.valueOf((long) scaled) : String.valueOf(scaled)).append(' ').append(word);
                break;
            }
        }
        if (unit.equals("percent")) {
            out.append(' ').append(whole).append('%');
        }
        return out.append(' ').append(unit).toString().strip();
    }

    private static String flat(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }

    /** camelCase key as words: longStanding → long standing. */
    private static String words(String key) {
        return CAMEL_HUMP.matcher(key).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
    }
}
