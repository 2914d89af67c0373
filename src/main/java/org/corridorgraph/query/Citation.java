package org.corridorgraph.query;

/**
 * One evidence sentence, numbered once per result; rows refer to it by number.
 *
 * @param caption the sentence is a photo caption, not the article's running text
 */
public record Citation(int number, String sentenceId, String source, String text, boolean caption) {
    public Citation(int number, String sentenceId, String source, String text) {
        this(number, sentenceId, source, text, false);
    }
}
