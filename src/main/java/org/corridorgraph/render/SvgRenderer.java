package org.corridorgraph.render;

import java.util.Optional;

import org.corridorgraph.query.QueryResult;
import org.corridorgraph.render.picture.Diagram;
import org.corridorgraph.render.picture.Layouts;
import org.corridorgraph.render.picture.SvgWriter;
import org.corridorgraph.render.picture.TextMetrics;
import org.corridorgraph.seed.Schema;

/**
 * Every answer as a standalone SVG picture with a layout that fits its shape (see
 * {@link #diagram}): routes left to right wrapped to the page, memberships as two sides,
 * sanctions and views as who acts on what, paths as chains from end to end, neighbourhoods and
 * evidence as a centre with its relationships grouped around it. Positions come from Eclipse ELK; labels are measured in DejaVu
 * Sans, so boxes fit their names and no two overlap. Each picture has a title and a description of
 * what it shows.
 *
 * <p>Stateless: every call builds and lays out its own graphs, so concurrent calls are safe, and
 * the same answer always gives the same text.
 */
final class SvgRenderer implements Renderer {
    private final AnswerDiagrams diagrams;
    private final Layouts layouts;
    private final SvgWriter writer;

    /** @param schema colours each node by its label's style */
    SvgRenderer(Schema schema) {
        TextMetrics metrics = TextMetrics.dejaVuSans();
        this.diagrams = new AnswerDiagrams(schema);
        this.layouts = new Layouts(metrics);
        this.writer = new SvgWriter(metrics);
    }

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public String mediaType() {
        return "image/svg+xml";
    }

    @Override
    public boolean drawsGraphs() {
        return true;
    }

    @Override
    public boolean supports(QueryResult result) {
        return diagram(result).isPresent();
    }

    @Override
    public String render(QueryResult result) {
        Diagram diagram = diagram(result).orElseThrow(() -> new IllegalArgumentException("the result of " + result.query()
                + " has nothing to draw (no rows, or no nodes, links or paths in a table); use json, csv or md"));
        return writer.write(diagram, layouts.place(diagram));
    }

    /**
     * The picture for the answer's shape, by the canned query that gave it (an asked question draws
     * as its query does): the one place that chooses what to draw and how to lay it out. Empty when
     * the answer has nothing to draw.
     */
    private Optional<Diagram> diagram(QueryResult result) {
        Diagram diagram = switch (result.query()) {
            case "routes" -> diagrams.route(result);
            case "path" -> diagrams.chains(result);
            case "members", "memberships", "blocMembers" -> diagrams.memberships(result);
            case "sanctions" -> diagrams.sanctions(result);
            case "views" -> diagrams.views(result);
            case "evidence" -> diagrams.evidence(result);
            case "summits" -> diagrams.summits(result);
            case "conflicts" -> diagrams.conflicts(result);
            case "chokepoints" -> diagrams.chokepoints(result);
            default -> diagrams.graph(result); // neighbourhood and every other answer with nodes, links or paths
        };
        return diagram.boxes().isEmpty() ? Optional.empty() : Optional.of(diagram);
    }
}
