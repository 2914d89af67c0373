package org.corridorgraph.seed;

import java.util.List;

/**
 * The seed data as read, before validation.
 *
 * @param syntaxProblems problems found while reading (bad JSON, unknown fields), reported with the rest
 */
public record SeedSet(Schema schema, List<Entity> entities, List<Statement> statements, List<Problem> syntaxProblems) {
}
