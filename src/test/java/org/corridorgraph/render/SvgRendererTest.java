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
import org.corridorgraph.render.picture.SvgLegibility;
import org.corridorgraph.render.picture.TextMetrics;
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
        assertThat(firstChild(root, "title").getTextContent()).startsWith("routes: ");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("font-family")).isEqualTo("DejaVu Sans, sans-serif");
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
    void fitsTheBoxToTheNameAsTheFontMeasuresIt() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));
        TextMetrics metrics = TextMetrics.dejaVuSans();

        for (Element node : byClass(doc, "g", "node")) {
            Element text = firstChild(node, "text");
            double measured = metrics.width(text.getTextContent(), num(text, "font-size"));
            assertThat(num(firstChild(node, "rect"), "width")).isGreaterThanOrEqualTo(measured + 2 * 10 - 0.1);
        }
        // measured, not counted: an "i" is narrower than an "M"
        assertThat(metrics.width("iiii", 13)).isLessThan(metrics.width("MMMM", 13) / 2);
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
        QueryResult result = rows("routes", Map.of(), List.of("stops", "route"), List.of(List.of(List.of(iran, turkmenistan), route)));

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
    void coloursEachCarrierOfARouteNumbersItsLegsAndNamesItInTheLegend() throws Exception {
        Document doc = parse(svg.render(Fixtures.routes()));
        List<Element> edges = byClass(doc, "g", "edge");

        assertThat(edges).extracting(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to"))
                .containsExactly("china>kazakhstan", "kazakhstan>turkmenistan", "turkmenistan>iran", "kazakhstan>iran");
        assertThat(edges).extracting(e -> firstChild(e, "text").getTextContent()).containsExactly("1", "1", "2", "3");
        List<String> colours = edges.stream().map(e -> firstChild(e, "polyline").getAttribute("stroke")).toList();
        assertThat(colours.get(0)).isEqualTo(colours.get(1));
        assertThat(List.of(colours.get(0), colours.get(2), colours.get(3))).doesNotHaveDuplicates();
        for (Element edge : edges) {
            Element line = firstChild(edge, "polyline");
            assertThat(line.getAttribute("marker-end")).startsWith("url(#cg-arrow-");
            assertThat(line.getAttribute("points").split(" ")).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(byClass(doc, "text", "legend-label")).extracting(Element::getTextContent)
                .contains("1 Steppe Express", "2 LEG", "3 Caspian ferry");
    }

    @Test
    void aStatedRelationshipKeepsItsDirectionWhenAPathWalksItBackwards() throws Exception {
        GraphNode state = new GraphNode("tm", "Turkmenistan", List.of("State"));
        GraphNode railway = new GraphNode("rail", "Steppe Railway", List.of("Railway"));
        GraphPath path = new GraphPath(List.of(state, railway), List.of(new GraphLink("rail", "tm", "TRANSITS", "TRANSITS")));
        QueryResult result = new QueryResult("neighbourhood", "", Map.of(), List.of("path"), List.of(Map.of("path", path)),
                "", Map.of(), org.corridorgraph.query.Citations.NONE, false, null);

        Element edge = byClass(parse(svg.render(result)), "g", "edge").stream()
                .filter(e -> e.getAttribute("data-to").equals("rail")).findFirst().orElseThrow();
        Element line = firstChild(edge, "polyline");

        assertThat(line.getAttribute("marker-start")).startsWith("url(#cg-arrow-").endsWith("-back)");
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
        assertThat(legendTexts.getLength()).isEqualTo(5);
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
        assertThat(byClass(doc, "g", "edge")).isNotEmpty();
        assertThat(firstChild(doc.getDocumentElement(), "desc").getTextContent()).contains("depot SHUNTS depot", "depot Night Shuttle yard-7");
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

    @Test
    void membersAndBlocsStandOnTwoSidesAndTheLineSaysTheStatus() throws Exception {
        QueryResult members = rows("members", Map.of("bloc", "Shanghai Cooperation Organisation"),
                List.of("bloc", "member", "memberLabels", "status", "since", "kind"),
                List.of(List.of("Shanghai Cooperation Organisation", "Kazakhstan", List.of("State"), "full", "2001", "fact"),
                        List.of("Shanghai Cooperation Organisation", "Iran", List.of("State"), "full", "2023", "fact"),
                        List.of("Shanghai Cooperation Organisation", "Mongolia", List.of("State"), "observer", "2004", "fact"),
                        List.of("Shanghai Cooperation Organisation", "Azerbaijan", List.of("State"), "dialogue-partner", "2016", "fact")));

        assertThat(svg.supports(members)).isTrue();
        Document doc = parse(svg.render(members));
        Map<String, Element> rects = new LinkedHashMap<>();
        for (Element node : byClass(doc, "g", "node")) {
            rects.put(node.getAttribute("data-id"), firstChild(node, "rect"));
        }
        double bloc = num(rects.get("Shanghai Cooperation Organisation"), "x");
        for (String member : List.of("Kazakhstan", "Iran", "Mongolia", "Azerbaijan")) {
            assertThat(num(rects.get(member), "x") + num(rects.get(member), "width")).as(member).isLessThan(bloc);
        }
        Map<String, String> dashes = new LinkedHashMap<>();
        for (Element edge : byClass(doc, "g", "edge")) {
            dashes.put(edge.getAttribute("data-from"), firstChild(edge, "polyline").getAttribute("stroke-dasharray"));
        }
        assertThat(dashes.get("Kazakhstan")).isEmpty();
        assertThat(dashes.get("Mongolia")).isNotEmpty().isNotEqualTo(dashes.get("Azerbaijan"));
        assertThat(byClass(doc, "text", "legend-label")).extracting(Element::getTextContent)
                .contains("full member", "observer member", "dialogue-partner member");
        assertThat(firstChild(doc.getDocumentElement(), "desc").getTextContent())
                .contains("Mongolia is a member of Shanghai Cooperation Organisation (observer, since 2004)");
    }

    @Test
    void sanctionsShowWhoActsOnWhatWithTheKindAsTheLineStyle() throws Exception {
        QueryResult sanctions = rows("sanctions", Map.of("target", "Iran"),
                List.of("sanctions", "effect", "target", "imposedBy", "targetLabels", "kind"),
                List.of(List.of("US sanctions on Iran", "restricted", "Chabahar", "United States", List.of("Port"), "fact"),
                        List.of("US sanctions on Iran", "constrained", "Iran", "United States", List.of("State"), "assessment")));

        Document doc = parse(svg.render(sanctions));

        Map<String, Element> edges = new LinkedHashMap<>();
        byClass(doc, "g", "edge").forEach(e -> edges.put(e.getAttribute("data-from") + ">" + e.getAttribute("data-to"), e));
        assertThat(edges).containsKeys("United States>US sanctions on Iran", "US sanctions on Iran>Chabahar", "US sanctions on Iran>Iran");
        assertThat(firstChild(edges.get("US sanctions on Iran>Chabahar"), "polyline").getAttribute("stroke-dasharray")).isEmpty();
        assertThat(firstChild(edges.get("US sanctions on Iran>Iran"), "polyline").getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(firstChild(edges.get("US sanctions on Iran>Iran"), "text").getTextContent()).isEqualTo("constrained");
        assertThat(byClass(doc, "text", "legend-label")).extracting(Element::getTextContent).contains("fact", "assessment");
    }

    @Test
    void aLargeNeighbourhoodIsGroupedByTypeAroundItsCentreAndCountsWhatItLeavesOut() throws Exception {
        GraphNode centre = new GraphNode("iran", "Iran", List.of("State"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            GraphNode other = new GraphNode("s" + i, "Neighbouring state number " + i, List.of("State"));
            String type = i % 3 == 0 ? "BORDERS" : "TRADES_WITH";
            rows.add(row("path", new GraphPath(List.of(centre, other), List.of(new GraphLink("iran", "s" + i, type, type)))));
        }
        QueryResult result = new QueryResult("neighbourhood", "The entity's neighbourhood.", Map.of("entity", "Iran"), List.of("path"),
                rows, "", Map.of(), org.corridorgraph.query.Citations.NONE, false, null);

        String picture = svg.render(result);
        Document doc = parse(picture);

        assertThat(new SvgLegibility(TextMetrics.dejaVuSans()).check(picture).problems()).isEmpty();
        Element iran = byClass(doc, "g", "node").stream().filter(n -> n.getAttribute("data-id").equals("iran")).findFirst().orElseThrow();
        double width = num(doc.getDocumentElement(), "width");
        double height = num(doc.getDocumentElement(), "height");
        Element rect = firstChild(iran, "rect");
        assertThat(num(rect, "x") + num(rect, "width") / 2).isCloseTo(width / 2, org.assertj.core.data.Offset.offset(width / 8));
        assertThat(num(rect, "y") + num(rect, "height") / 2).isCloseTo(height / 2, org.assertj.core.data.Offset.offset(height / 8));
        List<String> groups = byClass(doc, "g", "node").stream().filter(n -> n.getAttribute("data-role").equals("group"))
                .map(n -> firstChild(n, "text").getTextContent()).toList();
        assertThat(groups).containsExactly("BORDERS → (20)", "TRADES_WITH → (40)");
        List<String> more = byClass(doc, "g", "node").stream().filter(n -> n.getAttribute("data-role").equals("more"))
                .map(n -> firstChild(n, "text").getTextContent()).toList();
        assertThat(more).hasSize(2).allMatch(t -> t.matches("\\d+ more via (BORDERS|TRADES_WITH)"));
        assertThat(byClass(doc, "g", "node")).hasSizeLessThan(40);
        assertThat(firstChild(doc.getDocumentElement(), "desc").getTextContent()).contains("more via TRADES_WITH from Iran: ");
    }

    @Test
    void aLongRouteWrapsIntoRowsThatFitAPage() throws Exception {
        List<GraphNode> stops = new ArrayList<>();
        List<GraphLink> legs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            stops.add(new GraphNode("stop" + i, "Stop with a long name " + i, List.of("City")));
            if (i > 0) {
                legs.add(new GraphLink("stop" + (i - 1), "stop" + i, "LEG", i < 8 ? "Trans-Caspian service" : "Southern railway"));
            }
        }
        QueryResult result = new QueryResult("routes", "Routes.", Map.of("from", "Stop 0"), List.of("path"),
                List.of(row("path", new GraphPath(stops, legs))), "", Map.of(), org.corridorgraph.query.Citations.NONE, false, null);

        String picture = svg.render(result);
        SvgLegibility.Report report = new SvgLegibility(TextMetrics.dejaVuSans()).check(picture);

        assertThat(report.problems()).isEmpty();
        assertThat(report.width()).isLessThanOrEqualTo(1600);
        assertThat(byClass(parse(picture), "text", "legend-label")).extracting(Element::getTextContent)
                .containsExactly("City", "1 Trans-Caspian service", "2 Southern railway");
    }

    @Test
    void everyPictureHasATitleAndADescriptionOfWhatItShowsForScreenReaders() throws Exception {
        Element root = parse(svg.render(Fixtures.routes())).getDocumentElement();
        Element title = firstChild(root, "title");
        Element desc = firstChild(root, "desc");

        assertThat(root.getAttribute("aria-labelledby").split(" ")).containsExactly(title.getAttribute("id"), desc.getAttribute("id"));
        assertThat(desc.getTextContent()).startsWith("Routes from one state to another.")
                .contains("Shows 5 entities and 4 relationships", "China Steppe Express Kazakhstan", "Kazakhstan Caspian ferry Iran");
    }

    @Test
    void aRowShapedAnswerWithoutRowsHasNoPicture() {
        QueryResult none = rows("memberships", Map.of("entity", "Iran"), List.of("member", "bloc", "status"), List.of());

        assertThat(svg.supports(none)).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    /** An answer of the named query whose rows hold these values, column by column. */
    private static QueryResult rows(String query, Map<String, Object> params, List<String> columns, List<List<Object>> values) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> value : values) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), value.get(i));
            }
            rows.add(row);
        }
        return new QueryResult(query, query + " of something.", params, columns, rows, "", Map.of(),
                org.corridorgraph.query.Citations.NONE, false, null);
    }

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

    /** The name of every entity box (not the boxes that group or count them). */
    private static List<String> nodeTexts(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element node : byClass(doc, "g", "node")) {
            if (node.getAttribute("data-role").isEmpty()) {
                List<String> lines = new ArrayList<>();
                NodeList texts = node.getElementsByTagNameNS(SVG_NS, "text");
                for (int i = 0; i < texts.getLength(); i++) {
                    Element text = (Element) texts.item(i);
                    if (!text.getAttribute("class").contains("node-note")) {
                        lines.add(text.getTextContent());
                    }
                }
                names.add(String.join(" ", lines));
            }
        }
        return names;
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
