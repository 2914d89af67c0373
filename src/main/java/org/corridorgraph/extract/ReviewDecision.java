package org.corridorgraph.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One decision from the review page.
 *
 * @param action    accept, reject or edit
 * @param statement for edit: the fields changed (type, subject, object, props, kind, speaker, anchor); null ones stay as drafted
 */
public record ReviewDecision(String id, String action, Edit statement) {
    public record Edit(String type, String subject, String object, ObjectNode props, String kind, String speaker, String anchor) {
    }
}
