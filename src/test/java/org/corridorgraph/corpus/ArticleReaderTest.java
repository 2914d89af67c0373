package org.corridorgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(article.sentences()).extracting(Sentence::text).containsExactly(
                "The first paragraph talks about rail links between inland states and distant seaports.",
                "It ends here.",
                "The second paragraph is cut by a page break in the middle.",
                "Then a word is split by a hyphen: transportation resumes after the caption.",
                "Prices rose to $3 billion in real terms.");
        assertThat(article.repairs()).anyMatch(r -> r.contains("photo caption"))
                .anyMatch(r -> r.contains("hyphenated"))
                .anyMatch(r -> r.contains("repeat of the paragraph at line 3 dropped"));
    }

    @Test
    void sentenceIdsAreStableAndNumberParagraphsAndSentences() {
        Article article = reader.parse("sample", Path.of("sample.txt"), DAMAGED);

        assertThat(article.sentences()).extracting(Sentence::id)
                .startsWith("sample#p1.s1", "sample#p1.s2", "sample#p2.s1");
        assertThat(reader.parse("sample", Path.of("sample.txt"), DAMAGED).sentences()).isEqualTo(article.sentences());
    }

    @Test
    void theRealArticleReadsWithoutCaptionsEscapesOrItsRepeatedParagraph() {
        // the seed article is the one with every print-layout defect; other articles may sit beside it
        Article article = reader.readFolder(Paths.CORPUS).stream()
                .filter(a -> a.id().equals(SEED_ARTICLE)).findFirst()
                .orElseThrow(() -> new AssertionError(SEED_ARTICLE + ".txt is missing from " + Paths.CORPUS));
        List<String> texts = article.sentences().stream().map(Sentence::text).toList();

        assertThat(texts).hasSize(39).doesNotHaveDuplicates()
                .noneMatch(t -> t.contains("\\$") || t.contains("**") || t.contains("(2nd-") || t.contains("(R)"))
                .anyMatch(t -> t.contains("intensified the country's security concerns"))
                .anyMatch(t -> t.contains("constrain Iran's trade and economy"))
                .anyMatch(t -> t.contains("$3 billion"));
        assertThat(article.repairs()).filteredOn(r -> r.contains("photo caption")).hasSize(2);
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

    @Test
    void aMissingCorpusFolderIsNamedWithAHint() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.readFolder(Path.of("no-such-folder")))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("no-such-folder")
                .satisfies(e -> assertThat(((CorpusException) e).hint()).contains("--corpus"));
    }
}
