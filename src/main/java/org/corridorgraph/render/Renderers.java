package org.corridorgraph.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.seed.Schema;

/** Every renderer, by format name and by Accept header. Built once per composition root. */
public final class Renderers {
    private final Map<String, Renderer> byFormat = new LinkedHashMap<>();

    /** For the API: compact JSON; pictures coloured by the schema's label styles. */
    public Renderers(ObjectMapper mapper, Schema schema) {
        this(new JsonRenderer(mapper, false), schema);
    }

    /** For people: the CLI writes indented JSON. */
    public static Renderers forReading(ObjectMapper mapper, Schema schema) {
        return new Renderers(new JsonRenderer(mapper, true), schema);
    }

    private Renderers(JsonRenderer json, Schema schema) {
        // order matters: on a tie (*/*, text/*, image/*) the earlier renderer wins, so JSON is the default and PNG the
        // image; PNG and PDF are copies of the SVG picture
        SvgRenderer svg = new SvgRenderer(schema);
        for (Renderer r : List.of(json, new CsvRenderer(), new MarkdownRenderer(), new PngRenderer(svg),
                new PdfRenderer(svg, PictureFonts.installed()), new MermaidRenderer(schema), svg)) {
            byFormat.put(r.format(), r);
        }
    }

    /** The renderer for a format name such as "csv", in any case. */
    public Optional<Renderer> byFormat(String format) {
        return format == null ? Optional.empty() : Optional.ofNullable(byFormat.get(format.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The renderer an Accept header prefers: highest q, then the most specific range, then the range
     * the header names first. {@code *}{@code /*} and {@code application/*} give JSON; no header gives
     * JSON; empty when the header accepts none of the formats.
     */
    public Optional<Renderer> byAccept(String acceptHeader) {
        return byAccept(acceptHeader, r -> true);
    }

    /** As {@link #byAccept(String)}, among the renderers that can show this result. */
    public Optional<Renderer> byAccept(String acceptHeader, QueryResult result) {
        return byAccept(acceptHeader, r -> r.supports(result));
    }

    /** Every renderer, JSON first. */
    public List<Renderer> all() {
        return List.copyOf(byFormat.values());
    }

    /** The format names, JSON first. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    private Optional<Renderer> byAccept(String acceptHeader, Predicate<Renderer> usable) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return byFormat.values().stream().filter(usable).findFirst();
        }
        List<MediaRange> ranges = MediaRange.parse(acceptHeader);
        Renderer best = null;
        Match bestMatch = null;
        for (Renderer renderer : byFormat.values()) {
            if (!usable.test(renderer)) {
                continue;
            }
            Match match = match(ranges, renderer.mediaType());
            if (match != null && match.q() > 0 && (bestMatch == null || match.beats(bestMatch))) {
                best = renderer;
                bestMatch = match;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most specific range naming the media type decides its q (RFC 9110, 12.5.1). */
    private static Match match(List<MediaRange> ranges, String mediaType) {
        Match found = null;
        for (MediaRange range : ranges) {
            int specificity = range.specificity(mediaType);
            if (specificity >= 0 && (found == null || specificity > found.specificity())) {
                found = new Match(range.q(), specificity, range.position());
            }
        }
        return found;
    }

    private record Match(double q, int specificity, int position) {
        boolean beats(Match other) {
            if (q != other.q) {
                return q > other.q;
            }
            if (specificity != other.specificity) {
                return specificity > other.specificity;
            }
            return position < other.position;
        }
    }
}
