package org.corridorgraph.importer;

import java.util.List;
import java.util.Map;

/**
 * What the graph holds after an import, read back from the database.
 *
 * @param statementsByKind fact, assessment, reported, and background
 * @param written          how the import wrote the graph, as a terminal shows it ("in one transaction")
 */
public record ImportSummary(Map<String, Long> nodesByLabel, Map<String, Long> relationshipsByType,
                            Map<String, Long> statementsByKind, long sentencesCited, long sentencesTotal,
                            boolean changed, List<String> notes, String written) {
    static final String ONE_TRANSACTION = "in one transaction";

    /** The same counts, written another way. */
    ImportSummary writtenAs(String how) {
        return new ImportSummary(nodesByLabel, relationshipsByType, statementsByKind, sentencesCited, sentencesTotal, changed, notes, how);
    }
}
