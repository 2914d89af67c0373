package org.corridorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.ValidatedSeed;
import org.corridorgraph.seed.WorldStates;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What extract drafts from a short article of our own, against the real seed data and schema. */
class ExtractorTest {
    static ValidatedSeed seed;

    @TempDir
    Path temp;

    @BeforeAll
    static void readSeed() {
        seed = PreparedImport.prepare(ProjectFolder.locate("seed-data", Paths.SEED_DATA), Paths.CORPUS, Json.mapper()).seed();
    }

    private Extraction extract(String text) throws Exception {
        Path article = Files.writeString(temp.resolve("own-article.txt"), text);
        return new Extractor(seed.schema(), seed.entities(), seed.statements(), new WorldStates()).extract(article);
    }

    private static final String ARTICLE = """
            Mongolia and Kazakhstan talk rail

            The Turkic states met again in spring. Mongolia and Kazakhstan signed a Memorandum of Understanding on transit in March 2024.
            Transport Minister of Mongolia Batbold Ganzorig said rail freight between Mongolia and Kazakhstan grew by 12% in 2024.
            A new Mongolia-Kazakhstan railway will be built by 2030.
            Türkiye's port of Mersin handles the cargo.
            """;

    @Test
    void aStateTheSeedLacksIsProposedWithItsIsoCodesAndKnownStatesAreNeverProposedAgain() throws Exception {
        Extraction x = extract(ARTICLE);

        CandidateEntity mongolia = x.entities().stream().filter(e -> e.name().equals("Mongolia")).findFirst().orElseThrow();
        assertThat(mongolia.labels()).containsExactly("State");
        assertThat(mongolia.props()).containsEntry("iso2", "MN").containsEntry("iso3", "MNG");
        assertThat(x.entities()).extracting(CandidateEntity::name).doesNotContain("Kazakhstan", "Türkiye", "Turkey");
        assertThat(x.knownEntities()).contains("kazakhstan");
    }

    @Test
    void aPlanIsHeldBackAndAClaimIsReportedWithItsSpeaker() throws Exception {
        Extraction x = extract(ARTICLE);

        assertThat(x.statements()).noneMatch(s -> s.anchor().contains("will be built"));
        assertThat(x.heldBack()).anyMatch(h -> h.contains("Mongolia-Kazakhstan railway"));
        CandidateStatement figure = x.statements().stream().filter(s -> s.type().equals("MEASURES")).findFirst().orElseThrow();
        assertThat(figure.kind()).isEqualTo("reported");
        String speaker = figure.speaker();
        assertThat(x.entities()).anyMatch(e -> e.id().equals(speaker) && e.name().equals("Batbold Ganzorig") && e.labels().contains("Person"));
        CandidateEntity growth = x.entities().stream().filter(e -> e.id().equals(figure.subject())).findFirst().orElseThrow();
        assertThat(growth.props()).containsEntry("value", 12L).containsEntry("unit", "percent").containsEntry("status", "growth")
                .containsEntry("year", 2024);
        assertThat(x.statements()).anyMatch(s -> s.type().equals("REPORTED") && s.subject().equals(speaker));
    }

    @Test
    void everyCandidateHasASchemaTypeAndAnAnchorOfAtMostEightWordsFoundInExactlyOneSentence() throws Exception {
        Extraction x = extract(ARTICLE);
        List<String> sentences = new org.corridorgraph.corpus.ArticleReader().read(temp.resolve("own-article.txt")).sentences()
                .stream().map(org.corridorgraph.corpus.Sentence::text).toList();

        assertThat(x.statements()).isNotEmpty().allSatisfy(s -> {
            assertThat(seed.schema().relationships()).containsKey(s.type());
            assertThat(s.anchor().split("\\s+")).hasSizeLessThanOrEqualTo(8);
            assertThat(sentences.stream().filter(t -> t.contains(s.anchor()))).hasSize(1);
            assertThat(s.source()).isEqualTo("own-article");
            assertThat(s.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(x.statements()).anyMatch(s -> s.type().equals("PARTY_TO") && s.props().get("since").equals("2024-03"));
        assertThat(x.statements()).anyMatch(s -> s.type().equals("HOLDS_OFFICE") && "Transport Minister".equals(s.props().get("role")));
    }

    @Test
    void aDateInMayIsNotAHedgeAndMisspeltOrLongFormNamesInRunningTextAreTheSeedEntities() throws Exception {
        Extraction x = extract("""
                Notes from the Caspian

                In May 2023, the Azerbaijan Republic joined the Shanghai Cooperation Organization as an observer.
                Kazakstan joined the Organization of Turkic States in 2009.
                """);

        assertThat(x.heldBack()).isEmpty();
        assertThat(x.statements()).anyMatch(s -> s.type().equals("MEMBER_OF") && s.subject().equals("azerbaijan") && s.object().equals("sco"));
        assertThat(x.statements()).anyMatch(s -> s.type().equals("MEMBER_OF") && s.subject().equals("kazakhstan") && s.object().equals("ots"));
        assertThat(x.entities()).extracting(CandidateEntity::name).doesNotContain("Kazakstan", "Azerbaijan Republic");
    }

    @Test
    void aNewPersonSharingASeedPersonsSurnameIsKeptApartAndNamedAsANearMiss() throws Exception {
        Extraction x = extract("""
                Ministers meet in Aktau

                Deputy Minister of Kazakhstan Aida Sauranbayev opened the talks.
                Sauranbayev said rail freight across Kazakhstan grew by 9% in 2024.
                """);

        CandidateEntity aida = x.entities().stream().filter(e -> e.name().equals("Aida Sauranbayev")).findFirst().orElseThrow();
        assertThat(x.statements()).filteredOn(s -> s.speaker() != null).isNotEmpty().allMatch(s -> s.speaker().equals(aida.id()));
        assertThat(x.nearMisses()).anyMatch(n -> n.contains("Aida Sauranbayev") && n.contains("nurlan-sauranbayev"));
    }

    @Test
    void theSameArticleGivesTheSameDraftTwice() throws Exception {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        new DraftWriter(Json.mapper()).write(extract(ARTICLE), first);
        new DraftWriter(Json.mapper()).write(extract(ARTICLE), second);

        for (String file : List.of(DraftWriter.ENTITIES, DraftWriter.STATEMENTS, DraftWriter.SUMMARY)) {
            assertThat(Files.readString(second.resolve(file))).isEqualTo(Files.readString(first.resolve(file)));
        }
    }
}
