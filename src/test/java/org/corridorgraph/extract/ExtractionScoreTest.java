package org.corridorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.NameResolver;
import org.corridorgraph.seed.RelationshipDef;
import org.corridorgraph.seed.ValidatedEntity;
import org.corridorgraph.seed.ValidatedSeed;
import org.corridorgraph.seed.ValidatedStatement;
import org.corridorgraph.seed.WorldStates;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores extract against the gold files, as if each development article were new: the seed data
 * loses that article's statements and the entities only they use. Prints precision and recall per
 * type and writes them to target/extraction-score.md.
 */
class ExtractionScoreTest {
    static final List<String> DEVELOPMENT = List.of("railfreight-turkmenistan-joins-instc", "tass-turkmenistan-russia-instc-2025",
            "irandaily-container-trains-relaunched");
    static final List<String> HELD_OUT = List.of("heldout-xian-tashkent-container-train", "heldout-ots-transport-ministers-baku");
    static final Path GOLD = Path.of("src", "test", "resources", "gold");
    static final Path HELD_OUT_ARTICLES = Path.of("src", "test", "resources", "articles");

    static ValidatedSeed seed;
    static GoldScorer scorer;

    @BeforeAll
    static void readSeed() {
        seed = PreparedImport.prepare(ProjectFolder.locate("seed-data", Paths.SEED_DATA), Paths.CORPUS, Json.mapper()).seed();
        scorer = new GoldScorer(Json.mapper(), seed.entities());
    }

    /** The seed entities as they were before the article was curated: none only its statements use. */
    static List<ValidatedEntity> seedWithout(String source) {
        Set<String> usedElsewhere = new HashSet<>();
        Set<String> usedHere = new HashSet<>();
        for (ValidatedStatement st : seed.statements()) {
            Set<String> target = st.source().equals(source) ? usedHere : usedElsewhere;
            target.add(st.subject());
            target.add(st.object());
            if (st.speaker() != null) {
                target.add(st.speaker());
            }
        }
        return seed.entities().stream().filter(e -> usedElsewhere.contains(e.id()) || !usedHere.contains(e.id())).toList();
    }

    record Run(Extraction extraction, GoldScorer.Score score, int outside) {
    }

    static Run run(String id, Path article, List<ValidatedEntity> entities) throws IOException {
        Extraction x = new Extractor(seed.schema(), entities, new WorldStates()).extract(article);
        Article a = new ArticleReader().read(article);
        int[] outside = new int[1];
        GoldScorer.Score score = scorer.score(x, scorer.gold(GOLD.resolve(id + ".jsonl"), a), a, outside);
        return new Run(x, score, outside[0]);
    }

    static Map<String, Run> development() throws IOException {
        Map<String, Run> runs = new LinkedHashMap<>();
        for (String id : DEVELOPMENT) {
            runs.put(id, run(id, Paths.CORPUS.resolve(id + ".txt"), seedWithout(id)));
        }
        return runs;
    }

    @Test
    void extractReachesTheTargetsOnTheDevelopmentArticlesWithEveryAnchorInsideItsArticle() throws IOException {
        Map<String, Run> dev = development();
        Map<String, Run> held = new LinkedHashMap<>();
        for (String id : HELD_OUT) {
            held.put(id, run(id, HELD_OUT_ARTICLES.resolve(id + ".txt"), seed.entities()));
        }
        GoldScorer.Score devTotal = dev.values().stream().map(Run::score).reduce(GoldScorer.Score.empty(), GoldScorer.Score::plus);
        GoldScorer.Score heldTotal = held.values().stream().map(Run::score).reduce(GoldScorer.Score.empty(), GoldScorer.Score::plus);
        StringBuilder report = new StringBuilder("# extract scored against the gold files\n\n");
        dev.forEach((id, r) -> report.append(line(id, r.score())));
        report.append("\n").append(devTotal.table("development, by type")).append("\n");
        held.forEach((id, r) -> report.append(line(id, r.score())));
        report.append("\n").append(heldTotal.table("held out, by type")).append("\n");
        report.append(line("baseline: every pair of names in a sentence, with every type the schema allows between them", baseline()));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "extraction-score.md"), report);

        int outside = dev.values().stream().mapToInt(Run::outside).sum() + held.values().stream().mapToInt(Run::outside).sum();
        assertEquals(0, outside, "anchors outside their article");
        assertTrue(devTotal.recall() >= 0.60, "recall on the development articles " + devTotal.recall());
        assertTrue(devTotal.precision() >= 0.50, "precision on the development articles " + devTotal.precision());
    }

    @Test
    void pairingEveryTwoNamesOfASentenceScoresBelowExtract() throws IOException {
        GoldScorer.Score devTotal = development().values().stream().map(Run::score).reduce(GoldScorer.Score.empty(), GoldScorer.Score::plus);
        GoldScorer.Score naive = baseline();
        assertTrue(naive.precision() < devTotal.precision(), "baseline precision " + naive.precision() + " vs " + devTotal.precision());
        assertTrue(f1(naive) < f1(devTotal), "baseline F1 " + f1(naive) + " vs " + f1(devTotal));
    }

    private static double f1(GoldScorer.Score s) {
        return s.precision() + s.recall() == 0 ? 0 : 2 * s.precision() * s.recall() / (s.precision() + s.recall());
    }

    /** The straw man: every ordered pair of names in a sentence, with every schema type their labels allow. */
    static GoldScorer.Score baseline() throws IOException {
        GoldScorer.Score total = GoldScorer.Score.empty();
        for (String id : DEVELOPMENT) {
            Path file = Paths.CORPUS.resolve(id + ".txt");
            Article a = new ArticleReader().read(file);
            NameResolver names = NameResolver.of(seedWithout(id), new WorldStates());
            List<CandidateStatement> all = new ArrayList<>();
            for (var sentence : a.sentences()) {
                List<NameResolver.Mention> ms = names.mentions(sentence.text());
                for (var x : ms) {
                    for (var y : ms) {
                        if (x == y || x.entity().id().equals(y.entity().id())) {
                            continue;
                        }
                        for (RelationshipDef def : seed.schema().relationships().values()) {
                            if (x.entity().labels().stream().anyMatch(def.from()::contains) && y.entity().labels().stream().anyMatch(def.to()::contains)) {
                                all.add(new CandidateStatement("b", x.entity().id(), def.type(), y.entity().id(), Map.of(), "fact", null, id,
                                        firstWords(sentence.text()), 0, "pair"));
                            }
                        }
                    }
                }
            }
            Extraction x = new Extraction(new DraftSource(id, file.toString(), null, null, null), List.of(), all, List.of(), List.of(), List.of(), List.of(), List.of(), 0, List.of());
            total = total.plus(scorer.score(x, scorer.gold(GOLD.resolve(id + ".jsonl"), a), a, new int[1]));
        }
        return total;
    }

    private static String firstWords(String text) {
        String[] w = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(8, w.length)));
    }

    private static String line(String id, GoldScorer.Score s) {
        int[] t = s.total();
        return String.format(Locale.ROOT, "- %s: %d candidates, %d correct, %d of %d gold facts found: precision %.0f%%, recall %.0f%%%n",
                id, t[0], t[1], t[3], t[2], 100 * s.precision(), 100 * s.recall());
    }
}
