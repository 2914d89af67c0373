package org.corridorgraph.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridorgraph.seed.ValueType;

/**
 * A query from cypher/queries/NAME.cypher: its header and its Cypher text (header included).
 *
 * @param unsaid the columns whose null means the articles do not say something: when every row
 *               lacks it, an answer to a question says so instead of guessing
 */
public record CannedQuery(String name, String description, List<QueryParam> params, List<QueryColumn> columns,
                          List<Unsaid> unsaid, List<QueryExample> examples, String cypher, String file) {
    /** The columns whose values are sentence ids, which answers turn into numbered citations. */
    public Set<String> citationColumns() {
        return columns.stream().filter(c -> c.type() == ValueType.CITATIONS).map(QueryColumn::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether answers hold nodes, links or paths, which pictures can draw. */
    public boolean returnsGraph() {
        return columns.stream().anyMatch(c -> c.type().drawable());
    }

    public Optional<QueryParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
