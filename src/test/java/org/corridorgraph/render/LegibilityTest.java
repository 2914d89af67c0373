package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryExample;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.render.picture.Colour;
import org.corridorgraph.render.picture.Diagram;
import org.corridorgraph.render.picture.SvgLegibility;
import org.corridorgraph.render.picture.TextMetrics;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.LabelStyle;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every canned query, answered by the imported graph and drawn as SVG, read as a
 * reader would see it at the default width (1600 px): labels measured in DejaVu Sans do not
 * overlap and stay inside the picture, text is 11 px or more, the aspect ratio is between 1:3 and
 * 3:1, text keeps 4.5:1 contrast, and the picture says what it shows. The pictures are written
 * to target/legibility/ to look at.
 */
@ExtendWith(SharedNeo4j.class)
class LegibilityTest {
    private static final CypherLibrary CYPHER = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final QueryCatalogue CATALOGUE = QueryCatalogue.load(CYPHER.folder());
    /** Figures over time and timelines are charts (JFreeChart), not diagrams of boxes. */
    private static final Set<String> CHARTED = Set.of("trade", "figures", "timeline");
    private static final Path OUT = Path.of("target", "legibility");
    private static final TextMetrics METRICS = TextMetrics.dejaVuSans();
    private static final SvgLegibility CHECK = new SvgLegibility(METRICS);
    private static QueryRunner runner;
    private final SvgRenderer svg = new SvgRenderer(Fixtures.SCHEMA);

    @BeforeAll
    static void importSeed(GraphConnection graph) throws Exception {
        CliRun run = CliRun.of("import", "--uri", graph.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        runner = TestApps.on(graph, new QueryLimits(Duration.ofSeconds(60), 1000)).queries();
        Files.createDirectories(OUT);
    }

    /** -Dlegibility.queries=neighbourhood,routes looks at those queries' pictures only. */
    static Stream<Arguments> examples() {
        Set<String> only = Set.of(System.getProperty("legibility.queries", "").split(","));
        return CATALOGUE.all().stream().filter(q -> only.equals(Set.of("")) || only.contains(q.name())).flatMap(q -> q.examples().stream()
                .map(e -> Arguments.of(q.name() + " line " + e.line() + " " + e.params(), q, e)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsDrawnLegibly(String title, CannedQuery query, QueryExample example) throws Exception {
        Map<String, List<String>> params = new LinkedHashMap<>();
        example.params().forEach((key, value) -> params.put(key, List.of(value)));
        QueryResult result = runner.run(query.name(), org.corridorgraph.query.Arguments.ofText(params));

        assertThat(svg.supports(result)).as(title + ": answers format=svg").isTrue();
        String picture = svg.render(result);
        Files.writeString(OUT.resolve(query.name() + "-" + example.line() + ".svg"), picture);
        SvgLegibility.Report report = CHECK.check(picture);

        assertThat(report.problems()).as(title + " (" + Math.round(report.width()) + " × " + Math.round(report.height()) + ")").isEmpty();
        if (CHARTED.contains(query.name())) {
            assertThat(picture).as(title + ": a chart, its points or events labelled").containsPattern("class=['\"](point|event)-label");
        } else {
            assertThat(report.labels()).as(title + ": node labels").anyMatch(SvgLegibility.Label::nodeLabel);
        }
    }

    @Test
    void everyLabelStyleOfTheSchemaGivesReadableText() {
        for (LabelStyle style : Fixtures.SCHEMA.labels().values().stream().map(l -> l.style()).toList()) {
            Diagram.Paint paint = new Diagram.Paint(Colour.of(style.fill()), Colour.of(style.border()), Colour.of(style.text()));

            assertThat(paint.text().contrastWith(paint.fill())).as(style.toString()).isGreaterThanOrEqualTo(Colour.MINIMUM_CONTRAST);
        }
    }

    @Test
    void aDarkFillGetsWhiteTextWhateverTheStyleAsks() {
        Diagram.Paint paint = new Diagram.Paint(Colour.of("#4d4d4d"), Colour.of("#333333"), Colour.of("#333333"));

        assertThat(paint.text()).isEqualTo(Colour.WHITE);
        assertThat(Colour.of("#777777").contrastWith(Colour.WHITE)).isBetween(4.47, 4.49);
    }
}
