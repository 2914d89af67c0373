package org.corridorgraph.corpus;

import java.util.List;

/**
 * What a reader can tell about an article from its text alone, for an article the seed data has no
 * sources.jsonl line for yet. Unknowns stay null, and the notes say why.
 *
 * @param sourceId  the article's document id
 * @param title     the first heading line, or null when the article opens without one
 * @param published the publication date as far as the text gives it (a dateline's year is often
 *                  unknown: see {@link PartialDate#yearKnown()}), or null
 * @param agency    the news agency a dateline names, or null
 * @param place     the place a dateline names, as written, or null
 * @param notes     why each unknown is unknown, and where each guess came from
 */
public record ArticleMetadata(String sourceId, String title, PartialDate published, String agency, String place,
                              List<String> notes) {
}
