package org.corridorgraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.schema.IndexCreator;
import org.neo4j.graphdb.schema.IndexSetting;
import org.neo4j.graphdb.schema.IndexType;
import org.neo4j.graphdb.schema.Schema;

/**
 * One statement of cypher/schema.cypher in a form {@code corridor-graph schema} writes, made through
 * the embedded schema API instead of Cypher. On a fresh store the schema is some 70 statements, and
 * Cypher parses and plans each in a JVM that has compiled nothing yet: about 3 s of a first start on
 * two CPUs, where the API takes milliseconds. A statement in any other form (one a person added by
 * hand, say) is not parsed here and runs as Cypher.
 *
 * @param kind       what it makes
 * @param name       the constraint's or index's name
 * @param relationships whether it is over relationship types rather than labels
 * @param tokens     the labels or relationship types
 * @param properties the properties, in order
 * @param analyzer   a full-text index's analyzer; null for the default
 */
record SchemaStatement(Kind kind, String name, boolean relationships, List<String> tokens, List<String> properties, String analyzer) {
    enum Kind { UNIQUE, RANGE_INDEX, FULLTEXT_INDEX }

    /** {@code (n:Label)} or {@code ()-[r:TYPE|TYPE]-()}: groups var, tokens (node) or rvar, rtokens (relationship). */
    private static final String ENTITY = "(?:\\((?<var>\\w+):(?<tokens>[\\w|]+)\\)|\\(\\)-\\[(?<rvar>\\w+):(?<rtokens>[\\w|]+)\\]-\\(\\))";
    private static final Pattern UNIQUE = Pattern.compile(
            "CREATE CONSTRAINT (?<name>\\w+) IF NOT EXISTS FOR " + ENTITY + " REQUIRE \\w+\\.(?<property>\\w+) IS UNIQUE");
    private static final Pattern RANGE = Pattern.compile(
            "CREATE INDEX (?<name>\\w+) IF NOT EXISTS FOR " + ENTITY + " ON \\(\\w+\\.(?<property>\\w+)\\)");
    private static final Pattern FULLTEXT = Pattern.compile(
            "CREATE FULLTEXT INDEX (?<name>\\w+) IF NOT EXISTS FOR " + ENTITY + " ON EACH \\[(?<properties>[\\w., ]+)\\]"
            + "(?: OPTIONS \\{indexConfig: \\{`fulltext\\.analyzer`: '(?<analyzer>\\w+)'\\}\\})?");

    /** The statement as something the API can make, or empty when it is in another form. */
    static Optional<SchemaStatement> parse(String statement) {
        String text = Arrays.stream(statement.split("\n")).filter(line -> !line.strip().startsWith("//"))
                .map(String::strip).reduce((a, b) -> a + " " + b).orElse("");
        Matcher m = UNIQUE.matcher(text);
        if (m.matches()) {
            return Optional.of(of(Kind.UNIQUE, m, List.of(m.group("property")), null));
        }
        m = RANGE.matcher(text);
        if (m.matches()) {
            return Optional.of(of(Kind.RANGE_INDEX, m, List.of(m.group("property")), null));
        }
        m = FULLTEXT.matcher(text);
        if (m.matches()) {
            List<String> properties = Arrays.stream(m.group("properties").split(","))
                    .map(p -> p.strip().replaceFirst("^\\w+\\.", "")).toList();
            return Optional.of(of(Kind.FULLTEXT_INDEX, m, properties, m.group("analyzer")));
        }
        return Optional.empty();
    }

    private static SchemaStatement of(Kind kind, Matcher m, List<String> properties, String analyzer) {
        boolean relationships = m.group("rtokens") != null;
        List<String> tokens = List.of((relationships ? m.group("rtokens") : m.group("tokens")).split("\\|"));
        return new SchemaStatement(kind, m.group("name"), relationships, tokens, properties, analyzer);
    }

    /** Makes it in SCHEMA's transaction. */
    void create(Schema schema) {
        switch (kind) {
            case UNIQUE -> {
                if (tokens.size() != 1) {
                    throw new IllegalStateException("a uniqueness constraint covers one label or type: " + name);
                }
                (relationships ? schema.constraintFor(RelationshipType.withName(tokens.get(0))) : schema.constraintFor(Label.label(tokens.get(0))))
                        .assertPropertyIsUnique(properties.get(0)).withName(name).create();
            }
            case RANGE_INDEX -> on(indexFor(schema)).withIndexType(IndexType.RANGE).withName(name).create();
            case FULLTEXT_INDEX -> {
                IndexCreator index = on(indexFor(schema)).withIndexType(IndexType.FULLTEXT).withName(name);
                (analyzer == null ? index : index.withIndexConfiguration(Map.of(IndexSetting.fulltext_Analyzer(), analyzer))).create();
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private IndexCreator indexFor(Schema schema) {
        if (tokens.size() == 1) {
            return relationships ? schema.indexFor(RelationshipType.withName(tokens.get(0))) : schema.indexFor(Label.label(tokens.get(0)));
        }
        return relationships ? schema.indexFor(tokens.stream().map(RelationshipType::withName).toArray(RelationshipType[]::new))
                : schema.indexFor(tokens.stream().map(Label::label).toArray(Label[]::new));
    }

    private IndexCreator on(IndexCreator index) {
        IndexCreator with = index;
        for (String property : properties) {
            with = with.on(property);
        }
        return with;
    }
}
