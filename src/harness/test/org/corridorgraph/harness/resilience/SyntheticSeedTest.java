package org.corridorgraph.harness.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated seed data the killed-import scenario writes is valid, so its import really gets to the write. */
class SyntheticSeedTest {
    @Test
    void generatedSeedDataPassesTheChecks(@TempDir Path temp) {
        SyntheticSeed seed = SyntheticSeed.write(temp, 3_000, ProjectFolder.locate("seed-data", Paths.SEED_DATA));

        CliRun check = CliRun.of("check", "--seed-data", seed.seedData().toString(), "--corpus", seed.corpus().toString());

        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(seed.statements()).isEqualTo(3_000);
        assertThat(check.out()).contains("3000");
    }
}
