package org.corridorgraph.seed;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Derives cypher/schema.cypher from the schema: a uniqueness constraint on each label's key and on
 * each relationship type's statement id, plus the lookups the queries use. The file is committed so
 * people can read it; a test keeps it equal to what this class generates.
 */
public final class SchemaCypher {
    public static final String FILE = "schema.cypher";
    public static final String SENTENCE_TEXT = "sentence_text";
    /** Over every relationship type of the schema: a type added later needs the index made again (SchemaInstaller does). */
    public static final String STATEMENT_TEXT = "statement_text";
    /**
     * Over every relationship type, like {@link #STATEMENT_TEXT}, whole values as terms: finds a statement by its id, by
     * a sentence it cites and by its speaker without reading every relationship.
     */
    public static final String STATEMENT_KEYS = "statement_keys";
    /** Indexes earlier versions made that no query reads any more: dropped where a store still has them. */
    public static final List<String> RETIRED = List.of("statement_speakers");
    private static final String ENGLISH = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}";
    /** Whole values as one term: an entity id matches itself, not its parts. */
    private static final String KEYWORD = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}";

    public String generate(Schema schema) {
        StringBuilder out = new StringBuilder();
        out.append("// Constraints and indexes, generated from seed-data/schema.json by `corridor-graph schema`.\n")
           .append("// Edit the schema and regenerate; corridor-graph applies this file at every start.\n\n")
           .append("// importer plumbing\n");
        unique(out, "Entity", "id");
        unique(out, "Source", "id");
        unique(out, "Sentence", "id");
        unique(out, "ImportState", "id");
        out.append("CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);\n");
        out.append("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];\n");
        // ask's retrieval: the sentences and each statement in words, English analysis (stemming, stop words)
        out.append("CREATE FULLTEXT INDEX ").append(SENTENCE_TEXT).append(" IF NOT EXISTS FOR (n:Sentence) ON EACH [n.text] ")
           .append(ENGLISH).append(";\n");
        out.append("CREATE FULLTEXT INDEX ").append(STATEMENT_TEXT).append(" IF NOT EXISTS FOR ()-[r:")
           .append(String.join("|", new java.util.TreeSet<>(schema.relationships().keySet()))).append("]-() ON EACH [r.text] ")
           .append(ENGLISH).append(";\n");
        // a statement by its id, by a sentence it cites (search) and by its speaker (neighbourhood, said): relationship
        // range indexes are per type, so only a full-text index over every type finds them without reading every relationship
        out.append("CREATE FULLTEXT INDEX ").append(STATEMENT_KEYS).append(" IF NOT EXISTS FOR ()-[r:")
           .append(String.join("|", new java.util.TreeSet<>(schema.relationships().keySet())))
           .append("]-() ON EACH [r.statementId, r.evidence, r.speaker, r.speakers] ").append(KEYWORD).append(";\n");
        for (String retired : RETIRED) {
            out.append("DROP INDEX ").append(retired).append(" IF EXISTS;\n");
        }
        out.append("\n// one key per label\n");
        new TreeMap<>(schema.labels()).keySet().forEach(label -> unique(out, label, LabelDef.KEY));
        out.append("\n// one relationship per statement\n");
        for (String type : new TreeMap<>(schema.relationships()).keySet()) {
            out.append("CREATE CONSTRAINT ").append(type.toLowerCase(Locale.ROOT)).append("_statement IF NOT EXISTS FOR ()-[r:")
               .append(type).append("]-() REQUIRE r.statementId IS UNIQUE;\n");
        }
        return out.toString();
    }

    private static void unique(StringBuilder out, String label, String key) {
        out.append("CREATE CONSTRAINT ").append(snake(label)).append('_').append(key).append(" IF NOT EXISTS FOR (n:")
           .append(label).append(") REQUIRE n.").append(key).append(" IS UNIQUE;\n");
    }

    private static String snake(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
