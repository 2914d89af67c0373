package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.seed.ValueType;

/**
 * Reads a query file's header (see cypher/queries/README.md). Everything wrong with a file fails
 * with its name and line, so a bad file stops the start instead of a request.
 */
public final class QueryFileParser {
    private static final Pattern UNSAID = Pattern.compile("(\\w+)\\s*(?:—|--)\\s*(\\S.*)");
    private static final Pattern TAG = Pattern.compile("^//\\s*@(\\w+)\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^(\\w+)\\s*:\\s*([a-z]+(?:\\[])?)(\\?)?\\s*(?:=\\s*(\\S+))?\\s*(?:\\[(-?\\d*)\\.\\.(-?\\d*)])?\\s*(?:(?:—|--)\\s*(.*))?$");
    private static final Pattern COLUMN = Pattern.compile("^(\\w+)\\s*:\\s*([a-zA-Z]+(?:\\[])?)(\\?)?\\s*(?:(?:—|--)\\s*(.*))?$");
    private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S+))");
    private static final Pattern CYPHER_PARAM = Pattern.compile("\\$(\\w+)");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public CannedQuery parse(String name, String file, String text) {
        if (!NAME.matcher(name).matches()) {
            throw new QueryFileException(file, 0, "query name '" + name + "' must be lowerCamelCase", "rename the file");
        }
        String[] lines = text.split("\n", -1);
        StringBuilder description = new StringBuilder();
        Map<String, QueryParam> params = new LinkedHashMap<>();
        Map<String, QueryColumn> columns = new LinkedHashMap<>();
        Map<String, Unsaid> unsaid = new LinkedHashMap<>();
        List<QueryExample> examples = new ArrayList<>();
        Map<String, String> exampleParams = null;
        List<QueryExample.Expectation> expectations = null;
        int exampleLine = 0;
        boolean inDescription = false;
        int bodyStart = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("//")) {
                bodyStart = i;
                break;
            }
            Matcher tag = TAG.matcher(line);
            if (!tag.matches()) {
                if (inDescription) {
                    description.append(' ').append(line.substring(2).strip());
                }
                continue;
            }
            inDescription = false;
            String value = tag.group(2).strip();
            switch (tag.group(1)) {
                case "description" -> {
                    description.append(value);
                    inDescription = true;
                }
                case "param" -> {
                    QueryParam param = param(file, number, value);
                    if (params.put(param.name(), param) != null) {
                        throw new QueryFileException(file, number, "parameter " + param.name() + " is declared twice", "keep one @param line");
                    }
                }
                case "column" -> {
                    QueryColumn column = column(file, number, value);
                    if (columns.put(column.name(), column) != null) {
                        throw new QueryFileException(file, number, "column " + column.name() + " is declared twice", "keep one @column line");
                    }
                }
                case "unsaid" -> {
                    Unsaid u = unsaid(file, number, value, columns);
                    if (unsaid.put(u.column(), u) != null) {
                        throw new QueryFileException(file, number, "@unsaid names column " + u.column() + " twice", "keep one @unsaid line a column");
                    }
                }
                case "example" -> {
                    if (exampleParams != null) {
                        examples.add(example(file, exampleLine, exampleParams, expectations));
                    }
                    exampleParams = assignments(file, number, value, params);
                    expectations = new ArrayList<>();
                    exampleLine = number;
                }
                case "expect" -> {
                    if (expectations == null) {
                        throw new QueryFileException(file, number, "@expect comes before any @example", "put it under the example it checks");
                    }
                    int colon = value.indexOf(':');
                    if (colon <= 0) {
                        throw new QueryFileException(file, number, "@expect needs 'column: value; value'", "for example: @expect stops: Kazakhstan; Turkmenistan");
                    }
                    List<String> values = new ArrayList<>();
                    for (String v : value.substring(colon + 1).split(";")) {
                        if (!v.isBlank()) {
                            values.add(v.strip());
                        }
                    }
                    expectations.add(new QueryExample.Expectation(value.substring(0, colon).strip(), List.copyOf(values)));
                }
                default -> throw new QueryFileException(file, number, "unknown header tag @" + tag.group(1),
                        "use @description, @param, @column, @unsaid, @example or @expect");
            }
        }
        if (exampleParams != null) {
            examples.add(example(file, exampleLine, exampleParams, expectations));
        }
        if (description.isEmpty()) {
            throw new QueryFileException(file, 1, "the header has no @description", "start the file with // @description …");
        }
        if (examples.isEmpty()) {
            throw new QueryFileException(file, 1, "the header has no @example", "add // @example with parameter values and an @expect");
        }
        for (QueryExample example : examples) {
            for (QueryParam p : params.values()) {
                if (p.required() && !example.params().containsKey(p.name())) {
                    throw new QueryFileException(file, example.line(), "the example lacks required parameter " + p.name(), "give it a value");
                }
            }
        }
        if (columns.isEmpty()) {
            throw new QueryFileException(file, examples.get(0).line(), "the header declares no @column",
                    "above the first @example, add one // @column name: type[?] — meaning per column the query returns, in order");
        }
        checkBody(file, lines, bodyStart, params);
        checkExpectations(file, examples, columns);
        return new CannedQuery(name, description.toString(), List.copyOf(params.values()), List.copyOf(columns.values()),
                List.copyOf(unsaid.values()), List.copyOf(examples), text.strip(), file);
    }

    private static QueryParam param(String file, int line, String text) {
        Matcher m = PARAM.matcher(text);
        if (!m.matches()) {
            throw new QueryFileException(file, line, "cannot read @param '" + text + "'",
                    "write: @param name: type[?] [= default] [[min..max]] — description");
        }
        ValueType type = ValueType.parse(m.group(2), ValueType.Use.PARAMETER);
        if (type == null) {
            throw new QueryFileException(file, line, "unknown parameter type " + m.group(2),
                    "use " + ValueType.names(ValueType.Use.PARAMETER));
        }
        String defaultValue = m.group(4);
        Long min = bound(m.group(5));
        Long max = bound(m.group(6));
        if (defaultValue != null && type == ValueType.INTEGER) {
            try {
                long d = Long.parseLong(defaultValue);
                if ((min != null && d < min) || (max != null && d > max)) {
                    throw new QueryFileException(file, line, "default " + d + " is outside [" + min + ".." + max + "]", "fix the default or the bounds");
                }
            } catch (NumberFormatException e) {
                throw new QueryFileException(file, line, "default '" + defaultValue + "' is not a whole number", "fix the default");
            }
        }
        boolean optional = m.group(3) != null || defaultValue != null;
        return new QueryParam(m.group(1), type, !optional, defaultValue, min, max, m.group(7) == null ? "" : m.group(7).strip());
    }

    /** "@unsaid column — what it is": a nullable column declared above, and the words for what its null means. */
    private static Unsaid unsaid(String file, int line, String text, Map<String, QueryColumn> columns) {
        Matcher m = UNSAID.matcher(text);
        if (!m.matches()) {
            throw new QueryFileException(file, line, "cannot read @unsaid '" + text + "'",
                    "write: @unsaid column — what the articles leave unsaid when it is null, e.g. @unsaid attacker — who attacked it");
        }
        QueryColumn column = columns.get(m.group(1));
        if (column == null) {
            throw new QueryFileException(file, line, "@unsaid names undeclared column " + m.group(1), "declare it with @column above this line");
        }
        if (!column.nullable()) {
            throw new QueryFileException(file, line, "@unsaid column " + m.group(1) + " is never null",
                    "declare it nullable (type?), or drop the @unsaid line");
        }
        return new Unsaid(m.group(1), m.group(2).strip());
    }

    private static QueryColumn column(String file, int line, String text) {
        Matcher m = COLUMN.matcher(text);
        if (!m.matches()) {
            throw new QueryFileException(file, line, "cannot read @column '" + text + "'", "write: @column name: type[?] — meaning");
        }
        ValueType type = ValueType.parse(m.group(2), ValueType.Use.COLUMN);
        if (type == null) {
            throw new QueryFileException(file, line, "unknown column type " + m.group(2), "use " + ValueType.names(ValueType.Use.COLUMN));
        }
        String description = m.group(4) == null ? "" : m.group(4).strip();
        if (description.isEmpty()) {
            throw new QueryFileException(file, line, "column " + m.group(1) + " says nothing of what it holds", "add — and its meaning");
        }
        return new QueryColumn(m.group(1), type, m.group(3) != null, description);
    }

    /** An @expect must name a column the query declares, by the name answers give it. */
    private static void checkExpectations(String file, List<QueryExample> examples, Map<String, QueryColumn> columns) {
        Set<String> names = new LinkedHashSet<>();
        columns.values().forEach(c -> {
            names.add(c.name());
            names.add(c.answerName());
        });
        for (QueryExample example : examples) {
            for (QueryExample.Expectation e : example.expectations()) {
                if (!names.contains(e.column())) {
                    throw new QueryFileException(file, example.line(), "the example expects column " + e.column() + ", which is not declared",
                            "declare it with @column or expect one of " + String.join(", ", columns.keySet()));
                }
            }
        }
    }

    private static Long bound(String text) {
        return text == null || text.isEmpty() ? null : Long.parseLong(text);
    }

    private static Map<String, String> assignments(String file, int line, String text, Map<String, QueryParam> params) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = ASSIGNMENT.matcher(text);
        int consumed = 0;
        while (m.find()) {
            if (!text.substring(consumed, m.start()).isBlank()) {
                break;
            }
            String key = m.group(1);
            if (!params.containsKey(key)) {
                throw new QueryFileException(file, line, "the example sets undeclared parameter " + key, "declare it with @param first");
            }
            values.put(key, m.group(2) != null ? m.group(2) : m.group(3));
            consumed = m.end();
        }
        if (!text.substring(consumed).isBlank()) {
            throw new QueryFileException(file, line, "cannot read the example near '" + text.substring(consumed).strip() + "'",
                    "write key=value pairs; quote values with spaces");
        }
        return values;
    }

    private static QueryExample example(String file, int line, Map<String, String> params, List<QueryExample.Expectation> expectations) {
        if (expectations.isEmpty()) {
            throw new QueryFileException(file, line, "the example has no @expect", "say which values its result must show");
        }
        return new QueryExample(Map.copyOf(params), List.copyOf(expectations), line);
    }

    private static void checkBody(String file, String[] lines, int bodyStart, Map<String, QueryParam> params) {
        Set<String> used = new LinkedHashSet<>();
        boolean hasBody = false;
        for (int i = bodyStart; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf("//");
            String code = comment >= 0 ? line.substring(0, comment) : line;
            hasBody |= !code.isBlank();
            Matcher m = CYPHER_PARAM.matcher(code);
            while (m.find()) {
                if (!params.containsKey(m.group(1))) {
                    throw new QueryFileException(file, i + 1, "the query uses $" + m.group(1) + ", which the header does not declare",
                            "add @param " + m.group(1) + ": TYPE");
                }
                used.add(m.group(1));
            }
        }
        if (!hasBody) {
            throw new QueryFileException(file, bodyStart + 1, "the file has no query after its header", "write the Cypher below the header");
        }
        for (String declared : params.keySet()) {
            if (!used.contains(declared)) {
                throw new QueryFileException(file, 0, "parameter " + declared + " is declared but the query never uses $" + declared,
                        "use it or remove its @param line");
            }
        }
    }
}
