package org.corridorgraph.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridorgraph.query.GraphPath;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.render.picture.Colour;
import org.corridorgraph.render.picture.Diagram;
import org.corridorgraph.render.picture.Diagram.Arrangement;
import org.corridorgraph.render.picture.Diagram.Box;
import org.corridorgraph.render.picture.Diagram.Line;
import org.corridorgraph.render.picture.Diagram.LineKey;
import org.corridorgraph.render.picture.Diagram.Paint;
import org.corridorgraph.render.picture.Diagram.Role;
import org.corridorgraph.render.picture.Diagram.Side;
import org.corridorgraph.render.picture.Diagram.Stroke;
import org.corridorgraph.seed.LabelStyle;
import org.corridorgraph.seed.Schema;

/**
 * The diagram that fits each shape of answer, read from its rows: who belongs to what for
 * memberships, who acts on what for sanctions and views, a route's stops and carriers, a centre
 * and its relationships for neighbourhoods, paths and evidence. Boxes are coloured by the schema's
 * label styles; line styles say a membership's status or a statement's kind, and the legend says which.
 */
final class AnswerDiagrams {
    private static final Colour LINE = Colour.of("#4b5563");
    private static final Colour MUTED = Colour.of("#9ca3af");
    /** Carrier colours on routes: distinct hues, each dark enough to read as a line on white. */
    private static final List<Colour> CARRIERS = List.of(Colour.of("#1d4ed8"), Colour.of("#b91c1c"), Colour.of("#047857"),
            Colour.of("#7c3aed"), Colour.of("#b45309"), Colour.of("#0e7490"), Colour.of("#be185d"), Colour.of("#4d7c0f"),
            Colour.of("#374151"));
    private static final Map<String, Colour> TONES = Map.of("negative", Colour.of("#b91c1c"), "concern", Colour.of("#b45309"),
            "threat", Colour.of("#7f1d1d"), "watchful", Colour.of("#1d4ed8"), "priority", Colour.of("#047857"),
            "aligned", Colour.of("#0e7490"));
    private static final List<String> KINDS = List.of("fact", "assessment", "reported");
    private static final Paint CHOKEPOINT = new Paint(Colour.of("#fee2e2"), Colour.of("#b91c1c"), Colour.DARK);
    /** Parameters that name what an answer is about, in the order a centre is looked for. */
    private static final List<String> CENTRE_PARAMS = List.of("entity", "from", "subject", "speaker", "deal", "region", "partner",
            "target", "bloc", "by", "about", "a");

    private final Schema schema;

    AnswerDiagrams(Schema schema) {
        this.schema = schema;
    }

    // ---------------------------------------------------------------- shapes

