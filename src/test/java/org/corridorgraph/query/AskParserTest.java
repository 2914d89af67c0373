package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corridorgraph.query.Directories.CENTRAL_ASIA;
import static org.corridorgraph.query.Directories.CHINA;
import static org.corridorgraph.query.Directories.IRAN;
import static org.corridorgraph.query.Directories.KAZAKHSTAN;
import static org.corridorgraph.query.Directories.KYRGYZSTAN;
import static org.corridorgraph.query.Directories.RUSSIA;
import static org.corridorgraph.query.Directories.SCO;
import static org.corridorgraph.query.Directories.TURKMENISTAN;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Placing questions on canned queries, against a directory in memory: no database. */
class AskParserTest {
    private final AskParser parser = new AskParser();
    private final EntityDirectory entities = Directories.eurasia();

    private List<ParamValue> arg(Question q, String name) {
        return q.args().get(name);
    }

    private static ParamValue entity(EntityRef ref) {
        return new ParamValue.Entity(ref);
    }

    @Test
    void aRouteQuestionNamesItsEndsThePlaceItPassesAndWhatItAvoids() {
        Question q = parser.parse("How does China reach Iran through Central Asia avoiding Russia and Kazakhstan?", entities);

        assertThat(q.query()).isEqualTo("routes");
        assertThat(arg(q, "from")).containsExactly(entity(CHINA));
        assertThat(arg(q, "to")).containsExactly(entity(IRAN));
        assertThat(arg(q, "via")).containsExactly(entity(CENTRAL_ASIA));
        assertThat(arg(q, "avoid")).containsExactly(entity(RUSSIA), entity(KAZAKHSTAN));
    }

    @Test
    void entitiesArriveResolvedSoTheBinderNeedNotLookThemUpAgain() {
        Question q = parser.parse("what is the Kyrgyz Republic a member of", entities);

        assertThat(q.query()).isEqualTo("memberships");
        assertThat(arg(q, "entity")).singleElement().isInstanceOfSatisfying(ParamValue.Entity.class,
                e -> assertThat(e.ref()).isSameAs(KYRGYZSTAN));
        assertThat(q.args()).hasToString("{entity=[Kyrgyzstan]}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "who are the members of the SCO | members | bloc",
            "what did sanctions block against Iran | sanctions | target",
            "trade between Kazakhstan and Iran | trade | a",
            "what does Iran view negatively | views | entity",
            "who held summits with Central Asia | summits | partner",
            "what are the chokepoints between China and Iran | chokepoints | from",
            "how is Turkmenistan connected to Russia | path | from",
            "what is around Turkmenistan | neighbourhood | entity",
            "which sentence supports Iran and the SCO | evidence | subject"})
    void eachShapeOfQuestionGoesToItsQuery(String question, String query, String firstParam) {
        Question q = parser.parse(question, entities);

        assertThat(q.query()).isEqualTo(query);
        assertThat(q.args().values()).containsKey(firstParam);
    }

    @Test
    void aYearBecomesADateRangeOnTheTimeline() {
        Question q = parser.parse("what happened in 2025 in Turkmenistan", entities);

        assertThat(q.query()).isEqualTo("timeline");
        assertThat(arg(q, "from")).containsExactly(new ParamValue.Text("2025-01-01"));
        assertThat(arg(q, "to")).containsExactly(new ParamValue.Text("2025-12-31"));
        assertThat(arg(q, "entity")).containsExactly(entity(TURKMENISTAN));
    }

    @Test
    void anAliasAnywhereInTheQuestionCounts() {
        Question q = parser.parse("who are the members of the SCO", entities);

        assertThat(arg(q, "bloc")).containsExactly(entity(SCO));
    }

    @Test
    void aQuestionThatNamesTooFewEntitiesSaysHowManyItNeeds() {
        assertThatThrownBy(() -> parser.parse("how does China reach Atlantis", entities))
                .isInstanceOfSatisfying(QueryException.UnplacedQuestion.class, e -> {
                    assertThat(e.getMessage()).contains("names 1 known entity");
                    assertThat(e.suggestions()).isEqualTo(AskParser.EXAMPLES);
                    assertThat(e.parameter()).isEqualTo("q");
                });
    }

    @Test
    void aQuestionOfNoKnownShapeIsAnsweredWithExampleQuestions() {
        assertThatThrownBy(() -> parser.parse("what colour is the sky", entities))
                .isInstanceOfSatisfying(QueryException.UnplacedQuestion.class,
                        e -> assertThat(e.hint()).contains("how does China reach Iran through Central Asia"));
    }
}
