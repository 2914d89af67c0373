package org.corridorgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * What extract drafted for one article.
 *
 * @param knownEntities ids of the seed entities the article names
 * @param heldBack      candidates left out because the sentence does not assert them (a plan, a target,
 *                      an expectation) and no speaker claims them, each with its sentence id
 * @param alreadyStated relations the seed data already takes from this article, not drafted again
 * @param nearMisses names close to a seed entity's that extract kept apart (a new person sharing a seed person's surname)
 * @param empty         ids of the sentences in which nothing was found
 */
public record Extraction(DraftSource source, List<CandidateEntity> entities, List<CandidateStatement> statements,
                         List<String> knownEntities, List<String> heldBack, List<String> alreadyStated, List<String> nearMisses, List<String> empty, int sentences,
                         List<String> repairs) {
    public Map<String, Long> byType() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        statements.forEach(s -> counts.merge(s.type(), 1L, Long::sum));
        return counts;
    }
}
