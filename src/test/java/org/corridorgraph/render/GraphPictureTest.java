package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.corridorgraph.render.Fixtures.CHINA;
import static org.corridorgraph.render.Fixtures.IRAN;
import static org.corridorgraph.render.Fixtures.KAZAKHSTAN;
import static org.corridorgraph.render.Fixtures.SERVICE;
import static org.corridorgraph.render.Fixtures.TURKMENISTAN;
import static org.corridorgraph.render.Fixtures.leg;
import static org.corridorgraph.render.Fixtures.row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;
import org.corridorgraph.render.GraphPicture.Edge;
import org.corridorgraph.render.GraphPicture.Node;
import org.junit.jupiter.api.Test;

/** What a picture of a result draws, before any layout: which boxes, which arrows, which way. */
class GraphPictureTest {

    @Test
    void aNodeNamedInSeveralRowsAndColumnsIsDrawnOnce() {
        GraphPicture picture = picture(List.of("state", "neighbours"),
                row("state", KAZAKHSTAN, "neighbours", List.of(CHINA, TURKMENISTAN)),
                row("state", TURKMENISTAN, "neighbours", List.of(KAZAKHSTAN, IRAN)));

        assertThat(picture.nodes()).extracting(Node::key)
                .containsExactly("kazakhstan", "china", "turkmenistan", "iran");
    }

    @Test
    void aNodeIsColouredByItsFirstLabelOtherThanEntityAndNamedByItsIdWhenItHasNoName() {
        GraphNode unnamed = new GraphNode("caspian-ferry", null, List.of("Entity", "FerryLine", "Route"));
        GraphNode bare = new GraphNode("somewhere", "Somewhere", List.of("Entity"));

        GraphPicture picture = picture(List.of("a", "b"), row("a", unnamed, "b", bare));

        assertThat(picture.nodes()).containsExactly(
                new Node("caspian-ferry", "caspian-ferry", "FerryLine"),
                new Node("somewhere", "Somewhere", null));
    }

    @Test
    void theSameLinkInSeveralRowsIsOneEdge() {
        GraphLink transits = new GraphLink("steppe-express", "kazakhstan", "TRANSITS", null);

        GraphPicture picture = picture(List.of("service", "link", "state"),
                row("service", SERVICE, "link", transits, "state", KAZAKHSTAN),
                row("service", SERVICE, "link", transits, "state", KAZAKHSTAN),
                row("service", SERVICE, "link", new GraphLink("steppe-express", "kazakhstan", "TRANSITS", null),
                        "state", KAZAKHSTAN));

        assertThat(picture.edges()).containsExactly(new Edge("steppe-express", "kazakhstan", "TRANSITS", false));
    }

    @Test
    void twoDifferentRelationshipsBetweenTheSameNodesAreBothDrawn() {
        GraphPicture picture = picture(List.of("links"), row("links", List.of(
                new GraphLink("kazakhstan", "iran", "TRADES_WITH", null),
                new GraphLink("kazakhstan", "iran", "BORDERS", null),
                new GraphLink("iran", "kazakhstan", "TRADES_WITH", null))));

        assertThat(picture.edges()).extracting(Edge::from, Edge::to, Edge::label).containsExactly(
                tuple("kazakhstan", "iran", "TRADES_WITH"),
                tuple("kazakhstan", "iran", "BORDERS"),
                tuple("iran", "kazakhstan", "TRADES_WITH"));
    }

    @Test
    void anEdgeIsLabelledByItsLabelElseByItsType() {
        GraphPicture picture = picture(List.of("route"), row("route", Fixtures.route()));

        assertThat(picture.edges()).extracting(Edge::label)
                .containsExactly("Steppe Express", "Steppe Express", "LEG");
    }

    @Test
    void aLinkWhoseEndsNoColumnNamedStillGetsBoxesForThem() {
        GraphPicture picture = picture(List.of("link"), row("link", new GraphLink("astana", "tehran", "FLIGHT", null)));

        assertThat(picture.nodes()).containsExactly(new Node("astana", "astana", null), new Node("tehran", "tehran", null));
        assertThat(picture.edges()).containsExactly(new Edge("astana", "tehran", "FLIGHT", false));
    }

    @Test
    void aPathIsDrawnStopByStopInTravelOrderWhateverOrderItsLinksComeIn() {
        GraphPath path = new GraphPath(List.of(CHINA, KAZAKHSTAN, TURKMENISTAN, IRAN), List.of(
                leg(TURKMENISTAN, IRAN, "rail"), leg(CHINA, KAZAKHSTAN, "Steppe Express"), leg(KAZAKHSTAN, TURKMENISTAN, "border")));

        GraphPicture picture = picture(List.of("route"), row("route", path));

        assertThat(picture.nodes()).extracting(Node::key).containsExactly("china", "kazakhstan", "turkmenistan", "iran");
        assertThat(picture.edges()).containsExactly(
                new Edge("china", "kazakhstan", "Steppe Express", false),
                new Edge("kazakhstan", "turkmenistan", "border", false),
                new Edge("turkmenistan", "iran", "rail", false));
    }

