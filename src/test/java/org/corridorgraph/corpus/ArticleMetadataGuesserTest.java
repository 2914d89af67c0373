package org.corridorgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;

/** What a reader can tell about a new article from its text: title, date, agency, and why not. */
class ArticleMetadataGuesserTest {
    private final ArticleReader reader = new ArticleReader();
    private final ArticleMetadataGuesser guesser = new ArticleMetadataGuesser();

    @Test
    void aHeadingGivesTheTitleAndADatelineTheDayMonthAndAgencyButNoYear() {
        ArticleMetadata metadata = guesser.guess(reader.parse("s", Path.of("s.txt"), String.join("\n",
                "Ferry Line Adds A Boat",
                "",
                "PORTVILLE, March 3. /NEWSWIRE/. The ferry line added a second boat. It sails daily.")));

        assertThat(metadata.title()).isEqualTo("Ferry Line Adds A Boat");
        assertThat(metadata.published()).isEqualTo(new PartialDate(null, 3, 3));
        assertThat(metadata.published().iso()).as("no partial date without a year").isNull();
        assertThat(metadata.agency()).isEqualTo("NEWSWIRE");
        assertThat(metadata.place()).isEqualTo("PORTVILLE");
        assertThat(metadata.notes()).containsExactly(
                "s.txt: title from the first heading line",
                "s.txt:3: dateline \"PORTVILLE, March 3. /NEWSWIRE/.\" gives March 3, year unknown: it names no year,"
                        + " so the publication year is unknown");
    }

    @Test
    void aDatelineWithAYearGivesTheWholeDate() {
        ArticleMetadata metadata = guesser.guess(reader.parse("s", Path.of("s.txt"),
                "LAKETON, Sept. 14, 2024 /Lake Wire/: Boats ran late on the lake."));

        assertThat(metadata.published()).isEqualTo(new PartialDate(2024, 9, 14));
        assertThat(metadata.published().iso()).isEqualTo("2024-09-14");
        assertThat(metadata.agency()).isEqualTo("Lake Wire");
    }

    @Test
    void withoutHeadingOrDatelineTitleAndDateAreUnknownAndTheNotesSayWhy() {
        ArticleMetadata metadata = guesser.guess(reader.parse("s", Path.of("s.txt"),
                "Grain exports rose in May. Prices held steady."));

        assertThat(metadata.title()).isNull();
        assertThat(metadata.published()).isNull();
        assertThat(metadata.agency()).isNull();
        assertThat(metadata.notes()).containsExactly(
                "s.txt: no heading line before the first sentence, so no title",
                "s.txt: no news agency dateline, so the publication date is unknown");
    }

    @Test
    void aDatelineDayTheMonthDoesNotHaveGivesNoDate() {
        ArticleMetadata metadata = guesser.guess(reader.parse("s", Path.of("s.txt"),
                "PORTVILLE, February 30. /NEWSWIRE/. The ferry line added a second boat."));

        assertThat(metadata.published()).isNull();
        assertThat(metadata.agency()).isEqualTo("NEWSWIRE");
        assertThat(metadata.notes()).last().asString().contains("gives a day its month does not have");
    }

    @Test
    void theCorpusNewsItemsGiveWhatTheirTextsHold() {
        List<Article> corpus = reader.readFolder(Paths.CORPUS);
        ArticleMetadata tass = guesser.guess(article(corpus, "tass-turkmenistan-russia-instc-2025"));
        ArticleMetadata railfreight = guesser.guess(article(corpus, "railfreight-turkmenistan-joins-instc"));

        // the agency item has no headline; its dateline gives the day, not the year
        assertThat(tass.title()).isNull();
        assertThat(tass.published()).isEqualTo(new PartialDate(null, 10, 13));
        assertThat(tass.agency()).isEqualTo("TASS");
        assertThat(tass.place()).isEqualTo("ASHGABAT");
        assertThat(railfreight.title()).isEqualTo("Turkmenistan officially joins the INSTC");
        assertThat(railfreight.published()).isNull();
    }

    private static Article article(List<Article> corpus, String id) {
        return corpus.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + ".txt is missing from " + Paths.CORPUS));
    }
}
