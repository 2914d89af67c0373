package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corridorgraph.render.Fixtures.row;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;

import org.corridorgraph.json.Json;
import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.seed.LabelStyle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private final Renderer svg = new SvgRenderer(Fixtures.SCHEMA);

    @Test
    void isAStandaloneSvgDocumentSizedByTheLayout() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));
        Element root = doc.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));
        assertThat(width).isPositive();
        assertThat(height).isPositive();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        assertThat(firstChild(root, "title").getTextContent()).isEqualTo("routes");
        // every node box lies inside the picture
        for (Element node : byClass(doc, "g", "node")) {
            Element rect = firstChild(node, "rect");
            assertThat(num(rect, "x") + num(rect, "width")).isLessThanOrEqualTo(width);
            assertThat(num(rect, "y") + num(rect, "height")).isLessThanOrEqualTo(height);
        }
    }

    @Test
    void drawsEveryNodeOnceWithItsName() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));

        assertThat(nodeTexts(doc)).containsExactly(
                "China", "Kazakhstan", "Turkmenistan", "Iran", "Steppe \"Express\" Freight");
        assertThat(byClass(doc, "g", "node")).extracting(e -> e.getAttribute("data-label"))
                .containsExactly("State", "State", "State", "State", "FreightService");
    }

    @Test
    void fitsTheBoxToTheName() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));

        for (Element node : byClass(doc, "g", "node")) {
            String name = firstChild(node, "text").getTextContent();
            assertThat(num(firstChild(node, "rect"), "width")).isGreaterThanOrEqualTo(name.length() * 7.0);
        }
    }

    @Test
    void laysARouteOutLeftToRightInStopOrderWhateverWayItsLinksAreStored() throws Exception {
        GraphNode china = Fixtures.state("china", "China");
        GraphNode kazakhstan = Fixtures.state("kazakhstan", "Kazakhstan");
        GraphNode turkmenistan = Fixtures.state("turkmenistan", "Turkmenistan");
        GraphNode iran = Fixtures.state("iran", "Iran");
        // the middle leg is stored backwards, and the stops column names Iran before the path does
        GraphPath route = new GraphPath(List.of(china, kazakhstan, turkmenistan, iran), List.of(
                new GraphLink("china", "kazakhstan", "LEG", "Steppe Express"),
                new GraphLink("turkmenistan", "kazakhstan", "BORDERS", null),
                new GraphLink("turkmenistan", "iran", "LEG", "Caspian Shuttle")));
        QueryResult result = Fixtures.table(List.of("stops", "route"),
                List.of(row("stops", List.of(iran, turkmenistan), "route", route)), false);

        Document doc = parse(svg.render(result));
        Map<String, Double> x = new LinkedHashMap<>();
        for (Element node : byClass(doc, "g", "node")) {
            x.put(firstChild(node, "text").getTextContent(), num(firstChild(node, "rect"), "x"));
        }

        assertThat(x.get("China")).isLessThan(x.get("Kazakhstan"));
        assertThat(x.get("Kazakhstan")).isLessThan(x.get("Turkmenistan"));
        assertThat(x.get("Turkmenistan")).isLessThan(x.get("Iran"));
        assertThat(byClass(doc, "g", "edge")).extracting(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to"))
                .containsExactly("china>kazakhstan", "kazakhstan>turkmenistan", "turkmenistan>iran");
    }

    @Test
    void theFixtureRouteAlsoRunsLeftToRight() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));
        List<Double> xs = new ArrayList<>();
        for (String id : List.of("china", "kazakhstan", "turkmenistan", "iran")) {
            Element node = byClass(doc, "g", "node").stream().filter(e -> e.getAttribute("data-id").equals(id)).findFirst().orElseThrow();
            xs.add(num(firstChild(node, "rect"), "x"));
        }

        assertThat(xs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void drawsEachEdgeOnceAlongElkRoutesWithItsLabelAndAnArrowhead() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));
        List<Element> edges = byClass(doc, "g", "edge");

        assertThat(edges).extracting(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to"))
                .containsExactly("china>kazakhstan", "kazakhstan>turkmenistan", "turkmenistan>iran", "kazakhstan>iran");
        assertThat(edges).extracting(e -> firstChild(e, "text").getTextContent())
                .containsExactly("Steppe Express", "Steppe Express", "LEG", "Caspian ferry");
        for (Element edge : edges) {
            Element line = firstChild(edge, "polyline");
            assertThat(line.getAttribute("marker-end")).isEqualTo("url(#cg-arrow)");
            assertThat(line.getAttribute("points").split(" ")).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(doc.getElementsByTagNameNS(SVG_NS, "marker").getLength()).isEqualTo(2);
    }

    @Test
    void aStatedRelationshipKeepsItsDirectionWhenAPathWalksItBackwards() throws Exception {
        GraphNode state = new GraphNode("tm", "Turkmenistan", List.of("State"));
        GraphNode railway = new GraphNode("rail", "Steppe Railway", List.of("Railway"));
        GraphPath path = new GraphPath(List.of(state, railway), List.of(new GraphLink("rail", "tm", "TRANSITS", "TRANSITS")));
        QueryResult result = new QueryResult("neighbourhood", "", Map.of(), List.of("path"), List.of(Map.of("path", path)),
                "", Map.of(), org.corridorgraph.query.Citations.NONE, false, null);

        Element line = firstChild(byClass(parse(svg.render(result)), "g", "edge").get(0), "polyline");

        assertThat(line.getAttribute("marker-start")).isEqualTo("url(#cg-arrow-back)");
        assertThat(line.getAttribute("marker-end")).isEmpty();
    }

    @Test
    void edgesStartAndEndOnTheirNodes() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));
        Map<String, Element> rects = new LinkedHashMap<>();
        for (Element node : byClass(doc, "g", "node")) {
            rects.put(node.getAttribute("data-id"), firstChild(node, "rect"));
        }

        for (Element edge : byClass(doc, "g", "edge")) {
            String[] points = firstChild(edge, "polyline").getAttribute("points").split(" ");
            assertThat(onBorder(rects.get(edge.getAttribute("data-from")), points[0])).as("start of %s", points[0]).isTrue();
            assertThat(onBorder(rects.get(edge.getAttribute("data-to")), points[points.length - 1])).isTrue();
        }
    }

    @Test
    void escapesMarkupInNamesAndLabels() throws Exception {
        GraphNode odd = new GraphNode("a&b", "Tom & Jerry <Freight> \"Line\"", List.of("Entity", "Corridor"));
        GraphLink link = new GraphLink("a&b", "x<y", "RUNS", "A<B & C>D");
        String text = svg.render(Fixtures.table(List.of("n", "l"), List.of(row("n", odd, "l", link)), false));

        assertThat(text).contains("Tom &amp; Jerry &lt;Freight&gt; &quot;Line&quot;", "A&lt;B &amp; C&gt;D")
                .doesNotContain("<Freight>");
        Document doc = parse(text);
        assertThat(nodeTexts(doc)).containsExactly("Tom & Jerry <Freight> \"Line\"", "x<y");
        assertThat(byClass(doc, "g", "node").get(0).getAttribute("data-label")).isEqualTo("Corridor");
        assertThat(byClass(doc, "text", "edge-label")).extracting(Element::getTextContent).containsExactly("A<B & C>D");
    }

    @Test
    void colourNodesByLabelAndListsTheLabelsInALegend() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));
        Element china = byClass(doc, "g", "node").get(0);
        Element legend = byClass(doc, "g", "legend").get(0);

        assertThat(firstChild(china, "rect").getAttribute("fill")).isEqualTo(Fixtures.SCHEMA.style("State").fill());
        NodeList legendTexts = legend.getElementsByTagNameNS(SVG_NS, "text");
        assertThat(legendTexts.getLength()).isEqualTo(2);
        assertThat(legendTexts.item(0).getTextContent()).isEqualTo("State");
        assertThat(legendTexts.item(1).getTextContent()).isEqualTo("FreightService");
    }

    @Test
    void everyLabelOfTheSchemaHasItsOwnFillAndUnknownLabelsAreDrawnPlain() {
        List<String> fills = Fixtures.SCHEMA.labels().values().stream().map(l -> l.style().fill()).toList();

        assertThat(fills).hasSize(Fixtures.SCHEMA.labels().size()).doesNotHaveDuplicates();
        assertThat(Fixtures.SCHEMA.style("Warehouse")).isEqualTo(LabelStyle.UNLABELLED);
        assertThat(Fixtures.SCHEMA.style(null)).isEqualTo(LabelStyle.UNLABELLED);
    }

    @Test
    void isDeterministicAndSafeToCallConcurrently() throws Exception {
        String expected = svg.render(Fixtures.routes());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> svg.render(Fixtures.routes())));
            }
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void drawsNodesOnlyALinkNamesAndSelfLoops() throws Exception {
        GraphLink loop = new GraphLink("depot", "depot", "SHUNTS", null);
        GraphLink out = new GraphLink("depot", "yard-7", "FEEDS", "Night Shuttle");
        Document doc = parse(svg.render(Fixtures.table(List.of("links"), List.of(row("links", List.of(loop, out))), false)));

        assertThat(nodeTexts(doc)).containsExactly("depot", "yard-7");
        assertThat(byClass(doc, "g", "edge")).hasSize(2);
        assertThat(byClass(doc, "g", "legend")).isEmpty();
    }

    @Test
    void refusesATableWithoutGraphValues() {
        QueryResult table = Fixtures.table(List.of("state", "partners"), List.of(row("state", "Iran", "partners", 4L)), false);

        assertThat(svg.supports(table)).isFalse();
        assertThat(svg.supports(Fixtures.routes())).isTrue();
        assertThatThrownBy(() -> svg.render(table)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
    }

    @Test
    void isRegisteredByFormatAndByAccept() {
        Renderers renderers = new Renderers(Json.mapper(), Fixtures.SCHEMA);

        assertThat(renderers.byFormat("svg")).map(Renderer::mediaType).contains("image/svg+xml");
        assertThat(renderers.byFormat("SVG")).map(Renderer::format).contains("svg");
        assertThat(renderers.byAccept("image/svg+xml")).map(Renderer::format).contains("svg");
        assertThat(renderers.byAccept("image/svg+xml, application/json;q=0.5", Fixtures.routes())).map(Renderer::format).contains("svg");
        // what a browser's <img> sends
        assertThat(renderers.byAccept("image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"))
                .map(Renderer::format).contains("svg");
        assertThat(renderers.byAccept("*/*")).map(Renderer::format).contains("json");
        QueryResult table = Fixtures.table(List.of("state"), List.of(row("state", "Iran")), false);
        assertThat(renderers.byAccept("image/svg+xml", table)).isEmpty();
        assertThat(renderers.formats()).endsWith("mermaid", "svg");
    }

    // ---------------------------------------------------------------- helpers

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element firstChild(Element parent, String tag) {
        NodeList list = parent.getElementsByTagNameNS(SVG_NS, tag);
        assertThat(list.getLength()).as("<%s> in <%s>", tag, parent.getTagName()).isPositive();
        return (Element) list.item(0);
    }

    private static List<String> nodeTexts(Document doc) {
        return byClass(doc, "g", "node").stream().map(n -> firstChild(n, "text").getTextContent()).toList();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** Whether a point "x,y" lies on the rectangle's border, within rounding. */
    private static boolean onBorder(Element rect, String point) {
        String[] xy = point.split(",");
        double px = Double.parseDouble(xy[0]);
        double py = Double.parseDouble(xy[1]);
        double x = num(rect, "x");
        double y = num(rect, "y");
        double w = num(rect, "width");
        double h = num(rect, "height");
        double eps = 0.6;
        boolean insideX = px >= x - eps && px <= x + w + eps;
        boolean insideY = py >= y - eps && py <= y + h + eps;
        boolean onVertical = Math.abs(px - x) <= eps || Math.abs(px - x - w) <= eps;
        boolean onHorizontal = Math.abs(py - y) <= eps || Math.abs(py - y - h) <= eps;
        return insideX && insideY && (onVertical || onHorizontal);
    }
}
