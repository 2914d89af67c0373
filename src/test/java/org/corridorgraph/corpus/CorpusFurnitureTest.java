package org.corridorgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;

/** The real corpus folder, as received: no article gives the user a sentence that is page furniture. */
class CorpusFurnitureTest {
    private static final String SEED_ARTICLE = "tehran-interests-central-asia";
    /** Sentences that are links, prompts, bylines or credits, not what the article says. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:also read|read (?:also|more)|see also|related\\b|author\\b|about the author|(?:add|leave) (?:a |your )?comment"
                    + "|\\d*\\s*characters? (?:remaining|left)|log in\\b|(?:date )?archive\\b|share\\b|tags?:"
                    + "|(?:image|photo|picture|credit)s?\\s*:|©).*");
    private static final Pattern DATELINE = Pattern.compile(".*(?:/\\p{Lu}+/|\\p{Lu}{3,}, \\p{Lu}\\p{Ll}+ \\d{1,2}\\.).*");

    private final List<Article> articles = new ArticleReader().readFolder(Paths.CORPUS);

    @Test
    void noSentenceOfAnyArticleIsPageFurniture() {
        assertThat(articles).hasSizeGreaterThan(1);
        for (Article article : articles) {
            assertThat(article.sentences()).as(article.id()).isNotEmpty().extracting(Sentence::text)
                    .noneMatch(t -> FURNITURE.matcher(t).matches())
                    .noneMatch(t -> DATELINE.matcher(t).matches())
                    .noneMatch(t -> t.matches("[^.!?]*") && t.split(" ").length <= 6) // a bare label, no sentence
                    .noneMatch(t -> t.matches(".*[‘’“”].*"));
        }
    }

    @Test
    void everyDropIsReportedWithItsFileLineAndWhatWasDropped() {
        for (Article article : articles) {
            assertThat(article.repairs()).as(article.id())
                    .allMatch(r -> r.matches(Pattern.quote(article.id()) + "\\.txt:\\d+: .+"))
                    .filteredOn(r -> r.contains(" left out") || r.contains(" dropped") || r.contains("dateline"))
                    .allMatch(r -> r.matches(".*: \".+\""));
        }
    }

    @Test
    void theSeedArticleStillReadsAsBefore() {
        Article seed = article(SEED_ARTICLE);

        // its two photo captions come after the body as caption sentences, so the body's ids stay as they were
        assertThat(seed.sentences()).hasSize(41);
        assertThat(seed.sentences().get(0).id()).isEqualTo(SEED_ARTICLE + "#p1.s1");
        assertThat(seed.sentences().get(38).id()).isEqualTo(SEED_ARTICLE + "#p13.s2");
        assertThat(seed.sentences().subList(39, 41)).extracting(Sentence::id)
                .containsExactly(SEED_ARTICLE + "#c1.s1", SEED_ARTICLE + "#c2.s1");
        assertThat(seed.repairs()).noneMatch(r -> r.contains("furniture") || r.contains("credit") || r.contains("dateline")
                || r.contains("quotes") || r.contains("without blank lines"));
    }

    private Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + ".txt is missing from " + Paths.CORPUS));
    }
}