    @Test
    void aStatedRelationshipWalkedAgainstItsDirectionIsDrawnAlongThePathAndMarkedBackwards() {
        // the route runs China → Kazakhstan → Iran, but the graph stores "Kazakhstan BORDERS China"
        GraphPath path = new GraphPath(List.of(CHINA, KAZAKHSTAN, IRAN), List.of(
                new GraphLink("kazakhstan", "china", "BORDERS", null),
                new GraphLink("kazakhstan", "iran", "TRADES_WITH", null)));

        GraphPicture picture = picture(List.of("path"), row("path", path));

        assertThat(picture.edges()).containsExactly(
                new Edge("china", "kazakhstan", "BORDERS", true),
                new Edge("kazakhstan", "iran", "TRADES_WITH", false));
    }

    @Test
    void aRouteLegStoredTheOtherWayIsNotMarkedBackwards() {
        // legs and hops are derived in travel order: their stored direction carries no meaning of its own
        GraphPath path = new GraphPath(List.of(CHINA, KAZAKHSTAN, IRAN), List.of(
                leg(KAZAKHSTAN, CHINA, "Steppe Express"),
                new GraphLink("iran", "kazakhstan", "HOP", null)));

        GraphPicture picture = picture(List.of("route"), row("route", path));

        assertThat(picture.edges()).containsExactly(
                new Edge("china", "kazakhstan", "Steppe Express", false),
                new Edge("kazakhstan", "iran", "HOP", false));
    }

    @Test
    void linksThatNameOtherNodesThanTheStopsStillFollowTheStops() {
        // some queries return a path whose links carry other ids (a carrier, a corridor) than its stops
        GraphPath path = new GraphPath(List.of(CHINA, KAZAKHSTAN, IRAN), List.of(
                new GraphLink("x", "y", "LEG", "first hop"), new GraphLink("y", "z", "LEG", "second hop")));

        GraphPicture picture = picture(List.of("route"), row("route", path));

        assertThat(picture.edges()).containsExactly(
                new Edge("china", "kazakhstan", "first hop", false),
                new Edge("kazakhstan", "iran", "second hop", false));
        assertThat(picture.nodes()).extracting(Node::key).containsExactly("china", "kazakhstan", "iran");
    }

    @Test
    void twoRoutesSharingALegDrawItOnce() {
        GraphPicture picture = picture(List.of("route"),
                row("route", Fixtures.route()),
                row("route", new GraphPath(List.of(CHINA, KAZAKHSTAN, IRAN),
                        List.of(leg(CHINA, KAZAKHSTAN, "Steppe Express"), leg(KAZAKHSTAN, IRAN, "Caspian ferry")))));

        assertThat(picture.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactly(
                "china>kazakhstan", "kazakhstan>turkmenistan", "turkmenistan>iran", "kazakhstan>iran");
    }

    @Test
    void aLinkAPathAlreadyDrewIsNotDrawnAgainInEitherDirection() {
        GraphLink borders = new GraphLink("kazakhstan", "china", "BORDERS", null);
        GraphPath path = new GraphPath(List.of(CHINA, KAZAKHSTAN), List.of(borders));

        // the loose copy comes first in the row: the path's drawing still wins
        GraphPicture picture = picture(List.of("link", "path"), row("link", borders, "path", path));

        assertThat(picture.edges()).containsExactly(new Edge("china", "kazakhstan", "BORDERS", true));
    }

    @Test
    void nodesInsideMapsAndNestedListsAreFound() {
        GraphPicture picture = picture(List.of("detail"),
                row("detail", Map.of("members", List.of(List.of(KAZAKHSTAN), List.of(IRAN)))));

        assertThat(picture.nodes()).extracting(Node::key).containsExactlyInAnyOrder("kazakhstan", "iran");
    }

    @Test
    void plainValuesAndNullsDrawNothing() {
        GraphPicture picture = picture(List.of("name", "missing", "count"),
                row("name", "Kazakhstan", "missing", null, "count", 3L));

        assertThat(picture.nodes()).isEmpty();
        assertThat(picture.edges()).isEmpty();
    }

    @SafeVarargs
    private static GraphPicture picture(List<String> columns, Map<String, Object>... rows) {
        return GraphPicture.of(Fixtures.table(columns, Arrays.asList(rows), false));
    }
}
