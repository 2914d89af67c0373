package org.corridorgraph.render;

import org.corridorgraph.query.QueryResult;

/** One question of a report and its answer. */
public record ReportSection(String question, QueryResult result) {
}
