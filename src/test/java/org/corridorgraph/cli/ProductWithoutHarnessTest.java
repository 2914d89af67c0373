package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.corridorgraph.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bench and resilience live in the harness jar: the product neither offers them nor refers to the harness's classes. */
class ProductWithoutHarnessTest {
    @ParameterizedTest
    @ValueSource(strings = {"bench", "resilience"})
    void aHarnessCommandIsAnUnknownCommandOfTheProduct(String command) {
        CliRun run = CliRun.of(command);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument at index 0: '" + command + "'");
    }

    @Test
    void noProductClassNamesAHarnessPackageOrItsWorkerFlags() throws IOException, URISyntaxException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offending;
        try (Stream<Path> files = Files.walk(classes)) {
            offending = files.filter(f -> f.toString().endsWith(".class")).filter(ProductWithoutHarnessTest::namesTheHarness)
                    .map(f -> classes.relativize(f).toString()).toList();
        }

        assertThat(offending).isEmpty();
    }

    /** A class file names the classes it uses, and its string constants, in its constant pool: plain bytes. */
    private static boolean namesTheHarness(Path classFile) {
        try {
            String pool = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return Stream.of("org/corridorgraph/harness", "org/corridorgraph/bench/", "org/corridorgraph/resilience/", "--scale-worker")
                    .anyMatch(pool::contains);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
