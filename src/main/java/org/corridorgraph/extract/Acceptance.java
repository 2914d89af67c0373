package org.corridorgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What accepting a draft did (or, from {@link DraftAcceptor#plan}, would do): the final id of each
 * accepted candidate, what was skipped and why, and the seed files written.
 *
 * @param sourceAdded whether the article's line was added to sources.jsonl
 * @param written     the seed files replaced, by name; empty when nothing changed
 */
public record Acceptance(List<AcceptedEntity> entities, List<AcceptedStatement> statements, List<Skipped> skipped,
                         boolean sourceAdded, List<String> written) {

    /** How a draft entity ended up in the seed data. */
    public enum Outcome {
        /** Added under its draft id. */
        ADDED,
        /** Added under a fresh id: an existing entity of another name had the draft id. */
        RENAMED,
        /** Not added: an existing entity of the same name (or alias) is used instead. */
        REUSED
    }

    public record AcceptedEntity(String draftId, String id, String name, Outcome outcome) {
    }

    public record AcceptedStatement(String draftId, String id) {
    }

    /** A candidate left out, and why (already in the seed data, the same as another candidate). */
    public record Skipped(String draftId, String reason) {
    }

    public boolean changed() {
        return !written.isEmpty();
    }

    /** The summary accept prints, one line each. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (AcceptedEntity e : entities) {
            lines.add(switch (e.outcome()) {
                case ADDED -> "entity " + e.draftId() + " added as " + e.id() + " (" + e.name() + ")";
                case RENAMED -> "entity " + e.draftId() + " added as " + e.id() + " (" + e.name() + "): the id "
                        + e.draftId() + " belongs to another entity";
                case REUSED -> "entity " + e.draftId() + " is the existing " + e.id() + " (" + e.name() + "); not added again";
            });
        }
        statements.forEach(s -> lines.add("statement " + s.draftId() + " added as " + s.id()));
        skipped.forEach(s -> lines.add("skipped " + s.draftId() + ": " + s.reason()));
        if (sourceAdded) {
            lines.add("source line added to sources.jsonl");
        }
        lines.add(written.isEmpty() ? "nothing changed: the seed data already holds what was chosen"
                : "written: " + String.join(", ", written));
        return lines;
    }
}
