package org.corridorgraph.query;

import java.util.List;
import java.util.Map;

/**
 * Rows as either read path gives them: strings, longs, doubles, booleans, dates, lists and maps of
 * these, and {@link GraphNode}, {@link GraphLink} and {@link GraphPath} for graph values.
 */
public record Rows(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
}
