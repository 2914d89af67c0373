package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.corridorgraph.query.EntityDirectory.Mention;
import org.corridorgraph.seed.NameKey;
import org.junit.jupiter.api.Test;

/** Resolving what a user typed to an entity, without a database: a handful of entities in memory. */
class EntityDirectoryTest {
    private static final EntityRef IRAN = ref("iran", "Iran", "State", "Islamic Republic of Iran", "Tehran");
    private static final EntityRef KAZAKHSTAN = ref("kazakhstan", "Kazakhstan", "State", "Republic of Kazakhstan", "Kazakh");
    private static final EntityRef TURKMENISTAN = ref("turkmenistan", "Turkmenistan", "State", "Turkmen");
    private static final EntityRef TURKMENBASHI = ref("turkmenbashi-port", "Turkmenbashi", "Port");
    private static final EntityRef GAS_DEAL = ref("turkmen-gas-deal", "Turkmen gas swap deal", "Agreement", "Turkmen gas swap");
    private static final EntityRef TAJIKISTAN = ref("tajikistan", "Tajikistan", "State");
    private static final EntityRef TURKIYE = ref("turkiye", "Türkiye", "State", "Turkey");
    private static final EntityRef CHINA = ref("china", "China", "State");
    private static final EntityRef TRAIN = ref("china-iran-freight-train", "China–Iran freight train", "FreightService",
            "China-Iran train");
    private static final EntityRef SCO = ref("sco", "Shanghai Cooperation Organisation", "Bloc", "SCO");

    private final EntityDirectory directory = new EntityDirectory(List.of(IRAN, KAZAKHSTAN, TURKMENISTAN, TURKMENBASHI,
            GAS_DEAL, TAJIKISTAN, TURKIYE, CHINA, TRAIN, SCO));

    // ---------- find ----------

    @Test
    void anEntityIsFoundByItsNameAnAliasOrItsId() {
        assertThat(directory.find("Kazakhstan")).contains(KAZAKHSTAN);
        assertThat(directory.find("Republic of Kazakhstan")).contains(KAZAKHSTAN);
        assertThat(directory.find("SCO")).contains(SCO);
        assertThat(directory.find("turkmenbashi-port")).contains(TURKMENBASHI);
        assertThat(directory.byId("turkmenbashi-port")).contains(TURKMENBASHI);
    }

    @Test
    void caseDiacriticsAndPunctuationDoNotMatter() {
        assertThat(directory.find("KAZAKHSTAN")).contains(KAZAKHSTAN);
        assertThat(directory.find("turkiye")).contains(TURKIYE);
        assertThat(directory.find("TÜRKMENISTAN")).contains(TURKMENISTAN);
        // the name has an en dash; users type a hyphen or nothing at all
        assertThat(directory.find("china-iran freight train")).contains(TRAIN);
        assertThat(directory.find("  china iran   freight train. ")).contains(TRAIN);
    }

    @Test
    void anUnknownOrMissingNameFindsNothing() {
        assertThat(directory.find("Atlantis")).isEmpty();
        assertThat(directory.find("Kazak")).as("a prefix is a suggestion, not a match").isEmpty();
        assertThat(directory.find(null)).isEmpty();
        // ids are exact: the forgiving lookup is find()
        assertThat(directory.byId("Kazakhstan")).isEmpty();
    }

    // ---------- suggest ----------

    @Test
    void theStartOfANameSuggestsTheEntityWithTheClosestNameFirst() {
        // a port and a deal start the same way; the state's short alias Turkmen makes it the best fit
        assertThat(directory.suggest("turkm", 5)).containsExactly(TURKMENISTAN, TURKMENBASHI, GAS_DEAL);
    }

    @Test
    void aTypoIsSuggestedTheNearestName() {
        assertThat(directory.suggest("Kazakstan", 5)).first().isEqualTo(KAZAKHSTAN);
        assertThat(directory.suggest("Tajikstan", 5)).first().isEqualTo(TAJIKISTAN);
        assertThat(directory.suggest("Turkmenistn", 5)).first().isEqualTo(TURKMENISTAN);
    }

    @Test
    void anExactNameComesBeforeNamesThatStartWithItAndThoseBeforeNamesThatContainIt() {
        assertThat(directory.suggest("china", 5)).containsExactly(CHINA, TRAIN);
        assertThat(directory.suggest("iran", 5)).startsWith(IRAN).contains(TRAIN);
    }

