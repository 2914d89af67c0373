package org.corridorgraph.extract;

import java.util.Map;

/**
 * A drafted statement: the statements.jsonl line (subject and object ids, a schema type, typed props,
 * kind, speaker, source, anchor) plus the draft-only confidence and rule.
 */
public record CandidateStatement(String id, String subject, String type, String object, Map<String, Object> props,
                                 String kind, String speaker, String source, String anchor, double confidence, String rule) {
}
