package org.corridorgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.corridorgraph.corpus.Sentence;
import org.junit.jupiter.api.Test;

/** check warns when a figure's citation does not give the figure. */
class FigureCheckTest {
    private static final ValidatedEntity TRADE = new ValidatedEntity("m-trade", "Steppe trade, 2024", List.of("Measurement"), List.of(),
            List.of("steppe trade 2024"), Map.of("metric", "trade", "value", 340000000L, "unit", "USD", "status", "actual"));
    private static final ValidatedEntity STATE = new ValidatedEntity("steppe", "Steppe", List.of("State"), List.of(), List.of("steppe"),
            Map.of("iso2", "ST", "iso3", "STP"));

    private static ValidatedStatement citing(String text) {
        return new ValidatedStatement("st-1", "MEASURES", "m-trade", "steppe", Map.of(), Kind.FACT, null, "notes", null, "anchor",
                List.of(new Sentence("notes", 1, 1, 1, text)));
    }

    private static List<String> warnings(String text) {
        return new FigureCheck().warnings(Map.of("m-trade", TRADE, "steppe", STATE), List.of(citing(text)));
    }

    @Test
    void aSentenceGivingTheFigureInWordsOrDigitsRaisesNoWarning() {
        assertThat(warnings("Trade with the Steppe reached $340 million last year.")).isEmpty();
        assertThat(warnings("Trade came to 340,000,000 dollars.")).isEmpty();
        assertThat(warnings("Trade came to 0.34 billion dollars.")).isEmpty();
    }

    @Test
    void aSentenceWithoutTheFigureIsNamedWithTheStatementAndTheMeasurement() {
        assertThat(warnings("Trade with the Steppe has grown steadily.")).singleElement().asString()
                .contains("st-1", "notes#p1.s1", "340000000 USD", "m-trade");
    }
}
