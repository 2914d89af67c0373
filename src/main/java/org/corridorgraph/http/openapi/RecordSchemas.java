package org.corridorgraph.http.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.corridorgraph.http.openapi.OpenApiModel.Schema;

/**
 * Component schemas read off the records the API serialises, so the document names exactly the
 * fields Jackson writes: one property per record component (its @JsonProperty name if it has one),
 * nested records as references to their own components.
 */
public final class RecordSchemas {
    private final Map<String, Schema> components = new LinkedHashMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    /** Registers a record (and every record it holds) under a component name; answers a reference to it. */
    public Schema add(String name, Class<? extends Record> type) {
        if (!names.containsKey(type)) {
            names.put(type, name);
            components.put(name, null); // reserve the place, so records referring to each other terminate
            Map<String, Schema> properties = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getAccessor().isAnnotationPresent(JsonIgnore.class) || c.isAnnotationPresent(JsonIgnore.class)) {
                    continue;
                }
                // the annotation sits on the accessor: @JsonProperty does not target record components themselves
                JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
                properties.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName(), schema(c.getGenericType(), name));
            }
            components.put(name, Schema.object(null, properties));
        }
        return Schema.ref(names.get(type));
    }

    /** Adds a schema written by hand, e.g. one built from the query catalogue. */
    public Schema put(String name, Schema schema) {
        components.put(name, schema);
        return Schema.ref(name);
    }

    public Map<String, Schema> components() {
        return components;
    }

    @SuppressWarnings("unchecked")
    private Schema schema(Type type, String owner) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return Schema.array(schema(p.getActualTypeArguments()[0], owner));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Schema.map(null);
            }
        }
        if (type instanceof Class<?> c) {
            if (c == String.class) {
                return Schema.of("string");
            }
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
                return Schema.of("integer");
            }
            if (c == double.class || c == Double.class) {
                return Schema.of("number");
            }
            if (c == boolean.class || c == Boolean.class) {
                return Schema.of("boolean");
            }
            if (c == LocalDate.class) {
                return Schema.of("string").withFormat("date");
            }
            if (c.isRecord()) {
                return add(c.getName().substring(c.getPackageName().length() + 1).replace('$', '.'), (Class<? extends Record>) c);
            }
            if (Map.class.isAssignableFrom(c)) {
                return Schema.map(null);
            }
        }
        throw new IllegalArgumentException("no schema for " + type + " in " + owner + "; add a case for it");
    }
}
