package org.corridorgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * An entity the seed data lacks, as extract proposes it: the entities.jsonl line plus the draft-only
 * fields (confidence, the rule that proposed it, the sentence that introduced it).
 */
public record CandidateEntity(String id, String name, List<String> labels, List<String> aliases, Map<String, Object> props,
                              double confidence, String rule, String sentence) {
}
