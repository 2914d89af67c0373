package org.corridorgraph.extract;

import java.util.Set;

/**
 * Which candidates to accept: those with at least MIN_CONFIDENCE, and when ONLY is not empty just
 * those ids (statement or entity ids of the draft). The entities a chosen statement refers to come
 * along whatever their confidence: a statement cannot be accepted without its ends.
 */
public record Selection(Set<String> only, double minConfidence, Set<String> decided) {
    public Selection {
        only = Set.copyOf(only);
        decided = Set.copyOf(decided);
    }

    public Selection(Set<String> only, double minConfidence) {
        this(only, minConfidence, Set.of());
    }

    /** The same choice, leaving out candidates the review page has decided on (unless named in ONLY). */
    public Selection besides(Set<String> reviewed) {
        return new Selection(only, minConfidence, reviewed);
    }

    public static Selection everything() {
        return new Selection(Set.of(), 0);
    }

    public static Selection of(Set<String> ids) {
        return new Selection(ids, 0);
    }

    boolean chooses(String id, double confidence) {
        return confidence >= minConfidence && (only.isEmpty() ? !decided.contains(id) : only.contains(id));
    }
}
