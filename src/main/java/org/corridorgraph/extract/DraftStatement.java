package org.corridorgraph.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.seed.Location;

/**
 * A proposed statement: the statements.jsonl fields, plus extract's confidence and rule. Subject,
 * object and speaker name either seed entities or entities of the same draft.
 *
 * @param speaker null unless the kind is reported
 * @param at      its line in the draft's statements.jsonl; an edit from the review page keeps the line it edits
 */
public record DraftStatement(String id, String subject, String type, String object, ObjectNode props, String kind,
                             String speaker, String source, String anchor, double confidence, String rule, Location at) {
}
