package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.json.Json;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    private final ObjectMapper mapper = Json.mapper();
    private final Renderer json = new JsonRenderer(mapper);

    @Test
    void writesTheWholeResultWithRowsKeyedByColumn() throws Exception {
        JsonNode root = mapper.readTree(json.render(Fixtures.routes()));

        assertThat(root.fieldNames()).toIterable().containsExactly("query", "description", "params", "columns", "rows",
                "cypher", "cypherParams", "browserUrl", "citations", "truncated", "notes");
        assertThat(root.get("query").asText()).isEqualTo("routes");
        assertThat(root.get("params").get("from").asText()).isEqualTo("China");
        assertThat(root.get("cypherParams").get("to").asText()).isEqualTo("iran");
        assertThat(root.get("browserUrl").isNull()).isTrue();
        assertThat(root.get("truncated").asBoolean()).isFalse();

        JsonNode row = root.get("rows").get(0);
        assertThat(row.fieldNames()).toIterable().containsExactly("route", "stops", "carrier", "since", "hops", "citations");
        assertThat(row.get("since").asText()).isEqualTo("2016-02-14");
        assertThat(row.get("hops").asLong()).isEqualTo(3);
        assertThat(row.get("citations").toString()).isEqualTo("[1,2]");
        assertThat(row.get("carrier").toString())
                .isEqualTo("{\"id\":\"steppe-express\",\"name\":\"Steppe \\\"Express\\\" Freight\",\"labels\":[\"FreightService\"]}");
        assertThat(row.get("stops").get(1).get("name").asText()).isEqualTo("Turkmenistan");
        assertThat(root.get("rows").get(1).get("since").isNull()).isTrue();
    }

    @Test
    void writesPathsAsNodesLinksAndText() throws Exception {
        JsonNode route = mapper.readTree(json.render(Fixtures.routes())).get("rows").get(0).get("route");

        assertThat(route.get("text").asText()).isEqualTo("China → Kazakhstan → Turkmenistan → Iran");
        assertThat(route.get("nodes")).hasSize(4);
        assertThat(route.get("links").get(0).toString())
                .isEqualTo("{\"from\":\"china\",\"to\":\"kazakhstan\",\"type\":\"LEG\",\"label\":\"Steppe Express\"}");
    }

    @Test
    void listsCitationsWithTheirSentences() throws Exception {
        JsonNode citations = mapper.readTree(json.render(Fixtures.routes())).get("citations");

        assertThat(citations).hasSize(2);
        assertThat(citations.get(1).toString()).isEqualTo("{\"number\":2,\"sentenceId\":\"doc-b:s7\",\"source\":\"doc-b\","
                + "\"text\":\"Transit via Turkmenistan | was, \\\"slow\\\".\",\"caption\":false}");
    }
}
