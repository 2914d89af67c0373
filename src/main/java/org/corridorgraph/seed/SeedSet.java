package org.corridorgraph.seed;

import java.util.List;

/**
 * The seed data as read, before validation.
 *
 * @param syntaxProblems problems found while reading (bad JSON, unknown fields), reported with the rest
 * @param sources        the lines of sources.jsonl: what we know of each article's publication
 */
public record SeedSet(Schema schema, List<Entity> entities, List<Statement> statements, List<Problem> syntaxProblems,
                      List<SourceEntry> sources) {
    /** Seed data that describes no article's publication. */
    public SeedSet(Schema schema, List<Entity> entities, List<Statement> statements, List<Problem> syntaxProblems) {
        this(schema, entities, statements, syntaxProblems, List.of());
    }
}
