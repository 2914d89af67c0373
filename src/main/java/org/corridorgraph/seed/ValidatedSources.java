package org.corridorgraph.seed;

import java.util.List;
import java.util.Map;

import org.corridorgraph.corpus.Article;

/**
 * The checked lines of sources.jsonl, by article id.
 *
 * @param warnings articles read that sources.jsonl does not describe
 */
public record ValidatedSources(Map<String, ValidatedSource> byId, List<String> warnings) {
    public static final ValidatedSources NONE = new ValidatedSources(Map.of(), List.of());

    /** The article's line, or what the reader found when it has none. */
    public ValidatedSource of(Article article) {
        ValidatedSource line = byId.get(article.id());
        return line != null ? line : ValidatedSource.readFrom(article);
    }
}
