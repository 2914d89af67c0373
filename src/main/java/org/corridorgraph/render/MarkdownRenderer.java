package org.corridorgraph.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corridorgraph.query.Citation;
import org.corridorgraph.query.QueryResult;

/**
 * The result as a Markdown table (no heading), values flattened as {@link Cells} reads them, then
 * the cited sentences as a numbered list: {@code 1. "sentence" — source}.
 */
final class MarkdownRenderer implements Renderer {
    @Override
    public String format() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public boolean supports(QueryResult result) {
        return true;
    }

    @Override
    public String render(QueryResult result) {
        String citations = citations(result);
        return preface(result) + table(result) + (citations.isEmpty() ? "" : "\n" + citations);
    }

    /** For an answer to a question: what it abstains from, how it was found, how names were read. */
    String preface(QueryResult result) {
        StringBuilder out = new StringBuilder();
        if (result.asked() != null && result.asked().abstained()) {
            out.append("**").append(oneLine(result.asked().answer())).append("**\n\n");
        }
        if (result.asked() != null) {
            out.append("_").append(oneLine(result.asked().how())).append("_\n\n");
        }
        for (String note : result.notes()) {
            out.append("_Note: ").append(oneLine(note)).append("_\n");
        }
        if (!result.notes().isEmpty()) {
            out.append('\n');
        }
        return out.toString();
    }

    /** The table, with a note when the row cap cut it. */
    String table(QueryResult result) {
        StringBuilder out = new StringBuilder();
        if (result.rows().isEmpty()) {
            out.append("_No rows._\n");
        } else {
            table(out, result.columns(), result.rows());
        }
        if (result.truncated()) {
            out.append("\n_Truncated: only the first ").append(result.rows().size())
                    .append(result.rows().size() == 1 ? " row is" : " rows are").append(" shown._\n");
        }
        return out.toString();
    }

    /** The numbered list of cited sentences with their source; empty when nothing is cited. */
    String citations(QueryResult result) {
        StringBuilder out = new StringBuilder();
        for (Citation c : once(result.citations().list())) {
            out.append(c.number()).append(". \"").append(oneLine(c.text())).append('"');
            if (c.source() != null && !c.source().isBlank()) {
                out.append(" — ").append(oneLine(c.source()));
            }
            if (c.caption()) {
                out.append(" (photo caption)");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> columns, List<Map<String, Object>> rows) {
        line(out, columns.stream().map(MarkdownRenderer::cell).toList());
        line(out, columns.stream().map(c -> "---").toList());
        for (Map<String, Object> row : rows) {
            line(out, columns.stream().map(c -> cell(Cells.text(row.get(c)))).toList());
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    /** A pipe would end the cell and a newline the row. */
    static String cell(String text) {
        return text.replace("\\|", "\\\\|").replace("|", "\\|").replaceAll("\r\n|\r|\n", "<br>");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*(\r\n|\r|\n)\\s*", " ").strip();
    }

    /** Each citation once, by number. */
    private static List<Citation> once(List<Citation> citations) {
        Map<Integer, Citation> byNumber = new TreeMap<>();
        for (Citation c : citations == null ? List.<Citation>of() : citations) {
            byNumber.putIfAbsent(c.number(), c);
        }
        return byNumber.values().stream().sorted(Comparator.comparingInt(Citation::number)).toList();
    }
}
