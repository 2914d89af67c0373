package org.corridorgraph.seed;

import java.util.LinkedHashMap;
import java.util.Map;

import org.corridorgraph.corpus.Article;

/**
 * What the graph's Source node says about an article: its title, whether the article gave it, when it
 * was published and where it came from.
 *
 * @param titleGiven false when the article has no headline and the title is ours
 * @param published  yyyy, yyyy-mm or yyyy-mm-dd (the schema's partialDate), or null when unknown
 * @param origin     the article's address or a description of where it appeared, or null when unknown
 */
public record ValidatedSource(String id, String title, boolean titleGiven, String published, String origin) {
    /** An article sources.jsonl does not describe: the title the reader found, nothing else known. */
    public static ValidatedSource readFrom(Article article) {
        return new ValidatedSource(article.id(), article.title(), article.heading() != null, null, null);
    }

    /** The Source node's properties; unknown values are left out, so the node has no such property. */
    public Map<String, Object> row(Article article) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("title", title);
        row.put("titleGiven", titleGiven);
        if (published != null) {
            row.put("published", published);
        }
        if (origin != null) {
            row.put("origin", origin);
        }
        row.put("file", article.file().getFileName().toString());
        row.put("paragraphs", article.paragraphs().size());
        row.put("sentences", article.sentences().size());
        row.put("captions", article.captions().size());
        return row;
    }
}
