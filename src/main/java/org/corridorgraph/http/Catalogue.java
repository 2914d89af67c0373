package org.corridorgraph.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.QueryCatalogue;
import org.corridorgraph.query.QueryParam;

/** GET /api/queries: every canned query with its parameters, columns and runnable examples, and the formats. */
public record Catalogue(List<Entry> queries, List<String> formats) {
    public record Entry(String name, String description, List<Param> params, List<Column> columns, List<Example> examples) {
    }

    /** @param namesEntity whether the value is a name or alias, resolved to an entity */
    public record Param(String name, String type, boolean required, @JsonProperty("default") String defaultValue, Long min, Long max,
                        boolean namesEntity, String description) {
    }

    /** @param name as answers give it */
    public record Column(String name, String type, boolean nullable, String description) {
    }

    /** @param url the example as a request to this API */
    public record Example(Map<String, String> params, String url) {
    }

    static Catalogue of(QueryCatalogue catalogue, List<String> formats) {
        return new Catalogue(catalogue.all().stream().map(Catalogue::entry).toList(), formats);
    }

    private static Entry entry(CannedQuery q) {
        List<Param> params = q.params().stream().map(Catalogue::param).toList();
        List<Column> columns = q.columns().stream().map(c -> new Column(c.answerName(), c.type().declared(), c.nullable(), c.description()))
                .toList();
        List<Example> examples = q.examples().stream().map(e -> new Example(e.params(), "/api/queries/" + q.name() + query(e.params())))
                .toList();
        return new Entry(q.name(), q.description(), params, columns, examples);
    }

    private static Param param(QueryParam p) {
        return new Param(p.name(), p.type().declared(), p.required(), p.defaultValue(), p.min(), p.max(), p.type().namesEntities(),
                p.description());
    }

    private static String query(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&", "?", ""));
    }
}
