package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridorgraph.render.Fixtures.row;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRendererTest {
    private final Renderer csv = new CsvRenderer();

    @Test
    void quotesCommasQuotesAndLineBreaksAndEndsLinesWithCrlf() {
        String text = csv.render(Fixtures.table(List.of("name", "note"), List.of(
                row("name", "Iran, Islamic Republic", "note", "says \"yes\""),
                row("name", "Kazakhstan", "note", "line one\nline two"),
                row("name", "Turkmenistan", "note", "plain")), false));

        assertThat(text).isEqualTo("name,note\r\n"
                + "\"Iran, Islamic Republic\",\"says \"\"yes\"\"\"\r\n"
                + "Kazakhstan,\"line one\nline two\"\r\n"
                + "Turkmenistan,plain\r\n");
    }

    @Test
    void flattensPathsNodesListsDatesAndCitations() {
        String text = csv.render(Fixtures.routes());

        assertThat(text.split("\r\n")).containsExactly(
                "route,stops,carrier,since,hops,citations",
                "China → Kazakhstan → Turkmenistan → Iran,Kazakhstan; Turkmenistan,\"Steppe \"\"Express\"\" Freight\",2016-02-14,3,[1] [2]",
                "China → Kazakhstan → Iran,Kazakhstan,\"Steppe \"\"Express\"\" Freight\",,2,[2]");
        assertThat(text).doesNotContain("doc-a").endsWith("\r\n");
    }

    @Test
    void writesNullsAndMissingColumnsEmptyAndNumbersPlainly() {
        String text = csv.render(Fixtures.table(List.of("a", "b", "c"), List.of(row("a", null, "b", 2300.0)), false));

        assertThat(text).isEqualTo("a,b,c\r\n,2300,\r\n");
    }

    @Test
    void anEmptyResultIsJustTheHeader() {
        assertThat(csv.render(Fixtures.table(List.of("state"), List.of(), false))).isEqualTo("state\r\n");
    }
}
