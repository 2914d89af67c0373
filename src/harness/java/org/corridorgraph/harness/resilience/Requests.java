package org.corridorgraph.harness.resilience;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corridorgraph.query.AskParser;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryExample;

/** URLs (path and query) built from the catalogue: each query's header examples and the example questions of /api/ask. */
public final class Requests {
    private Requests() {
    }

    /** Every valid request the catalogue documents: one per query example, one per example question. */
    public static List<String> valid(QueryCatalogue catalogue) {
        List<String> paths = new ArrayList<>();
        for (CannedQuery q : catalogue.all()) {
            for (QueryExample example : q.examples()) {
                paths.add(query(q.name(), example.params()));
            }
        }
        for (String question : AskParser.EXAMPLES) {
            paths.add("/api/ask?q=" + encode(question));
        }
        return List.copyOf(paths);
    }

    /** Values for the query's parameters taken from its first example: a valid call to build on. */
    public static Map<String, String> baseline(CannedQuery q) {
        return q.examples().isEmpty() ? Map.of() : new LinkedHashMap<>(q.examples().get(0).params());
    }

    public static String query(String name, Map<String, String> params) {
        String query = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return "/api/queries/" + encode(name) + (query.isEmpty() ? "" : "?" + query);
    }

    /** Percent-encodes everything but unreserved characters; spaces as %20. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
