package org.corridorgraph.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;


import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.query.Citation;
import org.corridorgraph.query.QueryResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Self-contained reports for readers with no database: for each question its table, its picture,
 * a Mermaid block and the cited sentences. Markdown keeps pictures as SVG files beside it, with a PNG
 * copy for editors that take no SVG; HTML inlines them; PDF lays the same page out on A4 with the
 * pictures as vectors and DejaVu Sans embedded.
 */
public final class ReportWriter {
    /** The PDF's page: A4, and the room a picture may take on it, in CSS pixels (96 to the inch). */
    private static final String PAGE = "@page{size:A4;margin:16mm}";
    private static final double PAGE_WIDTH_PX = (210 - 2 * 16) / 25.4 * 96;
    private static final double PAGE_HEIGHT_PX = 215 / 25.4 * 96;
    /** A small picture may grow this much to fill the page's width, no more: its text would grow too. */
    private static final double MOST_ENLARGED = 1.5;

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Renderer mermaid;
    private final Renderer svg;
    private final Renderer png;
    private final PictureFonts fonts;

    /** @param fonts the faces the PDF embeds; without them it uses PDF's own Helvetica */
    public ReportWriter(Renderers renderers, PictureFonts fonts) {
        this.mermaid = renderers.byFormat("mermaid").orElseThrow();
        this.svg = renderers.byFormat("svg").orElseThrow();
        this.png = renderers.byFormat("png").orElseThrow();
        this.fonts = fonts;
    }

