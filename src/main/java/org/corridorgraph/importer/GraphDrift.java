package org.corridorgraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the domain graph differs from what the last import wrote: entities and relationships added,
 * removed or changed since, by id. `import` repairs any difference.
 *
 * @param detailed whether the ids are known (the import kept per-element digests)
 */
public record GraphDrift(boolean matches, String recorded, String current, Differences entities, Differences relationships,
                         boolean detailed) {

    /** Ids in each kind of difference, sorted. */
    public record Differences(List<String> added, List<String> removed, List<String> changed) {
        static final Differences NONE = new Differences(List.of(), List.of(), List.of());

        static Differences between(Map<String, String> before, Map<String, String> after) {
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            after.forEach((id, digest) -> {
                String was = before.get(id);
                if (was == null) {
                    added.add(id);
                } else if (!was.equals(digest)) {
                    changed.add(id);
                }
            });
            before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(removed::add);
            return new Differences(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
        }

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }

        String describe(String kind) {
            List<String> parts = new ArrayList<>();
            part(parts, added, kind, "added");
            part(parts, removed, kind, "removed");
            part(parts, changed, kind, "changed");
            return String.join("; ", parts);
        }

        private static void part(List<String> parts, List<String> ids, String kind, String how) {
            if (!ids.isEmpty()) {
                parts.add(ids.size() + " " + kind + (ids.size() == 1 ? "" : "s") + " " + how + ": " + String.join(", ",
                        ids.size() <= 20 ? ids : ids.subList(0, 20)) + (ids.size() > 20 ? ", …" : ""));
            }
        }
    }

    static GraphDrift none(String checksum) {
        return new GraphDrift(true, checksum, checksum, Differences.NONE, Differences.NONE, true);
    }

    static GraphDrift undetailed(String recorded, String current) {
        return new GraphDrift(false, recorded, current, Differences.NONE, Differences.NONE, false);
    }

    /** One line a user reads. */
    public String describe() {
        if (matches) {
            return "the graph is what the last import wrote";
        }
        if (!detailed) {
            return "the graph differs from what the last import wrote (too large for the import to have kept which elements)";
        }
        List<String> parts = new ArrayList<>();
        if (!entities.isEmpty()) {
            parts.add(entities.describe("entity"));
        }
        if (!relationships.isEmpty()) {
            parts.add(relationships.describe("relationship"));
        }
        return "the graph differs from what the last import wrote: " + String.join("; ", parts);
    }
}
