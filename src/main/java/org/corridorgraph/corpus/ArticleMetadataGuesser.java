package org.corridorgraph.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses an article's title, publication date and agency from what {@link ArticleReader} found:
 * the first heading line and a news agency's dateline. It never invents: without a heading there is
 * no title, and a dateline without a year gives a date whose year is unknown.
 */
public final class ArticleMetadataGuesser {
    public ArticleMetadata guess(Article article) {
        List<String> notes = new ArrayList<>();
        String file = article.id() + ".txt";
        String title = article.heading();
        if (title == null) {
            notes.add(file + ": no heading line before the first sentence, so no title");
        } else {
            notes.add(file + ": title from the first heading line");
        }
        Dateline dateline = article.dateline();
        PartialDate published = null;
        if (dateline == null) {
            notes.add(file + ": no news agency dateline, so the publication date is unknown");
        } else {
            published = dateline.date();
            String at = file + ":" + dateline.line() + ": dateline \"" + dateline.text() + "\"";
            if (published == null) {
                notes.add(at + (dateline.month() == null ? " gives no date" : " gives a day its month does not have")
                        + ", so the publication date is unknown");
            } else if (!published.yearKnown()) {
                notes.add(at + " gives " + published + ": it names no year, so the publication year is unknown");
            } else {
                notes.add(at + " gives the publication date " + published);
            }
        }
        return new ArticleMetadata(article.id(), title, published, dateline == null ? null : dateline.agency(),
                dateline == null ? null : dateline.place(), List.copyOf(notes));
    }
}
