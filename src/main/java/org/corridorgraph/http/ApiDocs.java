package org.corridorgraph.http;

import java.util.List;

import org.corridorgraph.render.BrowserGuide;

/**
 * What the server publishes about itself: the OpenAPI document, the Neo4j Browser guide and style.
 *
 * @param browserOrigins Neo4j Browser's origins, the only ones allowed to fetch the guide cross-origin
 */
public record ApiDocs(OpenApi openApi, BrowserGuide guide, String grass, List<String> browserOrigins) {
}
