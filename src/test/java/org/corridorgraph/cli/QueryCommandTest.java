package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.PictureFiles;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aPngGoesToTheFileNamedAtTheWidthAndDpiAsked(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("route.png");

        CliRun run = CliRun.of("query", "routes", "--param", "from=China", "--param", "to=Iran", "--format", "png",
                "--width", "720", "--dpi", "96", "--out", out.toString(), "--uri", uri);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out);
        byte[] png = Files.readAllBytes(out);
        assertThat(PictureFiles.isPng(png)).isTrue();
        assertThat(PictureFiles.pngWidth(png)).isEqualTo(720);
        assertThat(PictureFiles.pngDpi(png)).isEqualTo(96);
    }

    @Test
    void askWritesAPdf(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("answer.pdf");

        CliRun run = CliRun.of("ask", "how does China reach Iran through Central Asia", "--format", "pdf", "--out", out.toString(),
                "--uri", uri);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(PictureFiles.isPdf(Files.readAllBytes(out))).isTrue();
    }

    @Test
    void aBinaryFormatIsNotPrintedToTheTerminal() {
        CliRun run = CliRun.of("query", "routes", "--param", "from=China", "--param", "to=Iran", "--format", "pdf", "--uri", uri);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("format pdf is binary", "give --out FILE, e.g. --out routes.pdf");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWidthOutOfBoundsIsOneLineNamingItAndExitCode2() {
        CliRun run = CliRun.of("query", "routes", "--param", "from=China", "--param", "to=Iran", "--format", "png",
                "--width", "50", "--out", "never.png", "--uri", uri);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: width = 50 is out of range").contains("from 200 to 6000").doesNotContain("\tat ");
    }
}
