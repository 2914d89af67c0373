package org.corridorgraph.query;

import java.util.Map;

/**
 * Parameters checked against a query's header.
 *
 * @param display as a user reads them: entity names
 * @param cypher  as the query runs with them: entity ids, typed values
 * @param notes   names read otherwise than written, e.g. "Kazakstan → Kazakhstan"
 */
public record BoundParams(Map<String, Object> display, Map<String, Object> cypher, java.util.List<String> notes) {
}
