package org.corridorgraph.query;

import java.util.List;

/** A node in a result, by its stable id: what tables name and pictures draw. */
public record GraphNode(String id, String name, List<String> labels) {
}
