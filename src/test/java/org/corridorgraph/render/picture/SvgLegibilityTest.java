package org.corridorgraph.render.picture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker itself: it passes a legible picture and names each thing that makes one hard to read. */
class SvgLegibilityTest {
    private static final SvgLegibility CHECK = new SvgLegibility(TextMetrics.dejaVuSans());

    private static String svg(double width, double height, String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\""
                + " aria-labelledby=\"t d\" font-family=\"DejaVu Sans\"><title id=\"t\">A picture</title><desc id=\"d\">Two boxes.</desc>"
                + "<rect class=\"background\" x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>"
                + body + "</svg>";
    }

    private static String node(double x, double y, String text) {
        return "<g class=\"node\"><rect x=\"" + (x - 60) + "\" y=\"" + (y - 16) + "\" width=\"120\" height=\"24\" fill=\"#dbeafe\"/>"
                + "<text class=\"node-label\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\" font-size=\"13\" fill=\"#111827\">"
                + text + "</text></g>";
    }

    @Test
    void aLegiblePictureHasNoProblems() {
        SvgLegibility.Report report = CHECK.check(svg(400, 200, node(100, 100, "Kazakhstan") + node(300, 100, "Iran")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.labels()).hasSize(2).allMatch(SvgLegibility.Label::nodeLabel);
        // measured, not counted: "Kazakhstan" at 13 px is about 75 px wide in DejaVu Sans
        assertThat(report.labels().get(0).box().getWidth()).isBetween(60.0, 90.0);
        assertThat(report.labels().get(1).box().getWidth()).isLessThan(report.labels().get(0).box().getWidth() / 2);
    }

    @Test
    void overlappingNodeLabelsAreFound() {
        SvgLegibility.Report report = CHECK.check(svg(400, 200, node(100, 100, "Kazakhstan") + node(130, 104, "Turkmenistan")));

        assertThat(report.problems()).anyMatch(p -> p.contains("overlap") && p.contains("Kazakhstan"));
    }

    @Test
    void aLabelOutsideThePictureIsFound() {
        assertThat(CHECK.check(svg(400, 200, node(390, 100, "Turkmenistan"))).problems()).anyMatch(p -> p.contains("outside"));
    }

    @Test
    void textTooSmallAtTheDefaultWidthIsFound() {
        // 13 px in a picture 2400 wide is shown at 13 × 1600 / 2400 ≈ 8.7 px
        assertThat(CHECK.check(svg(2400, 1000, node(100, 100, "Iran"))).problems()).anyMatch(p -> p.contains("8.7 px"));
        // a narrow picture is not upscaled: 13 px stays 13 px
        assertThat(CHECK.check(svg(400, 200, node(100, 100, "Iran"))).problems()).isEmpty();
    }

    @Test
    void aStripOrATowerIsFound() {
        assertThat(CHECK.check(svg(1500, 400, node(100, 100, "Iran"))).problems()).anyMatch(p -> p.contains("aspect"));
        assertThat(CHECK.check(svg(300, 1000, node(100, 100, "Iran"))).problems()).anyMatch(p -> p.contains("aspect"));
    }

    @Test
    void lowContrastTextIsFound() {
        String pale = "<g class=\"node\"><rect x=\"40\" y=\"84\" width=\"120\" height=\"24\" fill=\"#dbeafe\"/>"
                + "<text class=\"node-label\" x=\"100\" y=\"100\" text-anchor=\"middle\" font-size=\"13\" fill=\"#9ca3af\">Iran</text></g>";

        assertThat(CHECK.check(svg(400, 200, pale)).problems()).anyMatch(p -> p.contains("contrast"));
    }

    @Test
    void aPictureWithoutTitleOrDescriptionIsFound() {
        String bare = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 200\">" + node(100, 100, "Iran") + "</svg>";

        assertThat(CHECK.check(bare).problems()).contains("no <title>", "no <desc>", "no role=\"img\"");
    }

    @Test
    void transformsMoveAndScaleText() {
        String moved = "<g transform=\"translate(300,0)\">" + node(100, 100, "Turkmenistan") + "</g>";
        String scaled = "<g transform=\"scale(0.5)\">" + node(100, 100, "Iran") + "</g>";

        assertThat(CHECK.check(svg(400, 200, moved)).problems()).anyMatch(p -> p.contains("outside"));
        assertThat(CHECK.check(svg(400, 200, scaled)).problems()).anyMatch(p -> p.contains("6.5 px"));
    }
}
