package org.corridorgraph.render;

import java.util.List;
import java.util.Map;

import org.corridorgraph.graph.CypherLiteral;
import org.corridorgraph.query.CannedQuery;
import org.corridorgraph.query.EntityDirectory;
import org.corridorgraph.query.EntityRef;
import org.corridorgraph.seed.ValueType;
import org.corridorgraph.query.QueryExample;
import org.corridorgraph.query.QueryParam;
import org.corridorgraph.seed.LabelDef;
import org.corridorgraph.seed.RelationshipDef;
import org.corridorgraph.seed.Schema;

/**
 * A Neo4j Browser guide (`:play URL`): the model first, then one slide per canned query with its
 * example parameters and query as runnable code blocks.
 */
public final class BrowserGuide {
    private final Schema schema;
    private final List<CannedQuery> queries;
    private final String grass;

    public BrowserGuide(Schema schema, List<CannedQuery> queries, String grass) {
        this.schema = schema;
        this.queries = queries;
        this.grass = grass;
    }

    public String html(EntityDirectory entities) {
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        slide(out, "corridor-graph", """
                <p>A graph of states, blocs and formats, corridors and infrastructure, events and figures, built from
                policy articles. Every relationship that an article states carries <code>evidence</code>: the ids of
                the <code>Sentence</code> nodes behind it. Facts the articles do not state have
                <code>source: 'background'</code> and a <code>reference</code>.</p>
                <p>First, give every label a colour and a caption (click the block, then run it):</p>
                """ + runnable(":style " + grass.replace('\n', ' ')) + """
                <p>Then look at the whole model:</p>
                """ + runnable("CALL db.schema.visualization()"));
        StringBuilder labels = new StringBuilder("<table class=\"table-condensed\"><tr><th>label</th><th>what</th></tr>\n");
        schema.labels().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach((LabelDef l) ->
                labels.append("<tr><td><code>").append(escape(l.name())).append("</code></td><td>").append(escape(l.description()))
                        .append("</td></tr>\n"));
        slide(out, "Nodes", labels.append("</table>").toString());
        StringBuilder types = new StringBuilder("<table class=\"table-condensed\"><tr><th>type</th><th>from → to</th><th>what</th></tr>\n");
        schema.relationships().values().stream().sorted((a, b) -> a.type().compareTo(b.type())).forEach((RelationshipDef r) ->
                types.append("<tr><td><code>").append(escape(r.type())).append("</code></td><td>")
                        .append(escape(String.join("|", r.from()))).append(" → ").append(escape(String.join("|", r.to())))
                        .append("</td><td>").append(escape(r.description())).append("</td></tr>\n"));
        slide(out, "Relationships", types.append("</table>").toString() + """
                <p>Which sentence supports a relationship:</p>
                """ + runnable("MATCH (a)-[r:TRANSITS]->(b) WHERE r.evidence IS NOT NULL\n"
                + "MATCH (s:Sentence) WHERE s.id IN r.evidence\nRETURN a.name, type(r), b.name, s.text LIMIT 10"));
        for (CannedQuery q : queries) {
            StringBuilder body = new StringBuilder("<p>").append(escape(q.description())).append("</p>\n");
            if (!q.params().isEmpty()) {
                body.append("<ul>");
                for (QueryParam p : q.params()) {
                    body.append("<li><code>").append(escape(p.name())).append("</code>: ").append(escape(p.expected()))
                            .append(p.required() ? "" : " (optional)")
                            .append(p.description().isBlank() ? "" : " — " + escape(p.description())).append("</li>");
                }
                body.append("</ul>\n<p>Set the example's parameters (entities are given by id):</p>\n");
                body.append(runnable(":params " + CypherLiteral.of(exampleParams(q, entities))));
            }
            body.append("<p>Then run the query; the picture shows paths and nodes it returns:</p>\n").append(runnable(q.cypher()));
            slide(out, q.name(), body.toString());
        }
        return out.append("</carousel>\n</article>\n").toString();
    }

    /** The first example's values as the query receives them: entity names become ids. */
    private static Map<String, Object> exampleParams(CannedQuery q, EntityDirectory entities) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        QueryExample example = q.examples().get(0);
        for (QueryParam p : q.params()) {
            String raw = example.params().get(p.name());
            if (raw == null) {
                raw = p.defaultValue();
            }
            if (raw == null) {
                values.put(p.name(), p.type().isList() ? List.of() : null);
            } else if (p.type() == ValueType.INTEGER) {
                values.put(p.name(), Long.parseLong(raw));
            } else if (p.type() == ValueType.ENTITY) {
                values.put(p.name(), entities.find(raw).map(EntityRef::id).orElse(raw));
            } else if (p.type().isList()) {
                values.put(p.name(), List.of(raw.split(",")).stream().map(String::strip)
                        .map(v -> p.type() == ValueType.ENTITY_LIST ? entities.find(v).map(EntityRef::id).orElse(v) : v).toList());
            } else {
                values.put(p.name(), raw);
            }
        }
        return values;
    }

    private static void slide(StringBuilder out, String title, String body) {
        out.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>").append(escape(title)).append("</h3>\n")
           .append(body).append("\n</div>\n</slide>\n");
    }

    private static String runnable(String code) {
        return "<pre class=\"pre-scrollable code runnable\">" + escape(code) + "</pre>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
