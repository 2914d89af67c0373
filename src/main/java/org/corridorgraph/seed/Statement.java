package org.corridorgraph.seed;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One claim: subject, relationship type, object and properties, with its provenance. Article
 * statements carry a source document id and a short verbatim anchor; background statements carry
 * the source "background" and a public reference instead.
 */
public record Statement(String id, String subject, String type, String object, Map<String, JsonNode> props,
                        String kindText, String speaker, String source, String anchor, String reference, Location at) {
    public static final String BACKGROUND = "background";

    public boolean isBackground() {
        return BACKGROUND.equals(source);
    }
}
