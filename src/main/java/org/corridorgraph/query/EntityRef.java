package org.corridorgraph.query;

import java.util.List;

/** An entity as users name it. */
public record EntityRef(String id, String name, List<String> labels, List<String> aliases) {
}
