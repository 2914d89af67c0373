package org.corridorgraph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The values given for a query's parameters, by parameter name, in the order given. */
public record Arguments(Map<String, List<ParamValue>> values) {
    public static final Arguments NONE = new Arguments(Map.of());

    public Arguments {
        Map<String, List<ParamValue>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** Values as typed in a URL or on the command line. */
    public static Arguments ofText(Map<String, List<String>> raw) {
        Map<String, List<ParamValue>> values = new LinkedHashMap<>();
        raw.forEach((k, v) -> values.put(k, v.stream().map(t -> (ParamValue) new ParamValue.Text(t)).toList()));
        return new Arguments(values);
    }

    public List<ParamValue> get(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** As a user reads them: {from=[China], to=[Iran]}. */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(ParamValue::text).toList())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
