package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridorgraph.render.Fixtures.row;

import java.util.List;
import java.util.Optional;

import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderersTest {
    private final Renderers renderers = new Renderers(Json.mapper(), Fixtures.SCHEMA);

    @Test
    void listsTheFormatsJsonFirst() {
        assertThat(renderers.formats()).containsExactly("json", "csv", "md", "png", "pdf", "mermaid", "svg");
    }

    @Test
    void findsAFormatInAnyCase() {
        assertThat(renderers.byFormat("CSV")).map(Renderer::mediaType).contains("text/csv");
        assertThat(renderers.byFormat("Mermaid")).map(Renderer::mediaType).contains("text/vnd.mermaid");
        assertThat(renderers.byFormat("md")).map(Renderer::mediaType).contains("text/markdown");
        assertThat(renderers.byFormat("json")).map(Renderer::mediaType).contains("application/json");
        assertThat(renderers.byFormat("SVG")).map(Renderer::mediaType).contains("image/svg+xml");
        assertThat(renderers.byFormat("PNG")).map(Renderer::mediaType).contains("image/png");
        assertThat(renderers.byFormat("pdf")).map(Renderer::mediaType).contains("application/pdf");
        assertThat(renderers.byFormat("gif")).isEmpty();
        assertThat(renderers.byFormat(null)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/csv | csv",
            "text/markdown;q=0.9, text/csv;q=0.5 | md",
            "*/* | json",
            "application/* | json",
            "application/json; charset=utf-8 | json",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | json",
            "text/vnd.mermaid, */*;q=0.1 | mermaid",
            "*/*;q=0.5, text/csv | csv",
            "text/csv;q=0.5, */* | json",
            "text/*;q=0.2, text/markdown | md",
            "TEXT/CSV | csv",
            "text/csv;q=0, */* | json",
    })
    void negotiatesTheAcceptHeader(String accept, String format) {
        assertThat(renderers.byAccept(accept)).map(Renderer::format).contains(format);
    }

    @ParameterizedTest(name = "[{index}] Accept: {0} -> nothing")
    @CsvSource(delimiter = '|', value = {"image/gif", "text/csv;q=0", "application/xml, image/gif", "nonsense"})
    void acceptsNothingWhenNoFormatFits(String accept) {
        assertThat(renderers.byAccept(accept)).isEmpty();
    }

    @Test
    void noAcceptHeaderMeansJson() {
        assertThat(renderers.byAccept(null)).map(Renderer::format).contains("json");
        assertThat(renderers.byAccept("  ")).map(Renderer::format).contains("json");
    }

    @Test
    void mermaidSupportsOnlyResultsWithNodesLinksOrPaths() {
        Renderer mermaid = renderers.byFormat("mermaid").orElseThrow();
        QueryResult table = Fixtures.table(List.of("state", "partners"), List.of(row("state", "Iran", "partners", 4L)), false);

        assertThat(mermaid.supports(table)).isFalse();
        assertThat(mermaid.supports(Fixtures.routes())).isTrue();
        assertThat(renderers.byFormat("csv").orElseThrow().supports(table)).isTrue();
    }

    @Test
    void negotiationForAResultSkipsAPictureOfATable() {
        QueryResult table = Fixtures.table(List.of("state"), List.of(row("state", "Iran")), false);
        String accept = "text/vnd.mermaid, application/json;q=0.5";

        assertThat(renderers.byAccept(accept, table)).map(Renderer::format).contains("json");
        assertThat(renderers.byAccept(accept, Fixtures.routes())).map(Renderer::format).contains("mermaid");
        assertThat(renderers.byAccept("text/vnd.mermaid", table)).isEqualTo(Optional.empty());
    }
}
