package org.corridorgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.corpus.PartialDate;
import org.corridorgraph.corpus.RelativeDate;
import org.corridorgraph.corpus.RelativeDates;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sources.jsonl as `check` reads it: each article's title, publication date and origin, against the corpus. */
class SourcesTest {
    private static final String TASS = "tass-turkmenistan-russia-instc-2025";
    private static final String IRAN_DAILY = "irandaily-container-trains-relaunched";
    private static final List<Article> CORPUS = new ArticleReader().readFolder(Paths.CORPUS);

    @TempDir
    Path temp;

    @Test
    void theSeedDataDescribesEveryArticleOfTheCorpus() {
        ValidatedSeed seed = validated(Paths.SEED_DATA);

        assertThat(seed.warnings()).isEmpty();
        assertThat(CORPUS).allSatisfy(a -> assertThat(seed.sources().byId()).containsKey(a.id()));
        assertThat(seed.sources().byId().get(TASS))
                .satisfies(s -> assertThat(s.titleGiven()).as("the agency item has no headline").isFalse())
                .satisfies(s -> assertThat(s.published()).isEqualTo("2025-10-13"))
                .satisfies(s -> assertThat(s.origin()).startsWith("https://tass.com/"));
        assertThat(seed.sources().byId().get(IRAN_DAILY).published()).as("the page gives no date").isNull();
    }

    @Test
    void anUnknownArticleIsReportedAtItsLineWithTheArticlesRead() throws IOException {
        Path seed = seedWith(1, "{\"id\": \"no-such-article\", \"title\": \"A title\", \"published\": \"2024\", \"origin\": \"a note\"}");

        CliRun run = check(seed);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(seed.resolve("sources.jsonl") + ":1: source no-such-article is not an article of the corpus")
                .contains("hint: articles read: [").contains(TASS);
    }

    @Test
    void aPublicationDateThatIsNoPartialDateIsReportedWithTheFormsItMayTake() throws IOException {
        Path seed = seedWith(2, "{\"id\": \"railfreight-turkmenistan-joins-instc\", \"title\": \"Joins\", \"published\": \"2023-17\","
                + " \"origin\": \"https://example.org/a\"}");

        CliRun run = check(seed);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("sources.jsonl:2: source railfreight-turkmenistan-joins-instc: published = \"2023-17\" is not"
                        + " an ISO date yyyy, yyyy-mm or yyyy-mm-dd")
                .contains("hint: write it as 2025, 2025-10 or 2025-10-13, or null when the article gives no date");
    }

    @Test
    void aPublicationDateTheArticlesDatelineContradictsIsReported() throws IOException {
        Path seed = seedWith(3, "{\"id\": \"" + TASS + "\", \"title\": \"Ours\", \"titleGiven\": false, \"published\": \"2025-10-14\","
                + " \"origin\": \"https://tass.com/economy/2029125\"}");

        CliRun run = check(seed);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("sources.jsonl:3: source " + TASS + ": published 2025-10-14 disagrees with the article's dateline,"
                + " October 13, year unknown (" + TASS + ".txt:1)");
    }

    @Test
    void missingFieldsAndAWrongTitleFlagAreEachNamed() throws IOException {
        Path seed = seedWith(4, "{\"id\": \"tehran-interests-central-asia\", \"titleGiven\": \"no\"}");

        CliRun run = check(seed);

        assertThat(run.err()).contains("sources.jsonl:4: source tehran-interests-central-asia: titleGiven = \"no\" is not true or false",
                "sources.jsonl:4: source tehran-interests-central-asia has no title",
                "sources.jsonl:4: source tehran-interests-central-asia does not say where it came from",
                "sources.jsonl:4: source tehran-interests-central-asia does not say when it was published");
    }

    @Test
    void anArticleWithoutALineKeepsTheReadersTitleAndAnUnknownDateWithAWarning() throws IOException {
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed"));
        List<String> lines = new ArrayList<>(Files.readAllLines(seed.resolve("sources.jsonl")));
        lines.removeIf(l -> l.contains("\"id\": \"railfreight-turkmenistan-joins-instc\""));
        Files.write(seed.resolve("sources.jsonl"), lines);
        Article railfreight = article("railfreight-turkmenistan-joins-instc");

        ValidatedSeed validated = validated(seed);
        CliRun run = check(seed);

        assertThat(validated.sources().of(railfreight))
                .isEqualTo(new ValidatedSource(railfreight.id(), "Turkmenistan officially joins the INSTC", true, null, null));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).contains("article railfreight-turkmenistan-joins-instc has no line in sources.jsonl");
    }

    @Test
    void theCorpusRelativeDatesResolveAsSourcesMdSays() {
        ValidatedSeed seed = validated(Paths.SEED_DATA);

        // TASS's "on Monday" is the Monday it was published; Iran Daily's "on Sunday" has no date to count from
        assertThat(datingPhrases(seed, TASS, "on Monday")).extracting(RelativeDate::resolvedIso).containsExactly("2025-10-13");
        assertThat(datingPhrases(seed, IRAN_DAILY, "on Sunday")).singleElement()
                .satisfies(d -> assertThat(d.resolved()).isNull())
                .satisfies(d -> assertThat(d.note()).isEqualTo("unresolved: the publication date is unknown"));
    }

    private List<RelativeDate> datingPhrases(ValidatedSeed seed, String sourceId, String phrase) {
        Article article = article(sourceId);
        String published = seed.sources().of(article).published();
        RelativeDates dates = new RelativeDates();
        List<RelativeDate> found = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            found.addAll(dates.find(sentence.text(), published == null ? null : PartialDate.parse(published)));
        }
        return found.stream().filter(d -> d.phrase().equals(phrase)).toList();
    }

    /** The seed data with line LINE of sources.jsonl replaced. */
    private Path seedWith(int line, String text) throws IOException {
        Path seed = Paths.copy(Paths.SEED_DATA, temp.resolve("seed"));
        List<String> lines = new ArrayList<>(Files.readAllLines(seed.resolve("sources.jsonl")));
        lines.set(line - 1, text);
        Files.write(seed.resolve("sources.jsonl"), lines);
        return seed;
    }

    private static CliRun check(Path seed) {
        return CliRun.of("check", "--seed-data", seed.toString(), "--corpus", Paths.CORPUS.toString());
    }

    private static ValidatedSeed validated(Path seedData) {
        SeedSet seed = new SeedLoader(new ObjectMapper()).load(new ProjectFolder(seedData, seedData.toString()));
        return new SeedValidator().validate(seed, CORPUS);
    }

    private static Article article(String id) {
        return CORPUS.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + ".txt is missing from " + Paths.CORPUS));
    }
}
