package org.corridorgraph.query;

import java.util.List;
import java.util.Map;

/**
 * An example call and what its result must show.
 *
 * @param params       parameter values as a user types them
 * @param expectations values that must appear in given columns
 * @param line         where the example is written, for test failures
 */
public record QueryExample(Map<String, String> params, List<Expectation> expectations, int line) {
    public record Expectation(String column, List<String> values) {
    }
}
