package org.corridorgraph.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryExample;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The charts of every example of the charted queries, as the embedded Neo4j answers them: legible at a report
 * page's width, every point and event labelled with its sources, described for screen readers.
 */
@ExtendWith(SharedNeo4j.class)
class ChartsTest {
    private static final List<String> CHARTED = List.of("trade", "figures", "timeline");
    private static final QueryCatalogue CATALOGUE = QueryCatalogue.load(ProjectFolder.locate("cypher", Paths.CYPHER));
    private static final double DEFAULT_WIDTH = 1600;
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:, \\d+)*)]$");
    private static QueryRunner runner;
    private static final Charts CHARTS = new Charts();
    private static final Map<String, String> PICTURES = new ConcurrentHashMap<>();
    private static final Map<String, QueryResult> ANSWERS = new ConcurrentHashMap<>();

    @BeforeAll
    static void importSeed(GraphConnection graph) {
        CliRun run = CliRun.of("import", "--uri", graph.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        runner = TestApps.on(graph, new QueryLimits(Duration.ofSeconds(60), 1000)).queries();
    }

    static Stream<String> examples() {
        return CHARTED.stream().flatMap(name -> {
            CannedQuery q = CATALOGUE.get(name);
            return q.examples().stream().map(e -> name + " line " + e.line());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsAChartWithRoleImgATitleAndADescription(String example) throws Exception {
        QueryResult answer = answer(example);
        assertThat(CHARTS.supports(answer)).as(example).isTrue();
        SvgTexts svg = SvgTexts.read(picture(example));

        Element root = svg.document().getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(svg.child("title")).as(example).isNotBlank();
        assertThat(svg.child("desc")).as(example).isNotBlank();
        assertThat(root.getAttribute("aria-labelledby").split(" ")).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theDescriptionListsEverySeriesYearAndValue(String example) throws Exception {
        QueryResult answer = answer(example);
        String desc = SvgTexts.read(picture(example)).child("desc");

        for (Map<String, Object> row : answer.rows()) {
            if (answer.query().equals("timeline")) {
                assertThat(desc).contains(String.valueOf(row.get("date"))).contains(String.valueOf(row.get("what")));
            } else {
                Figure f = Figure.of(row);
                assertThat(desc).contains(f.series()).contains(f.category()).contains(f.words());
            }
        }
        if (!answer.query().equals("timeline")) {
            assertThat(desc).contains("values from");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyTextIsInsideThePictureAndAtLeast11PxAtTheDefaultWidth(String example) throws Exception {
        SvgTexts svg = SvgTexts.read(picture(example));
        double scale = DEFAULT_WIDTH / svg.viewBox().getWidth();

        assertThat(svg.texts()).isNotEmpty();
        for (SvgTexts.Text text : svg.texts()) {
            assertThat(text.size() * scale).as(example + ": size of \"" + text.content() + "\"").isGreaterThanOrEqualTo(11);
            assertThat(svg.viewBox().contains(text.box())).as(example + ": \"" + text.content() + "\" at " + text.box() + " inside "
                    + svg.viewBox()).isTrue();
            assertThat(text.family()).startsWith("\"DejaVu Sans\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noTwoTextsOverlap(String example) throws Exception {
        List<SvgTexts.Text> texts = SvgTexts.read(picture(example)).texts();

        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = shrunk(texts.get(i).box());
                Rectangle2D b = shrunk(texts.get(j).box());
                if (a.intersects(b)) {
                    overlaps.add("\"" + texts.get(i).content() + "\" " + texts.get(i).box() + " and \"" + texts.get(j).content() + "\" "
                            + texts.get(j).box());
                }
            }
        }
        assertThat(overlaps).as(example).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theAspectRatioIsBetweenOneToThreeAndThreeToOne(String example) throws Exception {
        Rectangle2D box = SvgTexts.read(picture(example)).viewBox();

        assertThat(box.getWidth()).isEqualTo(DEFAULT_WIDTH);
        assertThat(box.getWidth() / box.getHeight()).as(example).isBetween(1 / 3.0, 3.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void textColoursContrastAtLeast4_5To1WithTheWhiteBackground(String example) throws Exception {
        String svg = picture(example);
        SvgTexts texts = SvgTexts.read(svg);

        assertThat(svg).contains("fill:rgb(255,255,255)"); // the chart's background
        for (SvgTexts.Text text : texts.texts()) {
            assertThat(SvgTexts.contrast(text.fill(), Color.WHITE)).as(example + ": \"" + text.content() + "\" in " + text.fill())
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyPointOrEventIsLabelledWithTheNumbersOfItsSourcesListedUnderTheChart(String example) throws Exception {
        QueryResult answer = answer(example);
        SvgTexts svg = SvgTexts.read(picture(example));
        String labelClass = answer.query().equals("timeline") ? TimelineChart.EVENT_LABEL : FigureChart.POINT_LABEL;

        List<SvgTexts.Text> labels = svg.withClass(labelClass);
        assertThat(labels).as(example + ": a label per row").hasSize(answer.rows().size());
        Set<String> sources = new LinkedHashSet<>();
        answer.rows().forEach(r -> sources.addAll(strings(r.get("sources"))));
        List<String> notes = svg.withClass("source-note").stream().map(SvgTexts.Text::content).toList();
        assertThat(notes).as(example).hasSize(sources.size());
        int n = 1;
        for (String source : sources) {
            String expected = "[" + n++ + "] ";
            assertThat(notes).as(example).anySatisfy(line -> assertThat(line).startsWith(expected)
                    .contains(source.equals("background") || source.equals("entity") ? "" : source));
        }
        for (SvgTexts.Text label : labels) {
            Matcher m = MARKER.matcher(label.content());
            assertThat(m.find()).as(example + ": \"" + label.content() + "\" ends with its sources' numbers").isTrue();
            for (String number : m.group(1).split(", ")) {
                assertThat(Integer.parseInt(number)).isBetween(1, sources.size());
            }
        }
    }

    @Test
    void tradeDrawsActualsSolidTargetsDashedAndGrowthAsDiamondsOnAPercentAxisOfItsOwn() throws Exception {
        String example = "trade line " + CATALOGUE.get("trade").examples().get(0).line();
        String svg = picture(example);
        SvgTexts texts = SvgTexts.read(svg);
        List<String> all = texts.texts().stream().map(SvgTexts.Text::content).toList();

        assertThat(all).contains("US dollars, billions", "growth, % change", "actual: solid bar", "target: dashed outline",
                "growth: diamond");
        assertThat(svg).contains("stroke-dasharray");
        List<String> labels = texts.withClass(FigureChart.POINT_LABEL).stream().map(SvgTexts.Text::content).toList();
        assertThat(labels).anySatisfy(l -> assertThat(l).startsWith("$340 million ["))
                .anySatisfy(l -> assertThat(l).startsWith("$3 billion ["))
                .anySatisfy(l -> assertThat(l).startsWith("+40% ["));
    }

    @Test
    void yearsRunLeftToRightInTimeOrderAndFiguresWithNoYearComeLast() throws Exception {
        String example = "trade line " + CATALOGUE.get("trade").examples().get(0).line();
        SvgTexts texts = SvgTexts.read(picture(example));

        double x2008 = leftOf(texts, "2008");
        double x2019 = leftOf(texts, "2019");
        double x2024 = leftOf(texts, "2024");
        double noYear = texts.texts().stream().filter(t -> t.content().startsWith("no year")).mapToDouble(t -> t.box().getMinX())
                .min().orElseThrow();
        assertThat(x2008).isLessThan(x2019);
        assertThat(x2019).isLessThan(x2024);
        assertThat(x2024).isLessThan(noYear);
    }

    @Test
    void aTimelinePutsEventsThatWouldCollideInLanesOfTheirOwn() throws Exception {
        String example = "timeline line " + CATALOGUE.get("timeline").examples().get(1).line();
        SvgTexts texts = SvgTexts.read(picture(example));
        List<SvgTexts.Text> labels = texts.withClass(TimelineChart.EVENT_LABEL);

        Set<Double> lanes = new LinkedHashSet<>();
        labels.forEach(l -> lanes.add(Math.rint(l.box().getCenterY())));
        assertThat(lanes).as("labels in more than one lane").hasSizeGreaterThan(1);
        // the labels begin in date order, each with its date
        List<String> dates = labels.stream().map(l -> l.content().substring(0, l.content().indexOf(' '))).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void anAnswerWithNoRowsIsAPictureSayingSo() throws Exception {
        QueryResult none = runner.run("figures", Arguments.ofText(Map.of("figure", List.of("987654321"))));
        assertThat(none.rows()).isEmpty();

        SvgTexts svg = SvgTexts.read(CHARTS.svg(none));
        assertThat(svg.texts()).extracting(SvgTexts.Text::content).contains("No figures answer these parameters.");
        assertThat(svg.child("desc")).contains("no figures");
    }

    @Test
    void aGraphAnswerIsNoChartAndDrawingItSaysWhy() {
        QueryResult routes = runner.run("routes", Arguments.ofText(Map.of("from", List.of("China"), "to", List.of("Iran"))));

        assertThat(CHARTS.supports(routes)).isFalse();
        assertThatThrownBy(() -> CHARTS.svg(routes)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("routes");
    }

    @Test
    void theSameAnswerGivesTheSamePictureAndTwoPicturesShareNoId() throws Exception {
        String trade = "trade line " + CATALOGUE.get("trade").examples().get(0).line();
        String timeline = "timeline line " + CATALOGUE.get("timeline").examples().get(0).line();

        assertThat(CHARTS.svg(answer(trade))).isEqualTo(picture(trade));
        Set<String> ids = ids(picture(trade));
        ids.retainAll(ids(picture(timeline)));
        assertThat(ids).isEmpty();
    }

    @Test
    void writesTheExamplePicturesUnderTarget() throws IOException {
        // for a person to look at: the pictures the tests checked
        Path folder = Path.of("target", "charts");
        Files.createDirectories(folder);
        for (String example : examples().toList()) {
            Files.writeString(folder.resolve(example.replace(' ', '-') + ".svg"), picture(example));
        }
        assertThat(folder.toFile().list()).hasSize((int) examples().count());
    }

    private static Set<String> ids(String svg) throws Exception {
        NodeList all = SvgTexts.read(svg).document().getElementsByTagNameNS("*", "*");
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static double leftOf(SvgTexts texts, String content) {
        return texts.texts().stream().filter(t -> t.content().equals(content)).findFirst().orElseThrow().box().getMinX();
    }

    /** A box less a hair on each side, so texts that only touch do not count as overlapping. */
    private static Rectangle2D shrunk(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() + 0.25, box.getY() + 0.25, box.getWidth() - 0.5, box.getHeight() - 0.5);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String picture(String example) {
        return PICTURES.computeIfAbsent(example, e -> CHARTS.svg(answer(e)));
    }

    private static QueryResult answer(String example) {
        return ANSWERS.computeIfAbsent(example, e -> {
            String name = e.substring(0, e.indexOf(' '));
            int line = Integer.parseInt(e.substring(e.lastIndexOf(' ') + 1));
            QueryExample ex = CATALOGUE.get(name).examples().stream().filter(x -> x.line() == line).findFirst().orElseThrow();
            Map<String, List<String>> params = new LinkedHashMap<>();
            ex.params().forEach((k, v) -> params.put(k, List.of(v)));
            return runner.run(name, Arguments.ofText(params));
        });
    }
}
