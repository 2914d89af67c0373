package org.corridorgraph.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.query.Citation;
import org.corridorgraph.query.QueryResult;

/**
 * Self-contained reports for readers with no database: for each question its table, its picture,
 * a Mermaid block and the cited sentences. Markdown keeps pictures as SVG files beside it; HTML
 * inlines them.
 */
public final class ReportWriter {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Renderer mermaid;
    private final Renderer svg;

    public ReportWriter(Renderers renderers) {
        this.mermaid = renderers.byFormat("mermaid").orElseThrow();
        this.svg = renderers.byFormat("svg").orElseThrow();
    }

    /** Writes the Markdown report and its pictures; returns every file written. */
    public List<Path> markdown(String title, List<ReportSection> sections, Path out) {
        List<Path> written = new ArrayList<>();
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        String base = baseName(out);
        int n = 0;
        for (ReportSection section : sections) {
            n++;
            QueryResult r = section.result();
            md.append("## ").append(n).append(". ").append(section.question()).append("\n\n");
            md.append("_Query `").append(r.query()).append("` with ").append(params(r.params())).append("._\n\n");
            md.append(markdown.table(r)).append('\n');
            if (svg.supports(r)) {
                Path picture = sibling(out, base + "-" + n + "-" + r.query() + ".svg");
                write(picture, svg.render(r));
                written.add(picture);
                md.append("![").append(r.query()).append("](").append(picture.getFileName()).append(")\n\n");
                md.append("```mermaid\n").append(mermaid.render(r).strip()).append("\n```\n\n");
            }
            String citations = markdown.citations(r);
            md.append(citations.isEmpty() ? "_No article sentence is cited: the answer rests on background facts or on none._\n"
                    : "Sources:\n\n" + citations).append('\n');
        }
        write(out, md.toString());
        written.add(0, out);
        return written;
    }

    /** Writes one HTML file with the pictures inline. */
    public List<Path> html(String title, List<ReportSection> sections, Path out) {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}")
                .append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}")
                .append("th{background:#f4f4f4}pre{background:#f7f7f7;padding:.75rem;overflow:auto}figure{margin:1rem 0}")
                .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        int n = 0;
        for (ReportSection section : sections) {
            n++;
            QueryResult r = section.result();
            html.append("<section>\n<h2>").append(n).append(". ").append(escape(section.question())).append("</h2>\n")
                .append("<p><em>Query <code>").append(escape(r.query())).append("</code> with ").append(escape(params(r.params())))
                .append(".</em></p>\n").append(table(r));
            if (svg.supports(r)) {
                html.append("<figure>").append(stripDeclaration(svg.render(r))).append("</figure>\n")
                    .append("<pre class=\"mermaid\">").append(escape(mermaid.render(r))).append("</pre>\n");
            }
            html.append("<ol class=\"citations\">\n");
            for (Citation c : r.citations().list()) {
                html.append("<li value=\"").append(c.number()).append("\">“").append(escape(c.text())).append("” — ")
                    .append(escape(c.source())).append(c.caption() ? " (photo caption)" : "").append("</li>\n");
            }
            html.append("</ol>\n</section>\n");
        }
        write(out, html.append("</body>\n</html>\n").toString());
        return List.of(out);
    }

    private static String table(QueryResult r) {
        if (r.rows().isEmpty()) {
            return "<p>No rows.</p>\n";
        }
        StringBuilder t = new StringBuilder("<table>\n<tr>");
        r.columns().forEach(c -> t.append("<th>").append(escape(c)).append("</th>"));
        t.append("</tr>\n");
        for (Map<String, Object> row : r.rows()) {
            t.append("<tr>");
            r.columns().forEach(c -> t.append("<td>").append(escape(Cells.text(row.get(c)))).append("</td>"));
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static String params(Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> {
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                parts.add(k + " = " + Cells.text(v));
            }
        });
        return parts.isEmpty() ? "no parameters" : String.join(", ", parts);
    }

    private static String stripDeclaration(String svgText) {
        return svgText.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
    }

    private static String baseName(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path sibling(Path out, String name) {
        Path parent = out.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot write " + file + ": " + e.getMessage(), "check that the folder is writable", e);
        }
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
