package org.corridorgraph.importer;

import java.util.List;
import java.util.Map;

/**
 * What the graph holds after an import, read back from the database.
 *
 * @param statementsByKind fact, assessment, reported, and background
 */
public record ImportSummary(Map<String, Long> nodesByLabel, Map<String, Long> relationshipsByType,
                            Map<String, Long> statementsByKind, long sentencesCited, long sentencesTotal,
                            boolean changed, List<String> notes) {
}
