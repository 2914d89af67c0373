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
 * @param notes      what the reader should know about how the parameters were read: names read
 *                   otherwise than written ("Kazakstan → Kazakhstan"); may be empty
 * @param asked      how a plain-language question was answered; null for a query run by name
 */
public record QueryResult(String query, String description, Map<String, Object> params, List<String> columns,
                          List<Map<String, Object>> rows, String cypher, Map<String, Object> cypherParams,
                          Citations citations, boolean truncated, String browserUrl, List<String> notes, Asked asked) {

    public QueryResult(String query, String description, Map<String, Object> params, List<String> columns,
                       List<Map<String, Object>> rows, String cypher, Map<String, Object> cypherParams,
                       Citations citations, boolean truncated, String browserUrl) {
        this(query, description, params, columns, rows, cypher, cypherParams, citations, truncated, browserUrl, List.of(), null);
    }

    /** This result as the answer to a question. */
    public QueryResult answering(Asked how, List<String> moreNotes) {
        List<String> all = new java.util.ArrayList<>(moreNotes);
        notes.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return new QueryResult(query, description, params, columns, rows, cypher, cypherParams, citations, truncated, browserUrl,
                List.copyOf(all), how);
    }

    /**
     * The same result with only these rows (some of its own), its citations cut to those the rows
     * cite and renumbered from 1 in the order the rows cite them.
     */
    public QueryResult withRows(List<Map<String, Object>> kept) {
        Map<Integer, Citation> byNumber = new java.util.HashMap<>();
        citations.list().forEach(c -> byNumber.put(c.number(), c));
        Map<Integer, Integer> renumbered = new java.util.LinkedHashMap<>();
        List<Citation> cited = new java.util.ArrayList<>();
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Map<String, Object> row : kept) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
            for (Map.Entry<String, Object> e : copy.entrySet()) {
                if (e.getValue() instanceof CitationNumbers numbers) {
                    List<Integer> now = new java.util.ArrayList<>();
                    for (int n : numbers.numbers()) {
                        Citation c = byNumber.get(n);
                        if (c == null) {
                            continue;
                        }
                        Integer m = renumbered.get(n);
                        if (m == null) {
                            m = cited.size() + 1;
                            renumbered.put(n, m);
                            cited.add(new Citation(m, c.sentenceId(), c.source(), c.text(), c.caption()));
                        }
                        now.add(m);
                    }
                    e.setValue(new CitationNumbers(now));
                }
            }
            rows.add(copy);
        }
        return new QueryResult(query, description, params, columns, rows, cypher, cypherParams, new Citations(cited),
                truncated && kept.size() == this.rows.size(), browserUrl, notes, asked);
    }

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
