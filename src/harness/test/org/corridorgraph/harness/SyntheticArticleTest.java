package org.corridorgraph.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.ValidatedEntity;
import org.corridorgraph.seed.WorldStates;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long article bench-extract measures: the size asked for, and nothing the reader would drop as a repeat. */
class SyntheticArticleTest {
    private static final List<ValidatedEntity> SEED = PreparedImport.prepare(ProjectFolder.locate("seed-data", Paths.SEED_DATA),
            Paths.CORPUS, Json.mapper()).seed().entities();
    private final SyntheticArticle.Names names = SyntheticArticle.Names.of(SEED, new WorldStates());

    @Test
    void hasTheWordsAskedForInParagraphsThatNeverRepeat(@TempDir Path tmp) throws Exception {
        SyntheticArticle.Written written = new SyntheticArticle(names, 7).write(tmp.resolve("long.txt"), 5000);

        String text = Files.readString(written.file());
        assertThat(text.split("\\s+")).hasSize((int) written.words());
        assertThat(written.words()).isBetween(5000L, 5040L);
        assertThat(written.bytes()).isEqualTo(Files.size(written.file()));
        // the reader drops a paragraph whose letters begin another's: none may
        List<String> letters = Arrays.stream(text.split("\n\n")).skip(1).filter(p -> !p.isBlank())
                .map(p -> p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "")).toList();
        assertThat(letters).hasSize(written.paragraphs());
        for (int i = 0; i < letters.size(); i++) {
            for (int j = 0; j < letters.size(); j++) {
                assertThat(i == j || !letters.get(j).startsWith(letters.get(i))).as("paragraph %d repeats %d", i + 1, j + 1).isTrue();
            }
        }
        Article article = new ArticleReader().read(written.file());
        assertThat(article.paragraphs()).hasSize(written.paragraphs());
        assertThat(article.repairs()).isEmpty();
    }

    @Test
    void namesWhatTheSeedKnowsAndWhatItDoesNot(@TempDir Path tmp) throws Exception {
        String text = Files.readString(new SyntheticArticle(names, 7).write(tmp.resolve("long.txt"), 3000).file());

        assertThat(text).contains("Kazakhstan", " joined the ", " signed a Memorandum of Understanding on ", " Railway runs through ",
                "President of ", "% in ", " is located in ");
        assertThat(names.newStates()).isNotEmpty().noneMatch(s -> SEED.stream().anyMatch(e -> e.name().equals(s)));
        assertThat(names.newStates().stream().filter(text::contains)).isNotEmpty();
    }

    @Test
    void theSameSeedGivesTheSameArticle(@TempDir Path tmp) throws Exception {
        String first = Files.readString(new SyntheticArticle(names, 3).write(tmp.resolve("a.txt"), 2000).file());
        String second = Files.readString(new SyntheticArticle(names, 3).write(tmp.resolve("b.txt"), 2000).file());

        assertThat(second).isEqualTo(first);
    }
}
