package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corridorgraph.render.Fixtures.row;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.support.PictureFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PNG and PDF are the svg format's picture, at the width and resolution asked for. */
class PictureFormatsTest {
    private final Renderers renderers = new Renderers(Json.mapper(), Fixtures.SCHEMA);
    private final Renderer png = renderers.byFormat("png").orElseThrow();
    private final Renderer pdf = renderers.byFormat("pdf").orElseThrow();
    private final Renderer svg = renderers.byFormat("svg").orElseThrow();

    @Test
    void aPngIsAsWideAsAskedWithTheShapeOfTheSvgAndRecordsItsDpi() {
        Rendered picture = png.render(Fixtures.routes(), new PictureSize(900, 300));
        SvgFrame frame = SvgFrame.of(svg.render(Fixtures.routes()));

        assertThat(picture.mediaType()).isEqualTo("image/png");
        assertThat(picture.contentType()).isEqualTo("image/png");
        assertThat(PictureFiles.isPng(picture.body())).isTrue();
        assertThat(PictureFiles.pngWidth(picture.body())).isEqualTo(900);
        assertThat(PictureFiles.pngHeight(picture.body())).isCloseTo((int) Math.round(900 * frame.aspect()),
                org.assertj.core.data.Offset.offset(1));
        assertThat(PictureFiles.pngDpi(picture.body())).isEqualTo(300);
    }

    @Test
    void theDefaultSizeIsAPageWide() {
        byte[] picture = png.render(Fixtures.routes(), PictureSize.DEFAULT).body();

        assertThat(PictureFiles.pngWidth(picture)).isEqualTo(1600);
        assertThat(PictureFiles.pngDpi(picture)).isEqualTo(200);
    }

    @Test
    void aPdfIsOnePageWidthOverDpiInchesWideWithItsFontEmbedded() throws Exception {
        assumeTrue(PictureFonts.installed().present(), "DejaVu Sans is not installed: run scripts/ensure-fonts.sh");
        Rendered picture = pdf.render(Fixtures.routes(), new PictureSize(1440, 180));

        assertThat(picture.mediaType()).isEqualTo("application/pdf");
        assertThat(PictureFiles.isPdf(picture.body())).isTrue();
        PictureFiles.Pdf read = PictureFiles.pdf(picture.body());
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.firstPageWidthPt()).as("8 inches").isCloseTo(576f, org.assertj.core.data.Offset.offset(1f));
        assertThat(read.embeddedFonts()).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
        assertThat(read.otherFonts()).as("fonts the reader must supply").isEmpty();
        assertThat(read.images()).as("a vector picture, no bitmap").isZero();
        assertThat(read.text()).contains("Kazakhstan", "Turkmenistan");
    }

    @Test
    void pngAndPdfDrawExactlyWhatSvgDraws() {
        QueryResult table = Fixtures.table(List.of("state", "partners"), List.of(row("state", "Iran", "partners", 4L)), false);

        for (Renderer picture : List.of(png, pdf)) {
            assertThat(picture.supports(table)).isEqualTo(svg.supports(table)).isFalse();
            assertThat(picture.supports(Fixtures.routes())).isTrue();
            assertThat(picture.drawsGraphs()).isTrue();
            assertThat(picture.text()).isFalse();
            assertThatThrownBy(() -> picture.render(table, PictureSize.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void textFormatsGiveTheirTextAsUtf8WhateverTheSize() {
        Renderer csv = renderers.byFormat("csv").orElseThrow();

        Rendered answer = csv.render(Fixtures.routes(), new PictureSize(300, 72));

        assertThat(answer.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(csv.render(Fixtures.routes()));
    }

    @ParameterizedTest(name = "width={0} dpi={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "199 | | width", "6001 | | width", "wide | | width", " | 71 | dpi", " | 601 | dpi", " | 1.5 | dpi"})
    void aSizeOutOfBoundsNamesItsParameterAndTheBounds(String width, String dpi, String parameter) {
        assertThatThrownBy(() -> PictureSize.parse(width, dpi)).isInstanceOfSatisfying(PictureSize.OutOfBounds.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).startsWith(parameter + " = ");
            assertThat(e.hint()).contains(parameter.equals("width") ? "from 200 to 6000" : "from 72 to 600");
        });
    }

    @Test
    void aPngTooLargeToDrawIsRefusedNamingTheWidestThatFits() {
        String tall = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"500\" height=\"1500\" viewBox=\"0 0 500 1500\"/>";

        assertThatThrownBy(() -> new PngRenderer(svg).transcode(tall, SvgFrame.of(tall), new PictureSize(6000, 200)))
                .isInstanceOfSatisfying(PictureSize.OutOfBounds.class, e -> {
                    assertThat(e.parameter()).isEqualTo("width");
                    assertThat(e.getMessage()).contains("6000 × 18000 px");
                    assertThat(e.hint()).isEqualTo("give a width of at most 3464");
                });
    }

    @Test
    void anSvg2MarkerThatReversesAtTheStartIsDrawnAsBatikCan() {
        String svg2 = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><defs>"
                + "<marker id=\"back\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>"
                + "<polyline points=\"10,20 190,20\" stroke=\"black\" marker-start=\"url(#back)\"/></svg>";

        String adapted = SvgForBatik.adapt(svg2);
        byte[] picture = new PngRenderer(svg).transcode(svg2, SvgFrame.of(svg2), new PictureSize(400, 96));

        assertThat(adapted).doesNotContain("auto-start-reverse").contains("marker-start=\"url(#back-start-reversed)\"",
                "rotate(180 10 5)");
        assertThat(PictureFiles.pngWidth(picture)).isEqualTo(400);
    }

    @Test
    void anAbsentSizeTakesTheDefaults() {
        assertThat(PictureSize.parse(null, " ")).isEqualTo(PictureSize.DEFAULT);
        assertThat(PictureSize.parse("800", null)).isEqualTo(new PictureSize(800, 200));
    }

    @Test
    void acceptNegotiationOffersPngAndPdfForPicturesOnly() {
        QueryResult table = Fixtures.table(List.of("state"), List.of(row("state", "Iran")), false);

        assertThat(renderers.byAccept("image/png", Fixtures.routes())).map(Renderer::format).contains("png");
        assertThat(renderers.byAccept("application/pdf", Fixtures.routes())).map(Renderer::format).contains("pdf");
        assertThat(renderers.byAccept("image/*", Fixtures.routes())).map(Renderer::format).contains("png");
        assertThat(renderers.byAccept("application/pdf, application/json;q=0.5", table)).map(Renderer::format).contains("json");
        assertThat(renderers.byAccept("image/png", table)).isEmpty();
    }
}
