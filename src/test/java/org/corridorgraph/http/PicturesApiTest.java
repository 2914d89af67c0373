package org.corridorgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.app.Application;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.render.PictureFonts;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.PictureFiles;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** format=png and format=pdf over HTTP, as a report writer downloads them: the SVG's picture, at the size asked. */
@ExtendWith(SharedNeo4j.class)
class PicturesApiTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final String ROUTES = "/api/queries/routes?from=China&to=Iran&via=Central%20Asia";
    private static Application application;
    private static String base;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start(GraphConnection connection) {
        CliRun run = CliRun.of("import", "--uri", connection.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        application = TestApps.on(connection, new QueryLimits(Duration.ofSeconds(30), 1000));
        base = "http://127.0.0.1:" + application.serve("127.0.0.1", 0).port();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void everyExampleOfEveryQueryAnswersSvgPngAtTheWidthAskedAndPdfWithItsFontEmbedded() throws Exception {
        JsonNode catalogue = JSON.readTree(get("/api/queries").body());
        List<String> drawn = new ArrayList<>();
        boolean fonts = PictureFonts.installed().present();
        for (JsonNode query : catalogue.path("queries")) {
            for (JsonNode example : query.path("examples")) {
                String url = example.path("url").asText();
                String join = url.contains("?") ? "&" : "?";
                HttpResponse<byte[]> svg = get(url + join + "format=svg");
                HttpResponse<byte[]> png = get(url + join + "format=png&width=640");
                HttpResponse<byte[]> pdf = get(url + join + "format=pdf");
                drawn.add(url);
                assertThat(svg.statusCode()).as(url + ": " + new String(svg.body())).isEqualTo(200);
                assertThat(new String(svg.body())).as(url).contains("<svg").contains("<title");
                assertThat(png.statusCode()).as(url + ": " + new String(png.body())).isEqualTo(200);
                assertThat(type(png)).isEqualTo("image/png");
                assertThat(PictureFiles.isPng(png.body())).as(url).isTrue();
                assertThat(PictureFiles.pngWidth(png.body())).as(url).isEqualTo(640);
                assertThat(pdf.statusCode()).as(url + ": " + new String(pdf.body())).isEqualTo(200);
                assertThat(type(pdf)).isEqualTo("application/pdf");
                assertThat(PictureFiles.isPdf(pdf.body())).as(url).isTrue();
                PictureFiles.Pdf read = PictureFiles.pdf(pdf.body());
                assertThat(read.images()).as(url + ": vectors, no bitmap").isZero();
                if (fonts) {
                    assertThat(read.embeddedFonts()).as(url).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
                    assertThat(read.otherFonts()).as(url + ": fonts the reader must supply").isEmpty();
                }
            }
        }
        assertThat(drawn).as("examples drawn").anyMatch(u -> u.contains("/routes")).anyMatch(u -> u.contains("/trade"))
                .anyMatch(u -> u.contains("/timeline")).anyMatch(u -> u.contains("/memberships"));
    }

    @Test
    void theAcceptHeaderAsksForPngOrPdf() throws Exception {
        HttpResponse<byte[]> png = get(ROUTES, "Accept", "image/png");
        HttpResponse<byte[]> pdf = get(ROUTES, "Accept", "application/pdf, application/json;q=0.5");

        assertThat(type(png)).isEqualTo("image/png");
        assertThat(PictureFiles.pngWidth(png.body())).as("the default width, a page").isEqualTo(1600);
        assertThat(PictureFiles.pngDpi(png.body())).isEqualTo(200);
        assertThat(type(pdf)).isEqualTo("application/pdf");
        assertThat(PictureFiles.isPdf(pdf.body())).isTrue();
    }

    @Test
    void askAnswersAPictureToo() throws Exception {
        HttpResponse<byte[]> png = get("/api/ask?q=how+does+China+reach+Iran+through+Central+Asia&format=png&width=800&dpi=100");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(PictureFiles.pngWidth(png.body())).isEqualTo(800);
        assertThat(PictureFiles.pngDpi(png.body())).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "width=100 | width | from 200 to 6000",
            "width=7000 | width | from 200 to 6000",
            "width=wide | width | not a whole number",
            "dpi=50 | dpi | from 72 to 600",
            "dpi=1200 | dpi | from 72 to 600",
            "dpi=1.5 | dpi | not a whole number"})
    void aSizeOutOfBoundsIs400NamingTheParameterAndItsBounds(String param, String name, String said) throws Exception {
        HttpResponse<byte[]> response = get(ROUTES + "&format=png&" + param);
        JsonNode problem = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(type(response)).startsWith(HttpApp.PROBLEM_JSON);
        assertThat(problem.path("parameter").asText()).isEqualTo(name);
        assertThat(problem.path("detail").asText() + " " + problem.path("hint").asText()).contains(said);
    }

    @Test
    void twoWidthsAreTwoAnswersAndTheSameWidthRevalidates() throws Exception {
        HttpResponse<byte[]> narrow = get(ROUTES + "&format=png&width=400");
        HttpResponse<byte[]> wide = get(ROUTES + "&format=png&width=1200");
        HttpResponse<byte[]> again = get(ROUTES + "&format=png&width=400");
        String etag = narrow.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = get(ROUTES + "&format=png&width=400", "If-None-Match", etag);

        assertThat(PictureFiles.pngWidth(narrow.body())).isEqualTo(400);
        assertThat(PictureFiles.pngWidth(wide.body())).isEqualTo(1200);
        assertThat(wide.headers().firstValue("ETag")).isNotEqualTo(narrow.headers().firstValue("ETag"));
        assertThat(again.body()).isEqualTo(narrow.body());
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void theOpenApiDocumentOffersPngAndPdfWithTheirSize() throws Exception {
        JsonNode routes = JSON.readTree(get("/openapi.json").body()).path("paths").path("/api/queries/routes").path("get");
        JsonNode content = routes.path("responses").path("200").path("content");
        JsonNode width = null;
        for (JsonNode p : routes.path("parameters")) {
            if (p.path("name").asText().equals("width")) {
                width = p;
            }
        }

        assertThat(content.path("image/png").path("schema").path("format").asText()).isEqualTo("binary");
        assertThat(content.has("application/pdf")).isTrue();
        assertThat(width).isNotNull();
        assertThat(width.path("schema").path("minimum").asInt()).isEqualTo(200);
        assertThat(width.path("schema").path("maximum").asInt()).isEqualTo(6000);
        assertThat(width.path("schema").path("default").asInt()).isEqualTo(1600);
    }
}
