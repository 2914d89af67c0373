package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.PictureFiles;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.render.PictureFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** `report` writes a report a reader with no database can read: tables, pictures, Mermaid, citations. */
@ExtendWith(SharedNeo4j.class)
class ReportCommandTest {
    private static String uri;

    @TempDir
    Path temp;

    @BeforeAll
    static void importSeed(GraphConnection graph) {
        uri = graph.embedded().boltUri().toString();
        assertThat(CliRun.of("import", "--uri", uri, "--corpus", Paths.CORPUS.toString()).exitCode()).isZero();
    }

    @Test
    void aMarkdownReportHasTheTableThePictureBesideItMermaidAndTheCitedSentences() throws Exception {
        Path out = temp.resolve("report.md");

        CliRun run = CliRun.of("report", "--query", "routes", "--param", "from=China", "--param", "to=Iran",
                "--param", "via=Central Asia", "--ask", "what is Kazakhstan a member of", "--title", "Corridors",
                "--out", out.toString(), "--uri", uri);

        assertThat(run.exitCode()).as(run.err()).isZero();
        String md = Files.readString(out);
        assertThat(md).startsWith("# Corridors").contains("## 1. ", "## 2. what is Kazakhstan a member of");
        assertThat(md).contains("| China; Kazakhstan; Turkmenistan; Iran | China–Iran freight train service |");
        assertThat(md).contains("![routes](report-1-routes.svg)", "[PNG](report-1-routes.png)", "```mermaid\nflowchart LR");
        byte[] png = Files.readAllBytes(temp.resolve("report-1-routes.png"));
        assertThat(PictureFiles.isPng(png)).isTrue();
        assertThat(PictureFiles.pngWidth(png)).as("the default width").isEqualTo(1600);
        assertThat(md).containsPattern("Sources:\\n\\n1\\. \"[^\"]*Kazakhstan and Turkmenistan[^\"]*\" — tehran-interests-central-asia");
        assertThat(md).contains("| Kazakhstan | Eurasian Economic Union |");
        assertThat(md).as("memberships are drawn too, with no Mermaid block: they hold no graph values")
                .contains("![memberships](report-2-memberships.svg)").containsOnlyOnce("```mermaid");

        Path svg = temp.resolve("report-1-routes.svg");
        Document picture = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertThat(picture.getDocumentElement().getNodeName()).isEqualTo("svg");
        NodeList texts = picture.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('|');
        }
        for (String stop : List.of("China", "Kazakhstan", "Turkmenistan", "Iran", "Russia", "Azerbaijan")) {
            assertThat(all.toString()).contains(stop);
        }
    }

    @Test
    void anHtmlReportFromASpecFileInlinesItsPictures() throws Exception {
        Path spec = temp.resolve("report.spec");
        Files.writeString(spec, String.join("\n",
                "title: Chokepoints",
                "# one question a line",
                "query chokepoints from=China to=Iran",
                "ask how does Russia reach Iran avoiding Kazakhstan"), StandardCharsets.UTF_8);
        Path out = temp.resolve("report.html");

        CliRun run = CliRun.of("report", "--spec", spec.toString(), "--html", "--out", out.toString(), "--uri", uri);

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<h1>Chokepoints</h1>", "<svg", "Azerbaijan", "<pre class=\"mermaid\">", "cuts off")
                .doesNotContain("<script src", "<link ", "<img src=\"http");
        assertThat(html.split("<svg").length - 1).isEqualTo(2).isEqualTo(html.split("<figure>").length - 1);
    }

    @Test
    void aPdfReportHasTheTitleEachTableAndNumberedCitationsWithPicturesAsVectors() throws Exception {
        Path out = temp.resolve("corridors.pdf");

        CliRun run = CliRun.of("report", "--query", "routes", "--param", "from=China", "--param", "to=Iran",
                "--param", "via=Central Asia", "--query", "chokepoints", "--param", "from=China", "--param", "to=Iran",
                "--title", "Corridors through Central Asia", "--pdf", out.toString(), "--uri", uri);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + out);
        byte[] pdf = Files.readAllBytes(out);
        assertThat(PictureFiles.isPdf(pdf)).isTrue();
        PictureFiles.Pdf read = PictureFiles.pdf(pdf);
        String text = read.text().replaceAll("\\s+", " ");
        assertThat(text).contains("Corridors through Central Asia", "1. The ways one place reaches another",
                "2. The states and carriers", "Kazakhstan and Turkmenistan", "— tehran-interests-central-asia");
        assertThat(text).containsPattern("1\\. “[^”]*Kazakhstan and Turkmenistan");
        assertThat(read.images()).as("pictures drawn as vectors, not bitmaps").isZero();
        assertThat(read.forms()).as("the two pictures").isGreaterThanOrEqualTo(2);
        if (PictureFonts.installed().present()) {
            assertThat(read.embeddedFonts()).anySatisfy(f -> assertThat(f).contains("DejaVuSans"));
            assertThat(read.otherFonts()).as("fonts the reader must supply").isEmpty();
        }
    }

    @Test
    void aReportNeedsSomewhereToGo() {
        CliRun run = CliRun.of("report", "--query", "routes", "--param", "from=China", "--param", "to=Iran", "--uri", uri);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --out FILE", "--pdf FILE");
    }

    @Test
    void aSpecLineItCannotReadIsNamedWithItsLine() throws Exception {
        Path spec = temp.resolve("bad.spec");
        Files.writeString(spec, "query routes from=China\nplease draw a map\n");

        CliRun run = CliRun.of("report", "--spec", spec.toString(), "--out", temp.resolve("r.md").toString(), "--uri", uri);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.spec:2: expected");
    }
}
