package org.corridorgraph.query;

import java.util.List;

/**
 * A row's citations: the numbers of the result's {@link Citation}s that support it. Renderers
 * recognise the value by its type, whatever its column is called.
 */
public record CitationNumbers(List<Integer> numbers) {
    public CitationNumbers {
        numbers = List.copyOf(numbers);
    }
}