    @Test
    void namesThatContainTheTextAreSuggestedShortestFirst() {
        // near spellings ("shan" of Shanghai) may follow, never precede them
        assertThat(directory.suggest("stan", 5)).startsWith(KAZAKHSTAN, TAJIKISTAN, TURKMENISTAN);
    }

    @Test
    void suggestionsAreCaseAndDiacriticInsensitiveAndListEachEntityOnce() {
        // Kazakhstan has three keys starting with "kazakh"; it is still one suggestion
        assertThat(directory.suggest("KAZAKH", 5)).containsExactly(KAZAKHSTAN);
        assertThat(directory.suggest("Türk", 5)).first().isEqualTo(TURKIYE);
    }

    @Test
    void noMoreThanTheLimitIsSuggested() {
        assertThat(directory.suggest("stan", 2)).containsExactly(KAZAKHSTAN, TAJIKISTAN);
    }

    @Test
    void textResemblingNoNameSuggestsNothing() {
        assertThat(directory.suggest("xylophone", 5)).isEmpty();
    }

    @Test
    void nothingTypedYetSuggestsTheFirstEntities() {
        // what a form's list offers before the user types
        assertThat(directory.suggest("", 3)).containsExactly(IRAN, KAZAKHSTAN, TURKMENISTAN);
        assertThat(directory.suggest(null, 2)).containsExactly(IRAN, KAZAKHSTAN);
    }

    // ---------- mentions ----------

    @Test
    void mentionsAreTheEntitiesNamedInAQuestionInTheOrderTheyAppear() {
        assertThat(directory.mentions("How does China reach Iran through Kazakhstan?"))
                .extracting(Mention::entity).containsExactly(CHINA, IRAN, KAZAKHSTAN);
    }

    @Test
    void theLongestNameWinsAndTheShorterNamesInsideItAreNotAlsoMentioned() {
        List<Mention> found = directory.mentions("is the China-Iran freight train quicker than the Turkmen gas swap deal");

        assertThat(found).extracting(Mention::entity, Mention::matched).containsExactly(
                tuple(TRAIN, "China-Iran freight train"),
                tuple(GAS_DEAL, "Turkmen gas swap deal"));
    }

    @Test
    void anAliasIsAMentionOfItsEntityAndEachMentionCounts() {
        assertThat(directory.mentions("trade between the Islamic Republic of Iran and Tehran's neighbours"))
                .extracting(Mention::entity, Mention::matched).containsExactly(
                        tuple(IRAN, "Islamic Republic of Iran"),
                        tuple(IRAN, "Tehran"));
    }

    @Test
    void onlyWholeWordsAreMentions() {
        // "Iranian" is not Iran (this directory has no such demonym), "Chinatown" is not China
        assertThat(directory.mentions("Iranian exporters in Chinatown")).isEmpty();
    }

    @Test
    void aNameOneLetterOffIsAMentionNotedAsASpellingInAnyCase() {
        assertThat(directory.mentions("how does kazakstan reach Iran")).first().satisfies(m -> {
            assertThat(m.entity()).isEqualTo(KAZAKHSTAN);
            assertThat(m.corrected()).isTrue();
            assertThat(m.note()).isEqualTo("kazakstan → Kazakhstan");
        });
    }

    @Test
    void caseAndDiacriticsDoNotHideAMention() {
        assertThat(directory.mentions("what links TURKIYE and türkmenistan"))
                .extracting(Mention::entity).containsExactly(TURKIYE, TURKMENISTAN);
    }

    @Test
    void aMentionsOffsetsLocateItsWordsInTheQuestionAsTyped() {
        // the question parser compares these offsets with where "via" or "avoiding" stands in the same text
        String question = "Routes from China via Türkiye, avoiding Iran";

        assertThat(directory.mentions(question)).allSatisfy(m ->
                assertThat(question.substring(m.start(), m.end())).isEqualTo(m.matched()));
        assertThat(directory.mentions(question)).extracting(Mention::start)
                .allMatch(start -> start > 0).isSorted();
    }

    private static EntityRef ref(String id, String name, String label, String... aliases) {
        return new EntityRef(id, name, List.of("Entity", label), List.of(aliases));
    }
}
