package org.corridorgraph.resources;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher statements kept as .cypher files under cypher/, looked up by name (as jdbi does with SQL),
 * so no query is built from strings or buried in Java. A missing file fails naming its path.
 */
public final class CypherLibrary {
    private final ProjectFolder folder;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public CypherLibrary(ProjectFolder folder) {
        this.folder = folder;
    }

    public ProjectFolder folder() {
        return folder;
    }

    /** The statement in cypher/NAME.cypher, its comment lines removed. */
    public String get(String name) {
        return cache.computeIfAbsent(name, n -> stripComments(folder.read(n + ".cypher")));
    }

    static String stripComments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("//")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }
}
