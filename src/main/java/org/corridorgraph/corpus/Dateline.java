package org.corridorgraph.corpus;

import java.time.Month;

/**
 * The news agency's dateline the reader found before an article's first sentence, as in
 * "CITY, May 5. /AGENCY/.": what it says, kept after the dateline itself left the body.
 *
 * @param line   file line of the paragraph it opened
 * @param text   the dateline as written
 * @param place  the place in capitals, as written
 * @param month  the month it names, or null when it names none
 * @param day    the day of the month, or null
 * @param year   the year, or null: datelines usually give none
 * @param agency the agency between slashes or brackets
 */
public record Dateline(int line, String text, String place, Month month, Integer day, Integer year, String agency) {
    /**
     * The date it gives (the year often unknown), or null when it names no date or a day the month
     * does not have.
     */
    public PartialDate date() {
        if (month == null) {
            return null;
        }
        try {
            return new PartialDate(year, month.getValue(), day);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