    /** Stops left to right; each carrier its own colour, numbered on its legs and named in the legend. */
    Diagram route(QueryResult result) {
        Builder b = graphBuilder(result);
        Map<String, Colour> colours = new LinkedHashMap<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Line line : b.lines.values()) {
            String carrier = line.label().isEmpty() ? "unnamed carrier" : line.label();
            Colour colour = colours.computeIfAbsent(carrier, c -> CARRIERS.get(colours.size() % CARRIERS.size()));
            int number = numbers.computeIfAbsent(carrier, c -> numbers.size() + 1);
            lines.add(new Line(line.from(), line.to(), String.valueOf(number), Stroke.SOLID, colour, line.backwards(), line.says()));
        }
        List<LineKey> keys = new ArrayList<>();
        numbers.forEach((carrier, number) -> keys.add(new LineKey(number + " " + carrier, Stroke.SOLID, colours.get(carrier))));
        return new Diagram(title(result), summary(result), Arrangement.ROUTE, null, List.copyOf(b.boxes.values()), lines, keys);
    }

    /** Members on the left, blocs on the right; a line's dashes say the status. */
    Diagram memberships(QueryResult result) {
        Builder b = new Builder();
        Set<String> statuses = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            String member = text(row, "member");
            String bloc = text(row, "bloc");
            if (member.isEmpty() || bloc.isEmpty()) {
                continue;
            }
            String memberKind = first(row.get("memberLabels"), "State");
            String blocKind = text(row, "blocLabel").isEmpty() ? "Bloc" : text(row, "blocLabel");
            String tie = text(row, "groupTie");
            b.box(member, member, memberKind, Side.FIRST, tie);
            b.box(bloc, bloc, blocKind, Side.LAST, "");
            String status = text(row, "status").isEmpty() ? "full" : text(row, "status");
            statuses.add(status);
            String since = text(row, "since");
            b.line(new Line(member, bloc, since.isEmpty() ? "" : "since " + since, statusStroke(status), LINE, false,
                    member + " is a member of " + bloc + " (" + status + (since.isEmpty() ? "" : ", since " + since) + ")"));
        }
        List<LineKey> keys = statuses.stream().map(s -> new LineKey(s + " member", statusStroke(s), LINE)).toList();
        return b.diagram(result, Arrangement.BIPARTITE, keys);
    }

    /** Who imposes the sanctions, the regime, and what it hits; a line's dashes say the statement's kind. */
    Diagram sanctions(QueryResult result) {
        Builder b = new Builder();
        Set<String> kinds = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            String regime = text(row, "sanctions");
            String target = text(row, "target");
            String by = text(row, "imposedBy");
            String kind = kind(row);
            kinds.add(kind);
            b.box(regime, regime, "SanctionsRegime", Side.ANY, "");
            b.box(target, target, first(row.get("targetLabels"), null), Side.ANY, "");
            if (!by.isEmpty()) {
                b.box(by, by, null, Side.ANY, "");
                b.line(new Line(by, regime, "imposes", Stroke.SOLID, MUTED, false, by + " imposes " + regime));
            }
            String effect = text(row, "effect");
            b.line(new Line(regime, target, effect, kindStroke(kind), LINE, false, regime + " " + effect + " " + target + " (" + kind + ")"));
        }
        return b.diagram(result, Arrangement.FLOW, kindKeys(kinds));
    }

    /** Who holds a view of what; colour says the tone, dashes the statement's kind. */
    Diagram views(QueryResult result) {
        Builder b = new Builder();
        Set<String> kinds = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            String holder = text(row, "holder");
            String about = text(row, "about");
            String tone = text(row, "tone");
            String kind = kind(row);
            kinds.add(kind);
            b.box(holder, holder, null, Side.ANY, text(row, "holderOffice"));
            b.box(about, about, null, Side.ANY, "");
            b.line(new Line(holder, about, tone, kindStroke(kind), TONES.getOrDefault(tone, LINE), false,
                    holder + " " + tone + " about " + about + " (" + kind + ")"));
            if (row.get("involves") instanceof List<?> involved) {
                for (Object o : involved) {
                    String other = Objects.toString(o, "");
                    if (!other.isEmpty() && !other.equals(about)) {
                        b.box(other, other, null, Side.ANY, "");
                        b.line(new Line(about, other, "involves", Stroke.SOLID, MUTED, false, about + " involves " + other));
                    }
                }
            }
        }
        return b.diagram(result, Arrangement.FLOW, kindKeys(kinds));
    }

    /** The subject in the middle, what its relationships reach around it, by type; dashes say the kind. */
    Diagram evidence(QueryResult result) {
        Builder b = new Builder();
        Set<String> kinds = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            String subject = text(row, "subject");
            String object = text(row, "object");
            String type = text(row, "type");
            String kind = kind(row);
            kinds.add(kind);
            b.box(subject, subject, null, Side.ANY, "");
            b.box(object, object, null, Side.ANY, "");
            b.line(new Line(subject, object, type, kindStroke(kind), LINE, false, subject + " " + type + " " + object + " (" + kind + ")"));
        }
        return b.diagram(result, Arrangement.RADIAL, kindKeys(kinds));
    }

    /** Who met whom at summits; the line carries the date. */
    Diagram summits(QueryResult result) {
        Builder b = new Builder();
        Set<String> kinds = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            String party = text(row, "party");
            String with = text(row, "with");
            String format = text(row, "format");
            String date = text(row, "date");
            String kind = kind(row);
            kinds.add(kind);
            b.box(party, party, null, Side.ANY, "");
            List<String> others = new ArrayList<>();
            if (!with.isEmpty()) {
                for (String other : with.split(", ")) {
                    others.add(other.strip());
                }
            } else if (!format.isEmpty()) {
                others.add(format);
            }
            for (String other : others) {
                if (other.isEmpty() || other.equals(party)) {
                    continue;
                }
                b.box(other, other, null, Side.ANY, "");
                b.line(new Line(party, other, date, kindStroke(kind), LINE, false,
                        party + " held a summit with " + other + (date.isEmpty() ? "" : " on " + date) + (format.isEmpty() ? "" : " (" + format + ")")));
            }
        }
        return b.diagram(result, Arrangement.RADIAL, kindKeys(kinds));
    }

    /** Each measure once, the differing figures beside it with their sources. */
    Diagram conflicts(QueryResult result) {
        Builder b = new Builder();
        Set<String> kinds = new LinkedHashSet<>();
        for (Map<String, Object> row : result.rows()) {
            String about = text(row, "about");
            String measure = text(row, "measure");
            String when = text(row, "refersTo");
            String unit = text(row, "unit");
            String value = text(row, "value") + (unit.isEmpty() ? "" : " " + unit);
            String source = text(row, "source");
            String kind = kind(row);
            kinds.add(kind);
            String measureKey = about + '\u0000' + measure + '\u0000' + when;
            b.box(about, about, null, Side.ANY, "");
            b.box(measureKey, measure, "Measurement", Side.ANY, when);
            b.line(new Line(about, measureKey, "", Stroke.SOLID, MUTED, false, ""));
            String valueKey = measureKey + '\u0000' + value + '\u0000' + source;
            b.box(valueKey, value, null, Side.ANY, source);
            b.line(new Line(measureKey, valueKey, "", kindStroke(kind), LINE, false,
                    measure + " of " + about + (when.isEmpty() ? "" : " for " + when) + " is " + value + " according to " + source));
        }
        return b.diagram(result, Arrangement.FLOW, kindKeys(kinds));
    }

    /** The ways left when each chokepoint is lost, left to right; the chokepoints marked with what losing them does. */
    Diagram chokepoints(QueryResult result) {
        Builder b = graphBuilder(result);
        for (Map<String, Object> row : result.rows()) {
            String name = text(row, "chokepoint");
            String effect = text(row, "effect");
            String without = text(row, "hopsWithout");
            String note = effect.equals("lengthens") && !without.isEmpty() ? "lost: " + without + " hops" : "lost: " + effect;
            Box existing = b.boxes.values().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (existing != null) {
                b.boxes.put(existing.key(), new Box(existing.key(), existing.name(), existing.kind(), CHOKEPOINT, Role.ENTITY,
                        Side.ANY, note, ""));
            } else {
                b.boxes.put("chokepoint:" + name, new Box("chokepoint:" + name, name, null, CHOKEPOINT, Role.ENTITY, Side.ANY, note, ""));
            }
        }
        return b.diagram(result, Arrangement.FLOW, List.of());
    }

    /** Chains from one end to the other, left to right: every step labelled, the far end never left out. */
    Diagram chains(QueryResult result) {
        Builder b = graphBuilder(result);
        return b.diagram(result, Arrangement.FLOW, kindKeys(b.styleByKind(result)));
    }

    /** Nodes, links and paths as they are: a centre with its relationships grouped around it. */
    Diagram graph(QueryResult result) {
        Builder b = graphBuilder(result);
        return b.diagram(result, Arrangement.RADIAL, kindKeys(b.styleByKind(result)));
    }

    private Builder graphBuilder(QueryResult result) {
        GraphPicture picture = GraphPicture.of(result);
        Builder b = new Builder();
        Map<String, String> names = new LinkedHashMap<>();
        for (GraphPicture.Node node : picture.nodes()) {
            b.boxes.put(node.key(), new Box(node.key(), node.name(), node.kind(), paint(node.kind()), Role.ENTITY, Side.ANY, "", ""));
            names.put(node.key(), node.name());
        }
        for (GraphPicture.Edge edge : picture.edges()) {
            String from = names.get(edge.from());
            String to = names.get(edge.to());
            String says = edge.backwards() ? to + " " + edge.label() + " " + from : from + " " + edge.label() + " " + to;
            b.line(new Line(edge.from(), edge.to(), edge.label(), Stroke.SOLID, LINE, edge.backwards(), says));
        }
        return b;
    }

    // ---------------------------------------------------------------- parts

    /** Boxes by key, each once, and lines by ends and label, each once. */
    private final class Builder {
        final Map<String, Box> boxes = new LinkedHashMap<>();
        final Map<String, Line> lines = new LinkedHashMap<>();

        void box(String key, String name, String kind, Side side, String note) {
            boxes.putIfAbsent(key, new Box(key, name, kind, paint(kind), Role.ENTITY, side, note == null ? "" : note, ""));
        }

        void line(Line line) {
            lines.putIfAbsent(line.from() + '\u0000' + line.to() + '\u0000' + line.label(), line);
        }

        /**
         * Dashes each row's relationship by the row's kind (fact, assessment or reported): the last
         * step of the row's path is the relationship the row is about. The kinds seen, for the legend.
         */
        Set<String> styleByKind(QueryResult result) {
            Set<String> kinds = new LinkedHashSet<>();
            Set<String> styled = new java.util.HashSet<>();
            for (Map<String, Object> row : result.rows()) {
                String kind = kind(row);
                if (!KINDS.contains(kind) || !(row.get("path") instanceof GraphPath path) || path.nodes() == null
                        || path.nodes().size() < 2) {
                    continue;
                }
                String a = GraphPicture.key(path.nodes().get(path.nodes().size() - 2));
                String z = GraphPicture.key(path.nodes().get(path.nodes().size() - 1));
                for (Map.Entry<String, Line> e : lines.entrySet()) {
                    Line line = e.getValue();
                    if (line.from().equals(a) && line.to().equals(z) && styled.add(e.getKey())) {
                        e.setValue(new Line(line.from(), line.to(), line.label(), kindStroke(kind), line.colour(), line.backwards(),
                                line.says() + " (" + kind + ")"));
                        kinds.add(kind);
                        break;
                    }
                }
            }
            return kinds;
        }

        Diagram diagram(QueryResult result, Arrangement arrangement, List<LineKey> keys) {
            return new Diagram(title(result), summary(result), arrangement, centre(result, boxes), List.copyOf(boxes.values()),
                    List.copyOf(lines.values()), keys);
        }
    }

    private Paint paint(String kind) {
        LabelStyle style = schema.style(kind);
        return new Paint(Colour.of(style.fill()), Colour.of(style.border()), Colour.of(style.text()));
    }

    private static Stroke statusStroke(String status) {
        return switch (status) {
            case "full" -> Stroke.SOLID;
            case "observer" -> Stroke.DASHED;
            case "accession" -> Stroke.DOTTED;
            default -> Stroke.DASH_DOT;
        };
    }

    private static Stroke kindStroke(String kind) {
        return switch (kind) {
            case "assessment" -> Stroke.DASHED;
            case "reported" -> Stroke.DOTTED;
            default -> Stroke.SOLID;
        };
    }

    private static List<LineKey> kindKeys(Set<String> kinds) {
        return KINDS.stream().filter(kinds::contains)
                .map(k -> new LineKey(k, kindStroke(k), LINE)).toList();
    }

    /** The row's kind; a kind of two joined by / counts as its first. */
    private static String kind(Map<String, Object> row) {
        String kind = text(row, "kind");
        int slash = kind.indexOf('/');
        return (slash > 0 ? kind.substring(0, slash) : kind).strip().toLowerCase(Locale.ROOT);
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? "" : Cells.text(value).strip();
    }

    private static String first(Object labels, String otherwise) {
        if (labels instanceof List<?> list && !list.isEmpty() && list.get(0) != null) {
            return list.get(0).toString();
        }
        return otherwise;
    }

    /** The box the answer is about: the first parameter that names one. */
    private static String centre(QueryResult result, Map<String, Box> boxes) {
        for (String param : CENTRE_PARAMS) {
            Object value = result.params().get(param);
            if (value instanceof String name) {
                for (Box box : boxes.values()) {
                    if (box.name().equalsIgnoreCase(name) || box.key().equals(name)) {
                        return box.key();
                    }
                }
            }
        }
        return null;
    }

    /** The query and its parameters, e.g. "neighbourhood: entity Iran, depth 2". */
    static String title(QueryResult result) {
        String params = result.params().entrySet().stream().filter(e -> e.getValue() != null && !Cells.text(e.getValue()).isBlank())
                .map(e -> e.getKey() + " " + Cells.text(e.getValue())).collect(Collectors.joining(", "));
        return result.query() + (params.isEmpty() ? "" : ": " + params);
    }

    /** The first sentence of what the query answers. */
    static String summary(QueryResult result) {
        String description = result.description() == null ? "" : result.description().strip();
        int stop = description.indexOf(". ");
        return stop > 0 ? description.substring(0, stop + 1) : description;
    }
}
