package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** `query` and `ask` print what the API would, for scripted reports. */
@ExtendWith(SharedNeo4j.class)
class QueryCommandTest {
    private static String uri;

    @BeforeAll
    static void importSeed(GraphConnection graph) {
        uri = graph.embedded().boltUri().toString();
        assertThat(CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString()).exitCode()).isZero();
    }

    @Test
    void queryPrintsCsvWithPathsFlattened() {
        CliRun run = CliRun.of("query", "routes", "--param", "from=China", "--param", "to=Iran", "--format", "csv", "--uri", uri);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("stops,carriers,").contains("China → Kazakhstan → Turkmenistan → Iran");
    }

    @Test
    void askPrintsMarkdownWithCitationsAndSaysWhichQueryItUsed() {
        CliRun run = CliRun.of("ask", "trade between Kazakhstan and Iran", "--format", "md", "--uri", uri);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("answering with query trade");
        assertThat(run.out()).contains("| 2008 |", "1. \"");
    }

    @Test
    void tradeBetweenTwoStatesListsTradeFiguresOnly() {
        CliRun run = CliRun.of("query", "trade", "--param", "a=Kazakhstan", "--param", "b=Iran", "--format", "csv", "--uri", uri,
                "--query-timeout", "60");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Kazakhstan–Iran bilateral trade turnover")
                .doesNotContain("enterprises with Iranian capital").doesNotContain("Persian");
    }

    @Test
    void aFactTakenFromAPhotoCaptionIsCitedAsACaption() {
        CliRun run = CliRun.of("query", "neighbourhood", "--param", "entity=Nurlan Sauranbayev", "--format", "md", "--uri", uri,
                "--query-timeout", "60");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("MET_WITH").containsPattern("(?m)^\\d+\\. \".*\" — tehran-interests-central-asia \\(photo caption\\)$");
    }

    @Test
    void aBadParameterIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("query", "routes", "--param", "from=China", "--param", "to=Iran", "--param", "maxHops=50", "--uri", uri);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: parameter maxHops = 50 is out of range").doesNotContain("\tat ");
    }

    @Test
    void anUnknownEntitySuggestsNames() {
        CliRun run = CliRun.of("query", "memberships", "--param", "entity=Uzbeki", "--uri", uri);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean Uzbekistan");
    }
}
