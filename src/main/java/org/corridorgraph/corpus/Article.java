package org.corridorgraph.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * An article as the importer sees it: its title, its repaired body paragraphs and what was repaired.
 *
 * @param id      document id, the file name without .txt
 * @param repairs human-readable notes on each layout defect that was fixed, with file lines
 */
public record Article(String id, Path file, String title, List<Paragraph> paragraphs, List<String> repairs) {
    public List<Sentence> sentences() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
    }
}
