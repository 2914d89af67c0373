package org.corridorgraph.corpus;

/**
 * One sentence of an article after layout repair: of a body paragraph, or of a photo caption, which
 * is citable but stands apart from the body.
 *
 * @param sourceId  the article's document id (its file name without .txt)
 * @param paragraph 1-based number of the body paragraph, or of the caption among the article's captions
 * @param number    1-based number of the sentence within its paragraph or caption
 * @param line      line of the article file where the paragraph or caption starts
 * @param caption   whether it belongs to a photo caption
 */
public record Sentence(String sourceId, int paragraph, int number, int line, String text, boolean caption) {
    /** A sentence of a body paragraph. */
    public Sentence(String sourceId, int paragraph, int number, int line, String text) {
        this(sourceId, paragraph, number, line, text, false);
    }

    /**
     * Stable key: the same article gives the same ids on every import. Captions count on their own
     * (#c1.s1), so keeping them never renumbers the body's sentences (#p1.s1) that statements cite.
     */
    public String id() {
        return sourceId + (caption ? "#c" : "#p") + paragraph + ".s" + number;
    }
}
