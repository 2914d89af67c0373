package org.corridorgraph.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.corridorgraph.harness.cli.HarnessMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Child JVMs as the harness starts them: the product's command line, or a main class of the harness. */
class ChildJvmTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void theProductRunsInAChildJvmWithItsOutputKeptLoggedAndHandedOn(@TempDir Path temp) {
        List<ChildJvm.Line> heard = new CopyOnWriteArrayList<>();
        Path log = temp.resolve("logs/version.log");
        try (ChildJvm child = ChildJvm.product(List.of("--version")).label("version").log(log).onLine(heard::add).start()) {
            assertThat(child.waitFor(LIMIT)).contains(0);
            assertThat(child.output()).startsWith("corridor-graph ");
            assertThat(child.lastLine(l -> l.startsWith("corridor-graph"))).isPresent();
        }
        assertThat(heard).isNotEmpty().allSatisfy(line -> assertThat(line.secondsSinceSpawn()).isPositive());
        assertThat(log).content().startsWith("corridor-graph ");
    }

    @Test
    void aHarnessMainClassRunsOnTheSameClassPath() {
        try (ChildJvm child = ChildJvm.main(HarnessMain.class, List.of("bench", "--help")).start()) {
            assertThat(child.waitFor(LIMIT)).contains(0);
            assertThat(child.output()).contains("--cold-start-only", "--scale-heap").doesNotContain("--scale-worker");
        }
    }

    @Test
    void waitingForALineThatNeverComesEndsWithTheProcess() {
        try (ChildJvm child = ChildJvm.product(List.of("no-such-command")).start()) {
            assertThat(child.awaitLine("^never printed$", LIMIT)).isEmpty();
            assertThat(child.waitFor(LIMIT)).contains(2);
            assertThat(child.tail(5)).anyMatch(l -> l.contains("no-such-command"));
        }
    }

    @Test
    void aChildStartsInTheFolderItIsGiven(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("seed-data"));
        try (ChildJvm child = ChildJvm.product(List.of("check", "--no-corpus")).in(temp).start()) {
            child.waitFor(LIMIT);
            // ./seed-data is empty there, so check reads the folder it was started in and finds no schema
            assertThat(child.output()).contains("schema.json");
        }
    }
}
