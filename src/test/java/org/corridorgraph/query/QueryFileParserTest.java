package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.seed.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryFileParserTest {
    private final QueryFileParser parser = new QueryFileParser();

    private static final String COLUMN = "// @column name: string — the name of what is near";

    private static final String GOOD = String.join("\n",
            "// @description Finds things near a place,",
            "// continued on a second line.",
            "// @param place: entity — where to look",
            "// @param depth: integer = 2 [1..3] — how far",
            "// @param kinds: string[]? — which kinds",
            COLUMN,
            "// @column evidence: citations — the sentences that say so",
            "// @column labels: string[]? -- its labels, if any",
            "// @example place=\"Central Asia\" depth=3 kinds=a,b",
            "// @expect name: Kazakhstan; Uzbekistan",
            "MATCH (n:Entity {id: $place}) WHERE $depth > 0 AND size($kinds) >= 0 RETURN n.name AS name, [] AS evidence, null AS labels");

    @Test
    void readsDescriptionParamsColumnsExamplesAndExpectations() {
        CannedQuery q = parser.parse("near", "cypher/queries/near.cypher", GOOD);

        assertThat(q.description()).isEqualTo("Finds things near a place, continued on a second line.");
        assertThat(q.params()).extracting(QueryParam::name).containsExactly("place", "depth", "kinds");
        QueryParam depth = q.param("depth").orElseThrow();
        assertThat(depth.required()).isFalse();
        assertThat(depth.defaultValue()).isEqualTo("2");
        assertThat(depth.min()).isEqualTo(1L);
        assertThat(depth.max()).isEqualTo(3L);
        assertThat(q.param("place").orElseThrow().required()).isTrue();
        assertThat(q.columns()).containsExactly(
                new QueryColumn("name", ValueType.STRING, false, "the name of what is near"),
                new QueryColumn("evidence", ValueType.CITATIONS, false, "the sentences that say so"),
                new QueryColumn("labels", ValueType.STRING_LIST, true, "its labels, if any"));
        assertThat(q.columns()).extracting(QueryColumn::answerName).containsExactly("name", "citations", "labels");
        assertThat(q.citationColumns()).containsExactly("evidence");
        assertThat(q.examples().get(0).params()).containsEntry("place", "Central Asia").containsEntry("kinds", "a,b");
        assertThat(q.examples().get(0).expectations().get(0).values()).containsExactly("Kazakhstan", "Uzbekistan");
    }

    @Test
    void anExpectationMayNameTheCitationsColumnByEitherName() {
        for (String column : new String[] {"evidence", "citations"}) {
            String text = GOOD.replace("// @expect name:", "// @expect " + column + ":");

            assertThat(parser.parse("near", "q.cypher", text).examples().get(0).expectations().get(0).column()).isEqualTo(column);
        }
    }

    @Test
    void withoutACitationsColumnNoColumnIsCited() {
        String text = GOOD.replace("// @column evidence: citations", "// @column evidence: string[]");

        assertThat(parser.parse("near", "q.cypher", text).citationColumns()).isEmpty();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("unknown parameter type", GOOD.replace("// @param depth: integer = 2 [1..3] — how far", "// @param depth: number"),
                        4, "unknown parameter type number", "use " + ValueType.names(ValueType.Use.PARAMETER)),
                Arguments.of("undeclared parameter in Cypher", GOOD.replace("WHERE $depth > 0", "WHERE $depht > 0"),
                        11, "uses $depht", "add @param depht: TYPE"),
                Arguments.of("example without expect", GOOD.replace("// @expect name: Kazakhstan; Uzbekistan", "// plain comment"),
                        9, "has no @expect", "say which values its result must show"),
                Arguments.of("example with an undeclared parameter", GOOD.replace("depth=3 kinds=a,b", "depth=3 size=a"),
                        9, "undeclared parameter size", "declare it with @param first"),
                Arguments.of("default out of range", GOOD.replace("integer = 2 [1..3]", "integer = 7 [1..3]"),
                        4, "outside", "fix the default or the bounds"),
                Arguments.of("unknown tag", GOOD.replace("// @expect name:", "// @expects name:"),
                        10, "unknown header tag @expects", "use @description, @param, @column, @unsaid, @example or @expect"),
                Arguments.of("header without @column", GOOD.replaceAll("// @column .*\n", ""),
                        6, "the header declares no @column",
                        "above the first @example, add one // @column name: type[?] — meaning per column the query returns, in order"),
                Arguments.of("unknown column type", GOOD.replace("// @column name: string", "// @column name: text"),
                        6, "unknown column type text", "use " + ValueType.names(ValueType.Use.COLUMN)),
                Arguments.of("parameter-only type as a column type", GOOD.replace("// @column name: string", "// @column name: entity"),
                        6, "unknown column type entity", "use " + ValueType.names(ValueType.Use.COLUMN)),
                Arguments.of("column without a meaning", GOOD.replace(COLUMN, "// @column name: string"),
                        6, "column name says nothing of what it holds", "add — and its meaning"),
                Arguments.of("column with an empty meaning", GOOD.replace(COLUMN, "// @column name: string —  "),
                        6, "column name says nothing of what it holds", "add — and its meaning"),
                Arguments.of("unreadable column", GOOD.replace(COLUMN, "// @column name string — the name"),
                        6, "cannot read @column 'name string — the name'", "write: @column name: type[?] — meaning"),
                Arguments.of("duplicated column", GOOD.replace(COLUMN, COLUMN + "\n// @column name: string? — the name again"),
                        7, "column name is declared twice", "keep one @column line"),
                Arguments.of("@expect naming an undeclared column", GOOD.replace("// @expect name:", "// @expect title:"),
                        9, "the example expects column title, which is not declared",
                        "declare it with @column or expect one of name, evidence, labels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedFileFailsNamingItsFileLineAndAHint(String kind, String broken, int line, String message, String hint) {
        assertThatThrownBy(() -> parser.parse("near", "cypher/queries/near.cypher", broken))
                .isInstanceOf(QueryFileException.class)
                .hasMessageStartingWith("cypher/queries/near.cypher:" + line + ": ")
                .hasMessageContaining(message)
                .extracting(e -> ((CorridorGraphException) e).hint()).isEqualTo(hint);
    }

    @Test
    void aFileWithoutAnExampleIsRejected() {
        String noExample = GOOD.replaceAll("// @example.*\n// @expect.*\n", "");

        assertThatThrownBy(() -> parser.parse("near", "q.cypher", noExample)).hasMessageContaining("no @example");
    }
}
