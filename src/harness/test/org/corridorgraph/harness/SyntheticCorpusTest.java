package org.corridorgraph.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated corpus passes the same validation as the real seed data (anchors found once, schema respected), so the scale
 * benchmark's and the killed-import scenario's imports really get to the write.
 */
class SyntheticCorpusTest {
    private final ObjectMapper mapper = Json.mapper();
    private final String schema = ProjectFolder.locate("seed-data", Paths.SEED_DATA).read("schema.json");

    @Test
    void generatesACorpusThatValidatesNearTheSizeAskedFor(@TempDir Path tmp) {
        SyntheticCorpus.Generated corpus = new SyntheticCorpus(mapper, 7).generate(tmp, 3000, schema);

        PreparedImport prepared = PreparedImport.prepare(new ProjectFolder(corpus.seedData(), "synthetic"), corpus.corpus(), mapper);

        assertThat(corpus.estimatedRelationships()).isBetween(3000L, 3100L);
        assertThat(prepared.seed().statements()).hasSize((int) (corpus.articleStatements() + corpus.backgroundStatements()));
        assertThat(prepared.seed().statements().stream().filter(s -> !s.isBackground()))
                .allSatisfy(s -> assertThat(s.evidence()).hasSize(1));
        assertThat(corpus.sentences()).isEqualTo(corpus.articleStatements());
        assertThat(corpus.routeFrom()).isNotEqualTo(corpus.routeTo());
    }

    @Test
    void theProductsCheckCommandAcceptsIt(@TempDir Path tmp) {
        SyntheticCorpus.Generated corpus = new SyntheticCorpus(mapper, 42).generate(tmp, 3000, schema);

        CliRun check = CliRun.of("check", "--seed-data", corpus.seedData().toString(), "--corpus", corpus.corpus().toString());

        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains(String.valueOf(corpus.entities()));
    }

    @Test
    void theSameSeedGivesTheSameCorpus(@TempDir Path tmp) {
        SyntheticCorpus.Generated first = new SyntheticCorpus(mapper, 42).generate(tmp.resolve("a"), 2000, schema);
        SyntheticCorpus.Generated second = new SyntheticCorpus(mapper, 42).generate(tmp.resolve("b"), 2000, schema);

        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.routeFrom()).isEqualTo(first.routeFrom());
    }
}