    /** Writes the Markdown report and its pictures, each as SVG and as a PNG of this size; returns every file written. */
    public List<Path> markdown(String title, List<ReportSection> sections, Path out, PictureSize size) {
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
                String name = base + "-" + n + "-" + r.query();
                Path picture = sibling(out, name + ".svg");
                Path raster = sibling(out, name + ".png");
                write(picture, svg.render(r).getBytes(StandardCharsets.UTF_8));
                write(raster, png.render(r, size).body());
                written.add(picture);
                written.add(raster);
                md.append("![").append(r.query()).append("](").append(picture.getFileName()).append(")\n\n");
                md.append("_Also as [PNG](").append(raster.getFileName()).append(")._\n\n");
                if (mermaid.supports(r)) {
                    md.append("```mermaid\n").append(mermaid.render(r).strip()).append("\n```\n\n");
                }
            }
            String citations = markdown.citations(r);
            md.append(citations.isEmpty() ? "_No article sentence is cited: the answer rests on background facts or on none._\n"
                    : "Sources:\n\n" + citations).append('\n');
        }
        write(out, md.toString().getBytes(StandardCharsets.UTF_8));
        written.add(0, out);
        return written;
    }

    /** Writes one HTML file with the pictures inline. */
    public List<Path> html(String title, List<ReportSection> sections, Path out) {
        write(out, page(title, sections, false).getBytes(StandardCharsets.UTF_8));
        return List.of(out);
    }

    /**
     * Writes one PDF: the title, then per question its table, picture and numbered citations. The page
     * is the HTML report's, laid out by openhtmltopdf; pictures stay vectors (Batik draws them on the page).
     */
    public List<Path> pdf(String title, List<ReportSection> sections, Path out) {
        String xhtml = page(title, sections, true);
        createParent(out);
        try (OutputStream stream = Files.newOutputStream(out)) {
            // openhtmltopdf announces every font it loads; only its warnings should reach the terminal
            XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            for (PictureFonts.Face face : fonts.faces()) {
                // the page's text names DejaVu Sans; a picture may name any sans family, drawn in it too
                for (String family : PictureFonts.SANS) {
                    builder.useFont(face.file().toFile(), family, face.bold() ? 700 : 400,
                            face.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true,
                            family.equals(PictureFonts.FAMILY)
                                    ? EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG)
                                    : EnumSet.of(BaseRendererBuilder.FSFontUseCase.SVG));
                }
            }
            builder.withHtmlContent(xhtml, out.toAbsolutePath().getParent().toUri().toString());
            builder.toStream(stream);
            builder.run();
        } catch (IOException e) {
            throw new CorridorGraphException("cannot write " + out + ": " + e.getMessage(), "check that the folder is writable", e);
        }
        return List.of(out);
    }

    /** The report as XHTML, well-formed so that the PDF's layout engine reads it as browsers do. */
    private String page(String title, List<ReportSection> sections, boolean print) {
        String font = fonts.present() && print ? "'" + PictureFonts.FAMILY + "',sans-serif" : "system-ui,sans-serif";
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(escape(title)).append("</title>\n<style>\n")
                .append(print ? PAGE : "")
                .append("body{font-family:").append(font)
                .append(print ? ";font-size:10pt;color:#222}" : ";max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}")
                .append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}")
                .append(print ? "h1{font-size:18pt}h2{font-size:12pt}table{font-size:7.5pt}code{font-family:inherit}" : "")
                .append("th{background:#f4f4f4}pre{background:#f7f7f7;padding:.75rem;overflow:auto}figure{margin:1rem 0}")
                .append(print ? "figure{page-break-inside:avoid}h2{page-break-after:avoid}" : "figure svg{max-width:100%;height:auto}")
                .append("ol.citations{list-style:none;padding-left:0}ol.citations li{margin:.3rem 0}")
                .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        int n = 0;
        for (ReportSection section : sections) {
            n++;
            QueryResult r = section.result();
            html.append("<section>\n<h2>").append(n).append(". ").append(escape(section.question())).append("</h2>\n")
                .append("<p><em>Query <code>").append(escape(r.query())).append("</code> with ").append(escape(params(r.params())))
                .append(".</em></p>\n").append(table(r));
            if (svg.supports(r)) {
                String picture = svg.render(r);
                html.append("<figure>").append(print ? fitted(picture) : stripDeclaration(picture)).append("</figure>\n");
                if (!print && mermaid.supports(r)) {
                    html.append("<pre class=\"mermaid\">").append(escape(mermaid.render(r))).append("</pre>\n");
                }
            }
            if (r.citations().list().isEmpty()) {
                html.append("<p><em>No article sentence is cited: the answer rests on background facts or on none.</em></p>\n");
            } else {
                html.append("<ol class=\"citations\">\n");
                for (Citation c : r.citations().list()) {
                    html.append("<li value=\"").append(c.number()).append("\">").append(c.number()).append(". “").append(escape(c.text()))
                        .append("” — ").append(escape(c.source())).append(c.caption() ? " (photo caption)" : "").append("</li>\n");
                }
                html.append("</ol>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * The SVG scaled (by its width and height, the viewBox kept) to fit the PDF page, as Batik draws it,
     * without its XML declaration.
     */
    private static String fitted(String picture) {
        SvgFrame frame = SvgFrame.of(picture);
        double scale = Math.min(MOST_ENLARGED, Math.min(PAGE_WIDTH_PX / frame.width(), PAGE_HEIGHT_PX / frame.height()));
        Document doc = SvgForBatik.parse(SvgForBatik.adapt(picture));
        Element root = doc.getDocumentElement();
        if (!root.hasAttribute("viewBox")) {
            root.setAttribute("viewBox", "0 0 " + px(frame.width()) + " " + px(frame.height()));
        }
        root.setAttribute("width", px(frame.width() * scale));
        root.setAttribute("height", px(frame.height() * scale));
        return SvgForBatik.serialise(doc);
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

    private static void write(Path file, byte[] bytes) {
        createParent(file);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot write " + file + ": " + e.getMessage(), "check that the folder is writable", e);
        }
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CorridorGraphException("cannot write " + file + ": " + e.getMessage(), "check that the folder is writable", e);
        }
    }

    /** Text safe in XHTML, line breaks kept: markup escaped, and the characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A CSS pixel length with at most one decimal, the same on every locale. */
    private static String px(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
