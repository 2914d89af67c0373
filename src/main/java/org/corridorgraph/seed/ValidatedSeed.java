package org.corridorgraph.seed;

import java.util.List;

import org.corridorgraph.corpus.Article;

/**
 * Seed data checked against the schema and, when a corpus was read, against its sentences.
 *
 * @param articles the articles read; empty when no corpus was available
 * @param warnings notes that do not stop an import (for example: evidence left unresolved)
 * @param sources  what sources.jsonl says of each article's publication
 */
public record ValidatedSeed(Schema schema, List<ValidatedEntity> entities, List<ValidatedStatement> statements,
                            List<Article> articles, List<String> warnings, ValidatedSources sources) {
    /** Seed data whose articles are described by what the reader found alone. */
    public ValidatedSeed(Schema schema, List<ValidatedEntity> entities, List<ValidatedStatement> statements,
                         List<Article> articles, List<String> warnings) {
        this(schema, entities, statements, articles, warnings, ValidatedSources.NONE);
    }

    public boolean evidenceResolved() {
        return !articles.isEmpty();
    }
}
