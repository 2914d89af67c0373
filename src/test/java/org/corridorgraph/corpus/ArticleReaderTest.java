package org.corridorgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
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
        List<Article> articles = reader.readFolder(Paths.CORPUS);
        Article article = articles.get(0);
        List<String> texts = article.sentences().stream().map(Sentence::text).toList();

        assertThat(articles).hasSize(1);
        assertThat(article.id()).isEqualTo("tehran-interests-central-asia");
        assertThat(texts).hasSize(39).doesNotHaveDuplicates()
                .noneMatch(t -> t.contains("\\$") || t.contains("**") || t.contains("(2nd-") || t.contains("(R)"))
                .anyMatch(t -> t.contains("intensified the country's security concerns"))
                .anyMatch(t -> t.contains("constrain Iran's trade and economy"))
                .anyMatch(t -> t.contains("$3 billion"));
        assertThat(article.repairs()).filteredOn(r -> r.contains("photo caption")).hasSize(2);
        assertThat(article.repairs()).filteredOn(r -> r.contains("repeat of the paragraph")).hasSize(1);
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
