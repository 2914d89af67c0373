package org.corridorgraph.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus passes the same validation as the real seed data: anchors found once, schema respected. */
class SyntheticCorpusTest {
    @Test
    void generatesACorpusThatValidates(@TempDir Path tmp) {
        ObjectMapper mapper = Json.mapper();
        String schema = ProjectFolder.locate("seed-data", null).read("schema.json");
        SyntheticCorpus.Generated corpus = new SyntheticCorpus(mapper, 7).generate(tmp, 3000, schema);

        PreparedImport prepared = PreparedImport.prepare(new ProjectFolder(corpus.seedData(), "synthetic"), corpus.corpus(), mapper);

        assertThat(corpus.estimatedRelationships()).isBetween(3000L, 3100L);
        assertThat(prepared.seed().statements()).hasSize((int) (corpus.articleStatements() + corpus.backgroundStatements()));
        assertThat(prepared.seed().statements().stream().filter(s -> !s.isBackground()))
                .allSatisfy(s -> assertThat(s.evidence()).hasSize(1));
        assertThat(corpus.routeFrom()).isNotEqualTo(corpus.routeTo());
    }
}
