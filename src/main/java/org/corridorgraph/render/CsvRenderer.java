package org.corridorgraph.render;

import java.util.List;
import java.util.Map;

import org.corridorgraph.query.QueryResult;

/** The result table as RFC 4180 CSV: a header row, CRLF line ends, values flattened as {@link Cells} reads them. */
final class CsvRenderer implements Renderer {
    private static final String CRLF = "\r\n";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public boolean supports(QueryResult result) {
        return true;
    }

    @Override
    public String render(QueryResult result) {
        List<String> columns = result.columns();
        StringBuilder out = new StringBuilder();
        record(out, columns);
        for (Map<String, Object> row : result.rows()) {
            record(out, columns.stream().map(c -> Cells.text(row.get(c))).toList());
        }
        return out.toString();
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
