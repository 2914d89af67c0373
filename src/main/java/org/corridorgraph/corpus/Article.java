package org.corridorgraph.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An article as the importer sees it: its title, its repaired body paragraphs, its photo captions and
 * what was repaired.
 *
 * @param id       document id, the file name without .txt
 * @param title    the first heading line, or the id when the article has none
 * @param repairs  human-readable notes on each layout defect that was fixed, with file lines
 * @param captions photo captions, in file order: citable, but never part of the body's flow
 * @param heading  the first heading line, or null when the article opens without one
 * @param dateline the news agency dateline found before the first sentence, or null
 */
public record Article(String id, Path file, String title, List<Paragraph> paragraphs, List<String> repairs,
                      List<Paragraph> captions, String heading, Dateline dateline) {
    /** An article without captions, heading or dateline. */
    public Article(String id, Path file, String title, List<Paragraph> paragraphs, List<String> repairs) {
        this(id, file, title, paragraphs, repairs, List.of(), null, null);
    }

    /** Every citable sentence: the body's in order, then the captions'. */
    public List<Sentence> sentences() {
        return Stream.concat(paragraphs.stream(), captions.stream()).flatMap(p -> p.sentences().stream()).toList();
    }
}
