package org.corridorgraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks raw parameter values (from a URL or the command line) against a query's declared parameters. */
public final class ParamBinder {
    /** Longest value accepted for any one parameter. */
    public static final int MAX_VALUE_LENGTH = 500;
    private static final int SUGGESTIONS = 5;

    public BoundParams bind(CannedQuery query, Arguments args, EntityDirectory entities) {
        for (String given : args.values().keySet()) {
            if (query.param(given).isEmpty()) {
                String known = query.params().isEmpty() ? "it takes none"
                        : "it takes " + query.params().stream().map(QueryParam::name).collect(Collectors.joining(", "));
                throw new QueryException.BadParameter(given, "query " + query.name() + " has no parameter '" + given + "'", known);
            }
        }
        Map<String, Object> display = new LinkedHashMap<>();
        Map<String, Object> cypher = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (QueryParam p : query.params()) {
            List<ParamValue> values = new ArrayList<>();
            for (ParamValue given : args.get(p.name())) {
                if (given instanceof ParamValue.Entity) {
                    values.add(given);
                    continue;
                }
                String v = given.text();
                if (v == null) {
                    continue;
                }
                if (v.length() > MAX_VALUE_LENGTH) {
                    throw new QueryException.BadParameter(p.name(), "parameter " + p.name() + " is longer than " + MAX_VALUE_LENGTH + " characters",
                            "give " + p.expected());
                }
                if (p.type().isList()) {
                    for (String part : v.split(",")) {
                        if (!part.isBlank()) {
                            values.add(new ParamValue.Text(part.strip()));
                        }
                    }
                } else if (!v.isBlank()) {
                    values.add(new ParamValue.Text(v.strip()));
                }
            }
            if (!p.type().isList() && values.size() > 1) {
                throw new QueryException.BadParameter(p.name(), "parameter " + p.name() + " is given " + values.size() + " times",
                        "give it once: " + p.expected());
            }
            if (values.isEmpty() && p.defaultValue() != null) {
                values.add(new ParamValue.Text(p.defaultValue()));
            }
            if (values.isEmpty()) {
                if (p.required()) {
                    throw new QueryException.BadParameter(p.name(), "query " + query.name() + " needs parameter " + p.name(),
                            "give " + p.expected() + (p.description().isBlank() ? "" : ": " + p.description()));
                }
                display.put(p.name(), p.type().isList() ? List.of() : null);
                cypher.put(p.name(), p.type().isList() ? List.of() : null);
                continue;
            }
            switch (p.type()) {
                case STRING -> {
                    display.put(p.name(), values.get(0).text());
                    cypher.put(p.name(), values.get(0).text());
                }
                case STRING_LIST -> {
                    List<String> texts = values.stream().map(ParamValue::text).toList();
                    display.put(p.name(), texts);
                    cypher.put(p.name(), texts);
                }
                case INTEGER -> {
                    long n = integer(p, values.get(0).text());
                    display.put(p.name(), n);
                    cypher.put(p.name(), n);
                }
                case DATE -> {
                    LocalDate d = date(p, values.get(0).text());
                    display.put(p.name(), d.toString());
                    cypher.put(p.name(), d.toString());
                }
                case ENTITY -> {
                    EntityRef e = entity(p, values.get(0), entities, notes);
                    display.put(p.name(), e.name());
                    cypher.put(p.name(), e.id());
                }
                case ENTITY_LIST -> {
                    List<EntityRef> refs = values.stream().map(v -> entity(p, v, entities, notes)).toList();
                    display.put(p.name(), refs.stream().map(EntityRef::name).toList());
                    cypher.put(p.name(), refs.stream().map(EntityRef::id).toList());
                }
                default -> throw new IllegalStateException(p.type().name());
            }
        }
        return new BoundParams(display, cypher, List.copyOf(notes));
    }

    private static long integer(QueryParam p, String text) {
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new QueryException.BadParameter(p.name(), "parameter " + p.name() + " = '" + shorten(text) + "' is not a whole number",
                    "give " + p.expected());
        }
        if ((p.min() != null && n < p.min()) || (p.max() != null && n > p.max())) {
            throw new QueryException.BadParameter(p.name(), "parameter " + p.name() + " = " + n + " is out of range", "give " + p.expected());
        }
        return n;
    }

    private static LocalDate date(QueryParam p, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new QueryException.BadParameter(p.name(), "parameter " + p.name() + " = '" + shorten(text) + "' is not an ISO date",
                    "write dates as 2025-12-11");
        }
    }

    private static EntityRef entity(QueryParam p, ParamValue value, EntityDirectory entities, List<String> notes) {
        if (value instanceof ParamValue.Entity resolved) {
            return resolved.ref();
        }
        String text = value.text();
        EntityDirectory.Found found = entities.resolve(text).orElseThrow(() -> new QueryException.UnknownEntity(p.name(), shorten(text),
                entities.suggest(text, SUGGESTIONS).stream().map(EntityRef::name).toList()));
        if (found.corrected()) {
            notes.add(found.note(text));
        }
        return found.entity();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
