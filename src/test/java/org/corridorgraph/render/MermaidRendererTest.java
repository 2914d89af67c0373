package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corridorgraph.render.Fixtures.row;

import java.util.Arrays;
import java.util.List;

import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.junit.jupiter.api.Test;

class MermaidRendererTest {
    private final Renderer mermaid = new MermaidRenderer(Fixtures.SCHEMA);

    @Test
    void drawsEachNodeOnceAndEachEdgeOnceWithItsLabel() {
        String text = mermaid.render(Fixtures.routes());
        List<String> lines = Arrays.asList(text.split("\n"));

        assertThat(lines.get(0)).isEqualTo("flowchart LR");
        assertThat(lines).filteredOn(l -> l.contains("[\"")).containsExactly(
                "    n_china[\"China\"]:::c_State",
                "    n_kazakhstan[\"Kazakhstan\"]:::c_State",
                "    n_turkmenistan[\"Turkmenistan\"]:::c_State",
                "    n_iran[\"Iran\"]:::c_State",
                "    n_steppe_express[\"Steppe #quot;Express#quot; Freight\"]:::c_FreightService");
        assertThat(lines).filteredOn(l -> l.contains("-->")).containsExactly(
                "    n_china -->|\"Steppe Express\"| n_kazakhstan",
                "    n_kazakhstan -->|\"Steppe Express\"| n_turkmenistan",
                "    n_turkmenistan -->|\"LEG\"| n_iran",
                "    n_kazakhstan -->|\"Caspian ferry\"| n_iran");
        assertThat(lines).filteredOn(l -> l.contains("classDef")).hasSize(2)
                .allMatch(l -> l.matches("    classDef c_\\w+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}"));
    }

    @Test
    void isDeterministic() {
        assertThat(mermaid.render(Fixtures.routes())).isEqualTo(mermaid.render(Fixtures.routes()));
    }

    @Test
    void keepsSanitisedIdsUniqueAndDrawsNodesOnlyALinkNames() {
        GraphNode dashed = new GraphNode("a-b", "Dashed", List.of("Route"));
        GraphNode underscored = new GraphNode("a_b", "Underscored", List.of("Route"));
        GraphLink toUnknown = new GraphLink("a-b", "x.y", "FEEDS", null);
        String text = mermaid.render(Fixtures.table(List.of("nodes", "link"),
                List.of(row("nodes", List.of(dashed, underscored), "link", toUnknown)), false));

        assertThat(text).contains("    n_a_b[\"Dashed\"]:::c_Route\n",
                "    n_a_b_2[\"Underscored\"]:::c_Route\n",
                "    n_x_y[\"x.y\"]\n",
                "    n_a_b -->|\"FEEDS\"| n_x_y\n");
    }

    @Test
    void refusesATableWithoutGraphValues() {
        var table = Fixtures.table(List.of("state"), List.of(row("state", "Iran")), false);

        assertThat(mermaid.supports(table)).isFalse();
        assertThatThrownBy(() -> mermaid.render(table)).isInstanceOf(IllegalArgumentException.class);
    }
}
