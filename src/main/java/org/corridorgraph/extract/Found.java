package org.corridorgraph.extract;

import java.util.Map;

/**
 * A relation a rule read in a sentence, before it is checked against the schema: its ends, typed
 * props, and the stretch of the sentence that says it (where the anchor is taken from).
 */
record Found(String type, Ref subject, Ref object, Map<String, Object> props, String rule, double confidence,
             int from, int to) {
}
