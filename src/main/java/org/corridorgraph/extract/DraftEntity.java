package org.corridorgraph.extract;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.seed.Location;

/**
 * A proposed entity: the entities.jsonl fields, plus what extract knew about it.
 *
 * @param confidence how sure extract was, 0..1
 * @param rule       the extraction rule that proposed it
 * @param sentence   the id of the sentence that introduced it; may be null
 * @param at         its line in the draft's entities.jsonl
 */
public record DraftEntity(String id, String name, List<String> labels, List<String> aliases, ObjectNode props,
                          double confidence, String rule, String sentence, Location at) {
}
