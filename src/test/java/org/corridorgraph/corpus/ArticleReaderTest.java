package org.corridorgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;

import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private static final String SEED_ARTICLE = "tehran-interests-central-asia";
    private final ArticleReader reader = new ArticleReader();

    /** Text of our own that has every layout defect the real article has. */
    private static final String DAMAGED = String.join("\n",
            "A Title Without A Full Stop",
            "",
            "The first paragraph talks about rail links between inland states and distant seaports. It ends here.",
            "",
            "The second paragraph is cut by a page",
            "",
            "break in the middle. Then a word is split by a hyphen: trans-",
            "",
            "A minister (2nd-L) greets a guest (R) during a visit on May 1, 2025.",
            "",
            "portation resumes after the caption. Prices rose to \\$3 billion in **real terms**.",
            "",
            "The first paragraph talks about rail links between inland",
            "",
            "states and distant seaports.");

    @Test
    void repairsPageBreaksHyphensCaptionsEscapesAndARepeatedParagraph() {
        Article article = reader.parse("sample", Path.of("sample.txt"), DAMAGED);

        assertThat(article.title()).isEqualTo("A Title Without A Full Stop");
        assertThat(article.paragraphs()).hasSize(2);
        // the caption between the hyphen's halves stays out of the body and comes after it
        assertThat(article.sentences()).extracting(Sentence::text).containsExactly(
                "The first paragraph talks about rail links between inland states and distant seaports.",
                "It ends here.",
                "The second paragraph is cut by a page break in the middle.",
                "Then a word is split by a hyphen: transportation resumes after the caption.",
                "Prices rose to $3 billion in real terms.",
                "A minister (2nd-L) greets a guest (R) during a visit on May 1, 2025.");
        assertThat(article.repairs()).anyMatch(r -> r.contains("photo caption kept as a citable caption sentence"))
                .anyMatch(r -> r.contains("hyphenated"))
                .anyMatch(r -> r.contains("repeat of the paragraph at line 3 dropped"));
    }

    @Test
    void photoCaptionsAreCitableCaptionSentencesNumberedApartFromTheBody() {
        Article article = reader.parse("s", Path.of("s.txt"), String.join("\n",
                "Bridge Opens",
                "",
                "The new bridge opened on Friday. Traffic was light.",
                "",
                "The mayor (C) cuts the ribbon as engineers (L) look on. Rain fell all day.",
                "",
                "Tolls start next month.",
                "",
                "Two engineers (2nd-R) inspect the deck."));

        assertThat(article.sentences()).extracting(Sentence::id, Sentence::caption, Sentence::line, Sentence::text).containsExactly(
                tuple("s#p1.s1", false, 3, "The new bridge opened on Friday."),
                tuple("s#p1.s2", false, 3, "Traffic was light."),
                // a caption between paragraphs does not renumber them
                tuple("s#p2.s1", false, 7, "Tolls start next month."),
                tuple("s#c1.s1", true, 5, "The mayor (C) cuts the ribbon as engineers (L) look on."),
                tuple("s#c1.s2", true, 5, "Rain fell all day."),
                tuple("s#c2.s1", true, 9, "Two engineers (2nd-R) inspect the deck."));
        assertThat(article.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(article.captions()).extracting(Paragraph::number, Paragraph::line).containsExactly(tuple(1, 5), tuple(2, 9));
        assertThat(article.repairs()).containsExactly(
                "s.txt:5: photo caption kept as a citable caption sentence, out of the body (s#c1.s1): \"The mayor (C) cuts the ribbon as…\"",
                "s.txt:9: photo caption kept as a citable caption sentence, out of the body (s#c2.s1): \"Two engineers (2nd-R) inspect the deck.\"");
    }

    @Test
    void aCaptionTheLayoutCutMidBracketIsKeptAsWrittenAndReported() {
        Article article = reader.parse("s", Path.of("s.txt"), String.join("\n",
                "Port Visit",
                "",
                "A delegation toured the port.",
                "",
                "The harbour master (2nd-L) speaks with a pilot (1 beside the quay on a grey morning."));

        assertThat(article.captions()).singleElement().satisfies(caption -> assertThat(caption.sentences())
                .extracting(Sentence::id, Sentence::text)
                .containsExactly(tuple("s#c1.s1", "The harbour master (2nd-L) speaks with a pilot (1 beside the quay on a grey morning.")));
        assertThat(article.repairs()).contains("s.txt:5: photo caption has a bracket the layout cut short, kept as written: \"(1\"");
        assertThat(article.sentences()).extracting(Sentence::text).first().isEqualTo("A delegation toured the port.");
    }

    @Test
    void whatTheDatelineSaysStaysOnTheArticle() {
        Article dated = reader.parse("s", Path.of("s.txt"), "PORTVILLE, March 3. /NEWSWIRE/. The ferry line added a second boat.");
        Article withYear = reader.parse("t", Path.of("t.txt"), "Ferry News\n\nLAKETON, Sept. 14, 2024 /Lake Wire/: Boats ran late.");
        Article bracketed = reader.parse("u", Path.of("u.txt"), "NEW RIVERTON (Wire Service) - Grain exports rose in May.");
        Article none = reader.parse("v", Path.of("v.txt"), "Grain News\n\nGrain exports rose in May.");

        assertThat(dated.dateline()).isEqualTo(new Dateline(1, "PORTVILLE, March 3. /NEWSWIRE/.", "PORTVILLE", Month.MARCH, 3, null, "NEWSWIRE"));
        assertThat(dated.dateline().date()).hasToString("March 3, year unknown");
        assertThat(dated.heading()).isNull();
        assertThat(withYear.dateline().date()).isEqualTo(new PartialDate(2024, 9, 14));
        assertThat(withYear.dateline().agency()).isEqualTo("Lake Wire");
        assertThat(withYear.heading()).isEqualTo("Ferry News");
        assertThat(bracketed.dateline()).isEqualTo(new Dateline(1, "NEW RIVERTON (Wire Service) -", "NEW RIVERTON", null, null, null, "Wire Service"));
        assertThat(bracketed.dateline().date()).isNull();
        assertThat(none.dateline()).isNull();
    }

    @Test
    void sentenceIdsAreStableAndNumberParagraphsAndSentences() {
        Article article = reader.parse("sample", Path.of("sample.txt"), DAMAGED);

        assertThat(article.sentences()).extracting(Sentence::id)
                .startsWith("sample#p1.s1", "sample#p1.s2", "sample#p2.s1");
        assertThat(reader.parse("sample", Path.of("sample.txt"), DAMAGED).sentences()).isEqualTo(article.sentences());
    }

    @Test
    void theRealArticleReadsWithoutEscapesOrItsRepeatedParagraphAndItsCaptionsApart() {
        // the seed article is the one with every print-layout defect; other articles may sit beside it
        Article article = reader.readFolder(Paths.CORPUS).stream()
                .filter(a -> a.id().equals(SEED_ARTICLE)).findFirst()
                .orElseThrow(() -> new AssertionError(SEED_ARTICLE + ".txt is missing from " + Paths.CORPUS));
        List<String> body = article.paragraphs().stream().flatMap(p -> p.sentences().stream()).map(Sentence::text).toList();

        assertThat(body).hasSize(39).doesNotHaveDuplicates()
                .noneMatch(t -> t.contains("\\$") || t.contains("**") || t.contains("(2nd-") || t.contains("(R)"))
                .anyMatch(t -> t.contains("intensified the country's security concerns"))
                .anyMatch(t -> t.contains("constrain Iran's trade and economy"))
                .anyMatch(t -> t.contains("$3 billion"));
        assertThat(article.sentences()).filteredOn(Sentence::caption).extracting(Sentence::id, Sentence::line)
                .containsExactly(tuple(SEED_ARTICLE + "#c1.s1", 23), tuple(SEED_ARTICLE + "#c2.s1", 47));
        assertThat(article.repairs()).filteredOn(r -> r.contains("photo caption kept as a citable caption sentence")).hasSize(2);
        assertThat(article.repairs()).filteredOn(r -> r.contains("cut short")).containsExactly(
                SEED_ARTICLE + ".txt:47: photo caption has a bracket the layout cut short, kept as written: \"(1\"");
        assertThat(article.repairs()).filteredOn(r -> r.contains("repeat of the paragraph")).hasSize(1);
    }

    @Test
    void everyArticleInTheCorpusFolderIsReadOnceInFileNameOrder() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Paths.CORPUS)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                    .map(n -> n.substring(0, n.length() - ".txt".length())).toList();
        }

        // the folder decides: articles added later are read without a change here
        assertThat(files).contains(SEED_ARTICLE);
        assertThat(reader.readFolder(Paths.CORPUS)).extracting(Article::id).containsExactlyElementsOf(files);
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        Article article = reader.parse("s", Path.of("s.txt"), "Dr. Smith met J. Doe in the U.S. capital. They agreed.");

        assertThat(article.sentences()).extracting(Sentence::text)
                .containsExactly("Dr. Smith met J. Doe in the U.S. capital.", "They agreed.");
    }

    // page furniture: each rule on a small text of our own, with the repair line it reports

    @Test
    void aLineThatIsOnlyAPhotoCreditIsLeftOutAndReported() {
        Article article = reader.parse("s", Path.of("s.txt"), String.join("\n",
                "Harbour Cranes Arrive",
                "",
                "Photo: Jane Roe / Example Pictures",
                "",
                "Two new cranes reached the quay on Friday. Unloading starts next week.",
                "",
                "Photo: a long line that names the picture is body text once it grows past twelve words in all."));

        assertThat(article.sentences()).extracting(Sentence::text).containsExactly(
                "Two new cranes reached the quay on Friday.",
                "Unloading starts next week.",
                "Photo: a long line that names the picture is body text once it grows past twelve words in all.");
        assertThat(article.repairs()).containsExactly(
                "s.txt:3: photo credit left out of the body: \"Photo: Jane Roe / Example Pictures\"");
    }

    @Test
    void theFurnitureAfterTheBodyIsLeftOutLineByLine() {
        Article article = reader.parse("s", Path.of("s.txt"), String.join("\n",
                "Ferry Timetable Changes",
                "",
                "The island ferry will sail twice a day from June. The operator says demand has doubled since spring,",
                "",
                "and a second vessel is being refitted for the route. Fares stay the same for residents.",
                "",
                "Read more:",
                "",
                "About the author",
                "",
                "Jane Roe covers shipping for a regional weekly.",
                "",
                "Leave a comment",
                "",
                "500 characters left",
                "",
                "Ferry Timetable Changes"));

        assertThat(article.sentences()).extracting(Sentence::text).containsExactly(
                "The island ferry will sail twice a day from June.",
                "The operator says demand has doubled since spring, and a second vessel is being refitted for the route.",
                "Fares stay the same for residents.");
        assertThat(article.repairs()).containsExactly(
                "s.txt:7: page furniture after the body left out: \"Read more:\"",
                "s.txt:9: page furniture after the body left out (it follows line 7): \"About the author\"",
                "s.txt:11: page furniture after the body left out (it follows line 7): \"Jane Roe covers shipping for a regional…\"",
                "s.txt:13: page furniture after the body left out (it follows line 7): \"Leave a comment\"",
                "s.txt:15: page furniture after the body left out (it follows line 7): \"500 characters left\"",
                "s.txt:17: page furniture after the body left out (it follows line 7): \"Ferry Timetable Changes\"",
                "s.txt:5: paragraph cut by a page break joined to line 3");
    }

    @Test
    void aFurnitureLabelWithMoreTextAfterItThanBeforeItIsNotATrailer() {
        Article article = reader.parse("s", Path.of("s.txt"), String.join("\n",
                "Tram Letters",
                "",
                "A short opening line.",
                "",
                "Comments",
                "",
                "Readers wrote in about the new tram line. Most of them liked the later evening service.",
                "",
                "Archive"));

        assertThat(article.sentences()).extracting(Sentence::text).containsExactly(
                "A short opening line.",
                "Readers wrote in about the new tram line.",
                "Most of them liked the later evening service.");
        assertThat(article.repairs()).containsExactly("s.txt:9: page furniture after the body left out: \"Archive\"");
    }

    @Test
    void aNewsAgencyDatelineIsStrippedFromTheFirstSentenceAndTheRestOfItKept() {
        Article slashes = reader.parse("s", Path.of("s.txt"), String.join("\n",
                "PORTVILLE, March 3. /NEWSWIRE/. The ferry line added a second boat. It sails daily.",
                "",
                "LAKETON, May 4. /NEWSWIRE/. A later paragraph keeps what it starts with."));
        Article brackets = reader.parse("t", Path.of("t.txt"), "NEW RIVERTON (Wire Service) - Grain exports rose in May.");
        Article plain = reader.parse("u", Path.of("u.txt"), "NATO (North Atlantic Treaty Organization) leaders met on Monday.");
        Article alone = reader.parse("v", Path.of("v.txt"), "HILLSIDE, June 9. /NEWSWIRE/.\n\nThe body follows on its own.");

        assertThat(slashes.sentences()).extracting(Sentence::id, Sentence::text).containsExactly(
                tuple("s#p1.s1", "The ferry line added a second boat."),
                tuple("s#p1.s2", "It sails daily."),
                // only the first paragraph opens with a dateline
                tuple("s#p2.s1", "LAKETON, May 4. /NEWSWIRE/."),
                tuple("s#p2.s2", "A later paragraph keeps what it starts with."));
        assertThat(slashes.repairs()).containsExactly(
                "s.txt:1: news agency dateline stripped from the first sentence: \"PORTVILLE, March 3. /NEWSWIRE/.\"");
        assertThat(brackets.sentences()).extracting(Sentence::text).containsExactly("Grain exports rose in May.");
        assertThat(brackets.repairs()).containsExactly(
                "t.txt:1: news agency dateline stripped from the first sentence: \"NEW RIVERTON (Wire Service) -\"");
        // an acronym with its expansion is no dateline: no dash or slashes follow it
        assertThat(plain.sentences()).extracting(Sentence::text)
                .containsExactly("NATO (North Atlantic Treaty Organization) leaders met on Monday.");
        assertThat(plain.repairs()).isEmpty();
        assertThat(alone.sentences()).extracting(Sentence::id, Sentence::text)
                .containsExactly(tuple("v#p1.s1", "The body follows on its own."));
        assertThat(alone.repairs()).containsExactly(
                "v.txt:1: news agency dateline left out of the body: \"HILLSIDE, June 9. /NEWSWIRE/.\"");
    }

    @Test
    void linesWithoutBlankLinesBetweenThemAreOneParagraphEach() {
        Article article = reader.parse("s", Path.of("s.txt"), String.join("\n",
                "Dry Port Reopens",
                "",
                "The inland terminal opened again on Sunday.",
                "Officials from three countries attended. They cut a ribbon.",
                "The first train leaves on Monday.",
                "",
                "A wrapped paragraph whose first line ends a sentence.",
                "Its second line does too, but this one runs on",
                "into a third line."));

        assertThat(article.sentences()).extracting(Sentence::id, Sentence::line, Sentence::text).containsExactly(
                tuple("s#p1.s1", 3, "The inland terminal opened again on Sunday."),
                tuple("s#p2.s1", 4, "Officials from three countries attended."),
                tuple("s#p2.s2", 4, "They cut a ribbon."),
                tuple("s#p3.s1", 5, "The first train leaves on Monday."),
                tuple("s#p4.s1", 7, "A wrapped paragraph whose first line ends a sentence."),
                tuple("s#p4.s2", 7, "Its second line does too, but this one runs on into a third line."));
        assertThat(article.title()).isEqualTo("Dry Port Reopens");
        assertThat(article.repairs()).containsExactly(
                "s.txt:3: 3 lines without blank lines between them read as 3 paragraphs");
    }

    @Test
    void typographicQuotesAreMadeStraight() {
        Article article = reader.parse("s", Path.of("s.txt"), "\u201cWe are ready,\u201d the manager said. It\u2019s a \u2018first\u2019.");

        assertThat(article.sentences()).extracting(Sentence::text)
                .containsExactly("\"We are ready,\" the manager said.", "It's a 'first'.");
        assertThat(article.repairs()).containsExactly("s.txt:1: typographic quotes made straight");
    }

    @Test
    void aMissingCorpusFolderIsNamedWithAHint() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.readFolder(Path.of("no-such-folder")))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("no-such-folder")
                .satisfies(e -> assertThat(((CorpusException) e).hint()).contains("--corpus"));
    }
}
