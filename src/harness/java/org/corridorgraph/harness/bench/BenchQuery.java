package org.corridorgraph.harness.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corridorgraph.harness.HarnessException;

/**
 * A canned query with the parameters a user would type (names, not ids), as the benchmark asks it.
 *
 * @param key    how tables and results.json name it
 * @param query  the canned query's name (cypher/queries/NAME.cypher)
 * @param params raw parameters, as in the URL
 */
public record BenchQuery(String key, String query, Map<String, String> params) {

    /** The three queries of the issue: routes China→Iran via Central Asia, memberships of Kazakhstan, neighbourhood of Iran at depth 2. */
    public static final List<BenchQuery> STANDARD = List.of(
            new BenchQuery("routes", "routes", ordered("from", "China", "to", "Iran", "via", "Central Asia")),
            new BenchQuery("memberships", "memberships", ordered("entity", "Kazakhstan")),
            new BenchQuery("neighbourhood", "neighbourhood", ordered("entity", "Iran", "depth", "2")));

    public static BenchQuery standard(String key) {
        return STANDARD.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow(() -> new HarnessException(
                "no benchmark query named " + key, "use " + STANDARD.stream().map(BenchQuery::key).collect(Collectors.joining(", "))));
    }

    /** The path and query string of our endpoint. */
    public String ourPath() {
        return "/api/queries/" + query + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** As QueryRunner receives them from the HTTP layer. */
    public Map<String, List<String>> rawParams() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        params.forEach((k, v) -> raw.put(k, List.of(v)));
        return raw;
    }

    static Map<String, String> ordered(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
