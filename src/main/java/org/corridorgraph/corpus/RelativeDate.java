package org.corridorgraph.corpus;

/**
 * A phrase of a sentence that dates something against the publication date ("last week", "on
 * Monday", "in May"), and the date it comes to.
 *
 * @param phrase   the words as the sentence has them
 * @param start    where the phrase starts in the sentence (a char index)
 * @param resolved the date or partial date it means, its year always known; null when the
 *                 publication date does not give enough to place it
 * @param note     how it was resolved, or why it was not
 */
public record RelativeDate(String phrase, int start, PartialDate resolved, String note) {
    public boolean isResolved() {
        return resolved != null;
    }

    /** The resolved value as the schema's partialDate (yyyy, yyyy-mm or yyyy-mm-dd), or null. */
    public String resolvedIso() {
        return resolved == null ? null : resolved.iso();
    }
}
