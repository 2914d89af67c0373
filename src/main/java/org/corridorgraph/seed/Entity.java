package org.corridorgraph.seed;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A named thing as written in seed-data/entities.jsonl; `props` are still raw JSON. */
public record Entity(String id, String name, List<String> labels, List<String> aliases, Map<String, JsonNode> props,
                     Location at) {
}
