package org.corridorgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What extract proposed for one article: its source, candidate entities and statements, in file order.
 *
 * @param dir the draft folder
 */
public record Draft(Path dir, DraftSource source, List<DraftEntity> entities, List<DraftStatement> statements) {
    public Optional<DraftEntity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<DraftStatement> statement(String id) {
        return statements.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The same draft with some statements replaced, by id (what the review page's edit form sends). */
    public Draft withStatements(Map<String, DraftStatement> replaced) {
        List<DraftStatement> result = new ArrayList<>();
        statements.forEach(s -> result.add(replaced.getOrDefault(s.id(), s)));
        return new Draft(dir, source, entities, List.copyOf(result));
    }
}
