package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridorgraph.render.Fixtures.row;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final Renderer md = new MarkdownRenderer();

    @Test
    void escapesPipesAndLineBreaksInCells() {
        String text = md.render(Fixtures.table(List.of("name", "note"),
                List.of(row("name", "A|B", "note", "one\ntwo")), false));

        assertThat(text).isEqualTo("| name | note |\n"
                + "| --- | --- |\n"
                + "| A\\|B | one<br>two |\n");
    }

    @Test
    void numbersCitationsInCellsAndListsEachSentenceOnce() {
        String text = md.render(Fixtures.routes());

        assertThat(text).contains("| China → Kazakhstan → Turkmenistan → Iran | Kazakhstan; Turkmenistan "
                + "| Steppe \"Express\" Freight | 2016-02-14 | 3 | [1] [2] |");
        assertThat(text).contains("| China → Kazakhstan → Iran | Kazakhstan | Steppe \"Express\" Freight |  | 2 | [2] |");
        assertThat(text).endsWith("|\n\n"
                + "1. \"The Steppe Express runs weekly from Xi'an.\" — doc-a\n"
                + "2. \"Transit via Turkmenistan | was, \"slow\".\" — doc-b\n");
        assertThat(text.split("doc-b", -1)).hasSize(2);
    }

    @Test
    void saysWhenThereAreNoRows() {
        assertThat(md.render(Fixtures.table(List.of("state"), List.of(), false))).isEqualTo("_No rows._\n");
    }

    @Test
    void notesATruncatedResult() {
        String text = md.render(Fixtures.table(List.of("state"), List.of(row("state", "Iran"), row("state", "Oman")), true));

        assertThat(text).endsWith("| Oman |\n\n_Truncated: only the first 2 rows are shown._\n");
    }
}
