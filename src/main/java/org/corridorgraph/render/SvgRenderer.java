package org.corridorgraph.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
    private final Charts charts = new Charts();
    private final AnswerDiagrams diagrams;
    /** The queries drawn from their rows by a shape of their own, whatever their columns' types; the rest as a graph. */
    private final Map<String, Function<QueryResult, Diagram>> shapes;
    private final Layouts layouts;
    private final SvgWriter writer;

    /** @param schema colours each node by its label's style */
    SvgRenderer(Schema schema) {
        TextMetrics metrics = TextMetrics.dejaVuSans();
        this.diagrams = new AnswerDiagrams(schema);
        Map<String, Function<QueryResult, Diagram>> byQuery = new HashMap<>();
        byQuery.put("routes", diagrams::route);
        byQuery.put("path", diagrams::chains);
        for (String memberships : List.of("members", "memberships", "blocMembers")) {
            byQuery.put(memberships, diagrams::memberships);
        }
        byQuery.put("sanctions", diagrams::sanctions);
        byQuery.put("views", diagrams::views);
        byQuery.put("evidence", diagrams::evidence);
        byQuery.put("summits", diagrams::summits);
        byQuery.put("conflicts", diagrams::conflicts);
        byQuery.put("chokepoints", diagrams::chokepoints);
        this.shapes = Map.copyOf(byQuery);
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
        return query.returnsGraph() || shapes.containsKey(query.name())
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
     * as its query does, through {@link #shapes}): the one place that chooses what to draw. Empty when
     * the answer has nothing to draw.
     */
    private Optional<Diagram> diagram(QueryResult result) {
        // neighbourhood and every other answer with nodes, links or paths is drawn as a graph
        Diagram diagram = shapes.getOrDefault(result.query(), diagrams::graph).apply(result);
        return diagram.boxes().isEmpty() ? Optional.empty() : Optional.of(diagram);
    }
}
