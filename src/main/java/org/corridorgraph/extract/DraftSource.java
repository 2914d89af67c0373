package org.corridorgraph.extract;

/**
 * The article a draft was extracted from, as DIR/source.json names it.
 *
 * @param id        the article's document id: its file name without .txt
 * @param file      the article's path as it was given to extract
 * @param published yyyy, yyyy-mm or yyyy-mm-dd; null when unknown
 */
public record DraftSource(String id, String file, String title, String published, String origin) {
}
