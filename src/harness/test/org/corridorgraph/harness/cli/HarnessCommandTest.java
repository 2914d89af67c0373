package org.corridorgraph.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The harness's command line: bench and resilience with today's options, errors answered as the product answers them. */
class HarnessCommandTest {
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = HarnessCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void benchOffersItsOptionsAndNoHiddenWorkerFlag() {
        Run help = run("bench", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--requests", "--warmup", "--clients", "--queries", "--systems", "--max-seconds",
                "--no-cold-start", "--cold-start-only", "--no-diagnostics", "--out", "--scale", "--sizes", "--scale-heap",
                "--scale-minutes", "--corpus", "--no-corpus", "--seed-data", "--cypher");
        assertThat(help.out()).doesNotContain("--scale-worker", "--scale-dir", "--scale-out");
        assertThat(run("bench", "--scale-worker", "1000").exitCode()).isEqualTo(2);
    }

    @Test
    void resilienceOffersItsOptions() {
        Run help = run("resilience", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--only", "--clients", "--seconds", "--max-requests", "--inputs", "--hostile-clients",
                "--hostile-seconds", "--query-timeout", "--outage", "--import-relationships", "--kill-rounds", "--out", "--work-dir",
                "--keep-work", "--corpus", "--seed-data", "--cypher");
    }

    @Test
    void benchExtractOffersItsOptionsAndRefusesAnArticleOverTheLimit() {
        Run help = run("bench-extract", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--words", "--runs", "--no-phases", "--max-minutes", "--seed", "--out", "--work-dir", "--seed-data");
        Run tooLong = run("bench-extract", "--words", "5000000");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).startsWith("error: --words must be between 100 and 600000").contains("hint: ");
    }

    @Test
    void anUnknownScenarioIsAUsageErrorWithAHint() {
        Run run = run("resilience", "--only", "earthquake");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no scenario named 'earthquake'").contains("hint: choose from load, database-loss")
                .doesNotContain("\tat ");
    }

    @Test
    void aSizeOutOfRangeIsAUsageErrorWithAHint() {
        Run run = run("bench", "--scale", "--sizes", "10");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --sizes must be between 1000 and 100000000 relationships").contains("hint: ");
    }
}
