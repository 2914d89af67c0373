package org.corridorgraph.render;

import java.util.Optional;
import java.util.Set;

import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryColumn;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.render.chart.Charts;
import org.corridorgraph.render.picture.Diagram;
import org.corridorgraph.render.picture.Layouts;
import org.corridorgraph.render.picture.SvgWriter;
import org.corridorgraph.render.picture.TextMetrics;
import org.corridorgraph.seed.Schema;

/**
 * Every answer as a standalone SVG picture with a layout that fits its shape: figures over time and
 * timelines as charts ({@link Charts}), the rest as diagrams (see {@link #diagram}): routes left to right wrapped to the page, memberships as two sides,
 * sanctions and views as who acts on what, paths as chains from end to end, neighbourhoods and
 * evidence as a centre with its relationships grouped around it. Positions come from Eclipse ELK; labels are measured in DejaVu
 * Sans, so boxes fit their names and no two overlap. Each picture has a title and a description of
 * what it shows.
 *
 * <p>Stateless: every call builds and lays out its own graphs, so concurrent calls are safe, and
 * the same answer always gives the same text.
 */
final class SvgRenderer implements Renderer {
    /** The queries {@link #diagram} draws from their rows, whatever their columns' types. */
    private static final Set<String> DIAGRAMMED = Set.of("routes", "path", "members", "memberships", "blocMembers",
            "sanctions", "views", "evidence", "summits", "conflicts", "chokepoints");

    private final Charts charts = new Charts();
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
    public boolean offers(CannedQuery query) {
        return query.returnsGraph() || DIAGRAMMED.contains(query.name())
                || charts.draws(query.columns().stream().map(QueryColumn::name).toList());
    }

    @Override
    public boolean supports(QueryResult result) {
        return charted(result) || diagram(result).isPresent();
    }

    @Override
    public String render(QueryResult result) {
        if (charted(result)) {
            return charts.svg(result);
        }
        Diagram diagram = diagram(result).orElseThrow(() -> new IllegalArgumentException("the result of " + result.query()
                + " has nothing to draw (no rows, or no nodes, links or paths in a table); use json, csv or md"));
        return writer.write(diagram, layouts.place(diagram));
    }

    /** Figures over time and dated events are charts (JFreeChart), not diagrams; an empty answer has no chart. */
    private boolean charted(QueryResult result) {
        return !result.rows().isEmpty() && charts.supports(result);
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
