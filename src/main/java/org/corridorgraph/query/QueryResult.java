package org.corridorgraph.query;

import java.util.List;
import java.util.Map;

/**
 * What a canned query answered, ready for any renderer.
 *
 * Row values are plain Java: String, Long, Double, Boolean, LocalDate, List, Map, and the graph
 * values {@link GraphNode}, {@link GraphLink} and {@link GraphPath}; a row's {@link CitationNumbers}
 * refer to the {@link #citations()} that support it.
 *
 * @param params     the parameters as run: entity names resolved to canonical names
 * @param cypher     the query text, as a user could paste it into Browser
 * @param cypherParams the parameters the Cypher ran with (entity ids), for Browser's :params
 * @param truncated  true when the row cap cut the result
 * @param browserUrl opens Neo4j Browser with this Cypher and its parameters filled in; null without Browser
 */
public record QueryResult(String query, String description, Map<String, Object> params, List<String> columns,
                          List<Map<String, Object>> rows, String cypher, Map<String, Object> cypherParams,
                          Citations citations, boolean truncated, String browserUrl) {

    /** Every node, link and path in the rows, for pictures. */
    public boolean hasGraph() {
        return rows.stream().flatMap(r -> r.values().stream()).anyMatch(QueryResult::isGraphValue);
    }

    static boolean isGraphValue(Object value) {
        if (value instanceof GraphNode || value instanceof GraphLink || value instanceof GraphPath) {
            return true;
        }
        return value instanceof List<?> list && list.stream().anyMatch(QueryResult::isGraphValue);
    }
}
