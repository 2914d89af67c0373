package org.corridorgraph.seed;

import java.util.List;
import java.util.Map;

/** An entity that passed validation; `props` hold Neo4j-ready values. */
public record ValidatedEntity(String id, String name, List<String> labels, List<String> aliases, List<String> nameKeys,
                              Map<String, Object> props) {
}
