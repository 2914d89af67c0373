package org.corridorgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How one Accept header is read: the ranges it names, their q values, and what each range matches. */
class MediaRangeTest {

    @Test
    void rangesComeInHeaderOrderWithQOneWhenNoneIsGiven() {
        List<MediaRange> ranges = MediaRange.parse("text/csv, image/svg+xml;q=0.8, */*;q=0.1");

        assertThat(ranges).containsExactly(
                new MediaRange("text", "csv", 1.0, 0),
                new MediaRange("image", "svg+xml", 0.8, 1),
                new MediaRange("*", "*", 0.1, 2));
    }

    @Test
    void typesAndTheQParameterAreReadInAnyCaseAndSpacing() {
        List<MediaRange> ranges = MediaRange.parse("  Text/Markdown ; Q = 0.4 ,APPLICATION/JSON");

        assertThat(ranges).containsExactly(
                new MediaRange("text", "markdown", 0.4, 0),
                new MediaRange("application", "json", 1.0, 1));
    }

    @Test
    void otherParametersDoNotChangeQ() {
        assertThat(MediaRange.parse("text/csv;charset=utf-8;header=present;q=0.3, text/markdown;charset=utf-8"))
                .extracting(MediaRange::q).containsExactly(0.3, 1.0);
    }

    @Test
    void qOutsideZeroToOneIsClampedAndZeroIsKeptSoItCanRefuseAType() {
        // q=0 means "not this one": dropping it would let a wildcard accept the type after all
        assertThat(MediaRange.parse("text/csv;q=0, text/markdown;q=7, image/svg+xml;q=-2"))
                .extracting(MediaRange::subtype, MediaRange::q)
                .containsExactly(
                        tuple("csv", 0.0),
                        tuple("markdown", 1.0),
                        tuple("svg+xml", 0.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "text/", "/csv", "", " ", ";q=0.5", "text/csv;q=high", "text/csv;q=", "text/csv;q=NaN"})
    void aMalformedRangeIsDropped(String malformed) {
        assertThat(MediaRange.parse(malformed)).isEmpty();
    }

    @Test
    void aMalformedRangeDoesNotCostItsNeighboursTheirPlace() {
        List<MediaRange> ranges = MediaRange.parse("text/csv;q=oops, garbage, image/svg+xml, text/markdown;q=0.5");

        // positions count only the ranges kept, so "first named" still means the first usable one
        assertThat(ranges).containsExactly(
                new MediaRange("image", "svg+xml", 1.0, 0),
                new MediaRange("text", "markdown", 0.5, 1));
    }

    @Test
    void aBareStarMeansAnything() {
        // old clients send "*" alone
        assertThat(MediaRange.parse("*;q=0.2")).containsExactly(new MediaRange("*", "*", 0.2, 0));
        assertThat(MediaRange.parse("*").get(0).specificity("text/csv")).isZero();
    }

    @Test
    void noHeaderGivesNoRanges() {
        assertThat(MediaRange.parse(null)).isEmpty();
    }

    @Test
    void anExactRangeIsMoreSpecificThanATypeWildcardWhichBeatsAFullWildcard() {
        String svg = "image/svg+xml";

        assertThat(MediaRange.parse("image/svg+xml").get(0).specificity(svg)).isEqualTo(2);
        assertThat(MediaRange.parse("image/*").get(0).specificity(svg)).isEqualTo(1);
        assertThat(MediaRange.parse("*/*").get(0).specificity(svg)).isZero();
    }

    @Test
    void aRangeForAnotherTypeOrSubtypeDoesNotMatch() {
        String csv = "text/csv";

        assertThat(MediaRange.parse("text/markdown").get(0).specificity(csv)).isNegative();
        assertThat(MediaRange.parse("image/*").get(0).specificity(csv)).isNegative();
        // "*/csv" is not a valid range: a wildcard type needs a wildcard subtype
        assertThat(MediaRange.parse("*/csv").get(0).specificity(csv)).isNegative();
    }
}
