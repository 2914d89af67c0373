package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryFileParserTest {
    private final QueryFileParser parser = new QueryFileParser();

    private static final String GOOD = String.join("\n",
            "// @description Finds things near a place,",
            "// continued on a second line.",
            "// @param place: entity — where to look",
            "// @param depth: integer = 2 [1..3] — how far",
            "// @param kinds: string[]? — which kinds",
            "// @example place=\"Central Asia\" depth=3 kinds=a,b",
            "// @expect name: Kazakhstan; Uzbekistan",
            "MATCH (n:Entity {id: $place}) WHERE $depth > 0 AND size($kinds) >= 0 RETURN n.name AS name");

    @Test
    void readsDescriptionParamsExamplesAndExpectations() {
        CannedQuery q = parser.parse("near", "cypher/queries/near.cypher", GOOD);

        assertThat(q.description()).isEqualTo("Finds things near a place, continued on a second line.");
        assertThat(q.params()).extracting(QueryParam::name).containsExactly("place", "depth", "kinds");
        QueryParam depth = q.param("depth").orElseThrow();
        assertThat(depth.required()).isFalse();
        assertThat(depth.defaultValue()).isEqualTo("2");
        assertThat(depth.min()).isEqualTo(1L);
        assertThat(depth.max()).isEqualTo(3L);
        assertThat(q.param("place").orElseThrow().required()).isTrue();
        assertThat(q.examples().get(0).params()).containsEntry("place", "Central Asia").containsEntry("kinds", "a,b");
        assertThat(q.examples().get(0).expectations().get(0).values()).containsExactly("Kazakhstan", "Uzbekistan");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown type | // @param depth: integer = 2 [1..3] — how far | // @param depth: number | 4 | unknown parameter type number",
            "undeclared parameter in Cypher | WHERE $depth > 0 | WHERE $depht > 0 | 8 | uses $depht",
            "example without expect | // @expect name: Kazakhstan; Uzbekistan | // plain comment | 6 | has no @expect",
            "example with an undeclared parameter | depth=3 kinds=a,b | depth=3 size=a | 6 | undeclared parameter size",
            "default out of range | integer = 2 [1..3] | integer = 7 [1..3] | 4 | outside",
            "unknown tag | // @expect name: | // @expects name: | 7 | unknown header tag @expects"})
    void aMalformedFileFailsNamingItsFileAndLine(String kind, String find, String replace, int line, String message) {
        String broken = GOOD.replace(find, replace);

        assertThatThrownBy(() -> parser.parse("near", "cypher/queries/near.cypher", broken))
                .isInstanceOf(QueryFileException.class)
                .hasMessageStartingWith("cypher/queries/near.cypher:" + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void aFileWithoutAnExampleIsRejected() {
        String noExample = GOOD.replaceAll("// @example.*\n// @expect.*\n", "");

        assertThatThrownBy(() -> parser.parse("near", "q.cypher", noExample)).hasMessageContaining("no @example");
    }
}
