package org.corridorgraph.extract;

import java.util.List;

/**
 * An entity named in a sentence: a seed entity, a state from the reference list, or a new entity
 * extract proposes, with where the sentence names it.
 *
 * @param possessive the name is written with 's ("Russia's"), so what follows belongs to it
 */
record Ref(String id, String name, List<String> labels, boolean inSeed, int start, int end, String surface, boolean possessive) {
    /** A resolver entry named at [start, end) of the sentence. */
    static Ref of(org.corridorgraph.seed.NameResolver.Known k, int start, int end, String surface, boolean possessive) {
        return new Ref(k.id(), k.name(), k.labels(), k.inSeed(), start, end, surface, possessive);
    }

    boolean is(String label) {
        return labels.contains(label);
    }

    boolean isAny(List<String> wanted) {
        return labels.stream().anyMatch(wanted::contains);
    }
}
