package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Checking and converting parameters against a query header, with names resolved in memory: no database. */
class ParamBinderTest {
    private static final CannedQuery ROUTES = new QueryFileParser().parse("routes", "cypher/queries/routes.cypher", String.join("\n",
            "// @description Ways from one place to another.",
            "// @param from: entity — where it starts",
            "// @param to: entity — where it ends",
            "// @param avoid: entity[]? — states to keep out of",
            "// @param maxHops: integer = 6 [1..10] — the most legs",
            "// @param since: date? — earliest date",
            "// @param modes: string[]? — rail, road",
            "// @column stops: string[] — the stops in order",
            "// @example from=China to=Iran",
            "// @expect stops: Kazakhstan",
            "MATCH p = (a {id: $from})-[*..10]->(b {id: $to}) WHERE size($avoid) >= 0 AND $maxHops > 0 AND $since IS NULL",
            "  AND size($modes) >= 0 RETURN [n IN nodes(p) | n.name] AS stops"));

    private final ParamBinder binder = new ParamBinder();
    private final EntityDirectory entities = Directories.eurasia();

    private BoundParams bind(Map<String, List<String>> raw) {
        return binder.bind(ROUTES, Arguments.ofText(raw), entities);
    }

    @Test
    void namesBecomeIdsForCypherAndCanonicalNamesForTheReader() {
        BoundParams bound = bind(Map.of("from", List.of("prc"), "to", List.of(" islamic republic of IRAN "), "avoid", List.of("Russian Federation,kazakhstan")));

        assertThat(bound.cypher()).containsEntry("from", "china").containsEntry("to", "iran")
                .containsEntry("avoid", List.of("russia", "kazakhstan"));
        assertThat(bound.display()).containsEntry("from", "China").containsEntry("to", "Iran")
                .containsEntry("avoid", List.of("Russia", "Kazakhstan"));
    }

    @Test
    void absentOptionalParametersGetTheirDefaultNullOrAnEmptyList() {
        BoundParams bound = bind(Map.of("from", List.of("China"), "to", List.of("Iran")));

        assertThat(bound.cypher()).containsEntry("maxHops", 6L).containsEntry("since", null)
                .containsEntry("avoid", List.of()).containsEntry("modes", List.of());
    }

    @Test
    void anEntityAQuestionAlreadyResolvedIsTakenAsItIs() {
        EntityRef elsewhere = new EntityRef("iran-2", "Iran (as another directory knows it)", List.of("State"), List.of());
        Arguments args = new Arguments(Map.of("from", List.of(new ParamValue.Entity(Directories.CHINA)),
                "to", List.of(new ParamValue.Entity(elsewhere))));

        BoundParams bound = binder.bind(ROUTES, args, entities);

        assertThat(bound.cypher()).containsEntry("to", "iran-2");
        assertThat(bound.display()).containsEntry("to", "Iran (as another directory knows it)");
    }

    @Test
    void aNameOneLetterOffResolvesWithANoteSayingHowItWasRead() {
        BoundParams bound = bind(Map.of("from", List.of("Kazakstan"), "to", List.of("Iran")));

        assertThat(bound.display()).containsEntry("from", "Kazakhstan");
        assertThat(bound.notes()).containsExactly("Kazakstan → Kazakhstan");
    }

    @Test
    void anUnknownNameIs404WithTheNearestNames() {
        assertThatThrownBy(() -> bind(Map.of("from", List.of("Kazakhst"), "to", List.of("Iran"))))
                .isInstanceOfSatisfying(QueryException.UnknownEntity.class, e -> {
                    assertThat(e.parameter()).isEqualTo("from");
                    assertThat(e.suggestions()).first().isEqualTo("Kazakhstan");
                    assertThat(e.hint()).startsWith("did you mean Kazakhstan");
                });
    }

    @Test
    void aNumberOutOfItsBoundsNamesTheParameterAndTheRange() {
        assertThatThrownBy(() -> bind(Map.of("from", List.of("China"), "to", List.of("Iran"), "maxHops", List.of("20"))))
                .isInstanceOfSatisfying(QueryException.BadParameter.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("parameter maxHops = 20 is out of range");
                    assertThat(e.hint()).isEqualTo("give a whole number from 1 to 10");
                    assertThat(e.parameter()).isEqualTo("maxHops");
                });
    }

    @Test
    void wrongValuesAreRefusedWithWhatTheParameterTakes() {
        assertThatThrownBy(() -> bind(Map.of("from", List.of("China"), "to", List.of("Iran"), "maxHops", List.of("six"))))
                .hasMessageContaining("'six' is not a whole number");
        assertThatThrownBy(() -> bind(Map.of("from", List.of("China"), "to", List.of("Iran"), "since", List.of("11/12/2025"))))
                .isInstanceOfSatisfying(QueryException.BadParameter.class, e -> assertThat(e.hint()).contains("2025-12-11"));
        assertThatThrownBy(() -> bind(Map.of("from", List.of("China", "Russia"), "to", List.of("Iran"))))
                .hasMessageContaining("is given 2 times");
        assertThatThrownBy(() -> bind(Map.of("to", List.of("Iran"))))
                .isInstanceOfSatisfying(QueryException.BadParameter.class, e -> assertThat(e.getMessage()).contains("needs parameter from"));
        assertThatThrownBy(() -> bind(Map.of("from", List.of("China"), "to", List.of("Iran"), "colour", List.of("red"))))
                .isInstanceOfSatisfying(QueryException.BadParameter.class, e -> {
                    assertThat(e.parameter()).isEqualTo("colour");
                    assertThat(e.hint()).contains("from, to, avoid, maxHops, since, modes");
                });
        assertThatThrownBy(() -> bind(Map.of("from", List.of("x".repeat(ParamBinder.MAX_VALUE_LENGTH + 1)), "to", List.of("Iran"))))
                .hasMessageContaining("longer than " + ParamBinder.MAX_VALUE_LENGTH);
    }
}
