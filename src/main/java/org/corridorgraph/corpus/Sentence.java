package org.corridorgraph.corpus;

/**
 * One sentence of an article after layout repair.
 *
 * @param sourceId  the article's document id (its file name without .txt)
 * @param paragraph 1-based number of the body paragraph
 * @param number    1-based number of the sentence within its paragraph
 * @param line      line of the article file where the paragraph starts
 */
public record Sentence(String sourceId, int paragraph, int number, int line, String text) {
    /** Stable key: the same article gives the same ids on every import. */
    public String id() {
        return sourceId + "#p" + paragraph + ".s" + number;
    }
}
