package org.corridorgraph.seed;

import java.util.List;
import java.util.Map;

import org.corridorgraph.corpus.Sentence;

/**
 * A statement that passed validation, ready to become one relationship.
 *
 * @param evidence the sentences its anchor located; empty for background, or when no corpus was read
 */
public record ValidatedStatement(String id, String type, String subject, String object, Map<String, Object> props,
                                 Kind kind, String speaker, String source, String reference, String anchor,
                                 List<Sentence> evidence) {
    public boolean isBackground() {
        return Statement.BACKGROUND.equals(source);
    }
}
