package org.corridorgraph.render;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridorgraph.query.Citation;
import org.corridorgraph.query.CitationNumbers;
import org.corridorgraph.query.Citations;
import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;
import org.corridorgraph.json.Json;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.Schema;
import org.corridorgraph.seed.SchemaLoader;
import org.corridorgraph.support.Paths;

/** Made-up results: a few states, a freight service, two evidence sentences. */
final class Fixtures {
    /** The project's own schema: pictures are coloured by its label styles. */
    static final Schema SCHEMA = new SchemaLoader(Json.mapper()).load(ProjectFolder.locate("seed-data", Paths.SEED_DATA));
    static final GraphNode CHINA = state("china", "China");
    static final GraphNode KAZAKHSTAN = state("kazakhstan", "Kazakhstan");
    static final GraphNode TURKMENISTAN = state("turkmenistan", "Turkmenistan");
    static final GraphNode IRAN = state("iran", "Iran");
    static final GraphNode SERVICE = new GraphNode("steppe-express", "Steppe \"Express\" Freight", List.of("FreightService"));

    static final Citation FIRST = new Citation(1, "doc-a:s3", "doc-a", "The Steppe Express runs weekly from Xi'an.");
    static final Citation SECOND = new Citation(2, "doc-b:s7", "doc-b", "Transit via Turkmenistan | was, \"slow\".");

    private Fixtures() {
    }

    static GraphNode state(String id, String name) {
        return new GraphNode(id, name, List.of("State"));
    }

    static GraphLink leg(GraphNode from, GraphNode to, String label) {
        return new GraphLink(from.id(), to.id(), "LEG", label);
    }

    static GraphPath route() {
        return new GraphPath(List.of(CHINA, KAZAKHSTAN, TURKMENISTAN, IRAN),
                List.of(leg(CHINA, KAZAKHSTAN, "Steppe Express"), leg(KAZAKHSTAN, TURKMENISTAN, "Steppe Express"),
                        leg(TURKMENISTAN, IRAN, null)));
    }

    /** A route query: a path, its stops, its carriers, a date, a number and citations. */
    static QueryResult routes() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("route", route());
        row.put("stops", List.of(KAZAKHSTAN, TURKMENISTAN));
        row.put("carrier", SERVICE);
        row.put("since", LocalDate.of(2016, 2, 14));
        row.put("hops", 3L);
        row.put("citations", new CitationNumbers(List.of(1, 2)));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("route", new GraphPath(List.of(CHINA, KAZAKHSTAN, IRAN),
                List.of(leg(CHINA, KAZAKHSTAN, "Steppe Express"), leg(KAZAKHSTAN, IRAN, "Caspian ferry"))));
        second.put("stops", List.of(KAZAKHSTAN));
        second.put("carrier", SERVICE);
        second.put("since", null);
        second.put("hops", 2L);
        second.put("citations", new CitationNumbers(List.of(2)));
        return new QueryResult("routes", "Routes from one state to another.",
                Map.of("from", "China", "to", "Iran"),
                List.of("route", "stops", "carrier", "since", "hops", "citations"),
                List.of(row, second),
                "MATCH p = (:State {id: $from})-[:LEG*]->(:State {id: $to}) RETURN p", Map.of("from", "china", "to", "iran"),
                new Citations(List.of(FIRST, SECOND)), false, null);
    }

    /** A plain table with awkward text and no graph values. */
    static QueryResult table(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
        return new QueryResult("table", "A plain table.", Map.of(), columns, rows, "RETURN 1", Map.of(),
                Citations.NONE, truncated, null);
    }

    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
