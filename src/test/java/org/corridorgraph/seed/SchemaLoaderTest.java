package org.corridorgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema.json as data: labels with their styles, read and checked without a database. */
class SchemaLoaderTest {
    private final SchemaLoader loader = new SchemaLoader(Json.mapper());

    private static final String RELATIONSHIPS = """
              "relationships": [
                {"type": "BORDERS", "description": "Shares a land border.", "from": ["State"], "to": ["State"], "properties": {}}
              ]
            """;

    private Schema load(Path dir, String labels) throws IOException {
        Files.writeString(dir.resolve("schema.json"), "{\n" + labels + ",\n" + RELATIONSHIPS + "}\n");
        return loader.load(new ProjectFolder(dir, "seed-data"));
    }

    @Test
    void theProjectsSchemaGivesEveryLabelAndTheDocumentLabelsAStyle() {
        Schema schema = loader.load(ProjectFolder.locate("seed-data", Paths.SEED_DATA));

        assertThat(schema.labels().values()).allSatisfy(l -> {
            assertThat(l.style().fill()).matches("#[0-9a-f]{6}");
            assertThat(l.style().caption()).isEqualTo("name");
        });
        assertThat(schema.documentLabels()).containsKeys("Sentence", "Source");
        assertThat(schema.style("Source").caption()).isEqualTo("title");
    }

    @Test
    void aStyleIsReadWithItsColoursAndCaption(@TempDir Path dir) throws IOException {
        Schema schema = load(dir, """
                  "labels": [
                    {"name": "State", "description": "A state.",
                     "style": {"fill": "#dbeafe", "border": "#1d4ed8", "text": "#111827", "caption": "iso2"},
                     "properties": {"iso2": {"type": "string", "description": "code"}}}
                  ]""");

        assertThat(schema.style("State")).isEqualTo(new LabelStyle("#dbeafe", "#1d4ed8", "#111827", "iso2"));
        assertThat(schema.style("Warehouse")).isEqualTo(LabelStyle.UNLABELLED);
    }

    @Test
    void aLabelWithoutAStyleOrWithABadOneIsNamedWithItsLineAndAHint(@TempDir Path dir) {
        SeedValidationException e = catchThrowableOfType(SeedValidationException.class, () -> load(dir, """
                  "labels": [
                    {"name": "State", "description": "A state.", "properties": {}},
                    {"name": "Port", "description": "A port.",
                     "style": {"fill": "blue", "border": "#1d4ed8", "text": "#111827", "caption": "tonnage"}, "properties": {}}
                  ]"""));

        assertThat(e.problems()).extracting(p -> p.at().toString()).containsExactly(
                "seed-data/schema.json:3", "seed-data/schema.json:4", "seed-data/schema.json:4");
        assertThat(e.problems().get(0).message()).isEqualTo("label State has no style");
        assertThat(e.problems().get(0).hint()).contains("\"fill\"", "\"caption\"");
        assertThat(e.problems().get(1).message()).contains("style.fill 'blue' is not a colour");
        assertThat(e.problems().get(1).hint()).contains("#rrggbb");
        assertThat(e.problems().get(2).message()).contains("style.caption 'tonnage' is not a property of the label");
    }

    @Test
    void onlyTheImportersOwnLabelsMayBeDocumentLabels(@TempDir Path dir) {
        SeedValidationException e = catchThrowableOfType(SeedValidationException.class, () -> load(dir, """
                  "labels": [
                    {"name": "State", "description": "A state.",
                     "style": {"fill": "#dbeafe", "border": "#1d4ed8", "text": "#111827", "caption": "name"}, "properties": {}}
                  ],
                  "documentLabels": [
                    {"name": "Footnote", "style": {"fill": "#f2f2f2", "border": "#bbbbbb", "text": "#333333", "caption": "id"}}
                  ]"""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("documentLabels lists Footnote");
            assertThat(p.hint()).contains("Sentence");
        });
    }
}
