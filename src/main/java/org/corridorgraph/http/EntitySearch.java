package org.corridorgraph.http;

import java.util.List;

import org.corridorgraph.query.EntityRef;

/** GET /api/entities?q=…: the entities whose names or aliases match, best first. */
public record EntitySearch(String query, List<EntityRef> entities) {
}
