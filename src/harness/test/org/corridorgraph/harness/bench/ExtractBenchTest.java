package org.corridorgraph.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridorgraph.harness.cli.HarnessCommand;
import org.corridorgraph.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** bench-extract on a small article: extract runs in a child JVM, the table is printed, the results written; no timing asserted. */
class ExtractBenchTest {
    @Test
    void runsExtractOnASmallArticleAndPrintsTheTable(@TempDir Path tmp) throws Exception {
        CommandLine cli = HarnessCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        Path results = tmp.resolve("extract-bench.json");

        int code = cli.execute("bench-extract", "--words", "400", "--runs", "1", "--out", results.toString(), "--work-dir",
                tmp.resolve("work").toString());

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("sentences", "candidates", "wall p50 s", "ms/1k words", "peak RSS MB", "written: " + results);
        JsonNode size = Json.mapper().readTree(results.toFile()).get("sizes").get(0);
        assertThat(size.get("words_requested").asLong()).isEqualTo(400);
        assertThat(size.get("words").asLong()).isBetween(400L, 440L);
        assertThat(size.get("sentences").asInt()).isPositive();
        assertThat(size.get("candidates").asInt()).isPositive();
        assertThat(size.get("wall_p50_ms").asDouble()).isPositive();
        assertThat(size.get("runs")).hasSize(1);
        assertThat(size.get("in_process").get("extract_ms").asDouble()).isPositive();
        if (Files.isExecutable(ExtractBench.GNU_TIME)) {
            assertThat(size.get("peak_rss_mb").asDouble()).isPositive();
        }
    }
}
