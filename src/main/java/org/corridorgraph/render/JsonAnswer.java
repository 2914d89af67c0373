package org.corridorgraph.render;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.query.Asked;
import org.corridorgraph.query.Citation;

/**
 * A result as the JSON format writes it, field by field; the API documentation is read off this
 * record, so the two cannot drift.
 *
 * @param params       as run: entity names resolved to canonical names
 * @param rows         one object per row, keyed by column, in column order
 * @param cypherParams what the Cypher ran with: entity ids
 * @param browserUrl   opens Neo4j Browser with the query and its parameters; null without Browser
 * @param truncated    true when the row cap cut the result
 * @param notes        how names were read, e.g. "Kazakstan → Kazakhstan"; may be empty
 * @param ask          for /api/ask, how the question was answered and whether it abstained; absent otherwise
 */
public record JsonAnswer(String query, String description, JsonNode params, List<String> columns, List<ObjectNode> rows,
                         String cypher, JsonNode cypherParams, String browserUrl, List<Citation> citations, boolean truncated,
                         List<String> notes,
                         @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Asked ask) {
}
