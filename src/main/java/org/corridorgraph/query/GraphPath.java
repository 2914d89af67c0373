package org.corridorgraph.query;

import java.util.List;

/** A path in a result: its nodes in order and the links between them. */
public record GraphPath(List<GraphNode> nodes, List<GraphLink> links) {
}
