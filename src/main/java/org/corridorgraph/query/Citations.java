package org.corridorgraph.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentences a result cites, numbered from 1 in the order the rows first cite them. */
public record Citations(List<Citation> list) {
    public static final Citations NONE = new Citations(List.of());

    public Citations {
        list = List.copyOf(list);
    }

    /** The numbers of these sentence ids, in their order; ids whose sentence is unknown are left out. */
    public CitationNumbers numbersOf(Collection<String> sentenceIds) {
        Map<String, Integer> byId = new LinkedHashMap<>();
        list.forEach(c -> byId.put(c.sentenceId(), c.number()));
        return new CitationNumbers(sentenceIds.stream().distinct().filter(byId::containsKey).map(byId::get).toList());
    }
}
