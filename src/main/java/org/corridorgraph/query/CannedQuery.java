package org.corridorgraph.query;

import java.util.List;
import java.util.Optional;

/** A query from cypher/queries/NAME.cypher: its header and its Cypher text (header included). */
public record CannedQuery(String name, String description, List<QueryParam> params, List<QueryExample> examples,
                          String cypher, String file) {
    public Optional<QueryParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
