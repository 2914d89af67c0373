package org.corridorgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;


/**
 * Answers canned queries: binds the arguments, runs the Cypher through {@link ReadTransactions}
 * behind the {@link Availability} gate, caps the rows, and numbers the cited sentences.
 */
public final class QueryRunner implements AutoCloseable {
    private final QueryCatalogue catalogue;
    private final Supplier<EntityDirectory> entities;
    private final ReadTransactions reads;
    private final Availability availability;
    private final Citer citer;
    private final BrowserLinks links;
    private final ParamBinder binder = new ParamBinder();

    private final org.corridorgraph.resources.CypherLibrary cypher;

    public QueryRunner(QueryCatalogue catalogue, Supplier<EntityDirectory> entities, ReadTransactions reads,
                       Availability availability, Citer citer, BrowserLinks links, org.corridorgraph.resources.CypherLibrary cypher) {
        this.cypher = cypher;
        this.catalogue = catalogue;
        this.entities = entities;
        this.reads = reads;
        this.availability = availability;
        this.citer = citer;
        this.links = links;
    }

    public QueryCatalogue catalogue() {
        return catalogue;
    }

    public EntityDirectory entities() {
        return entities.get();
    }

    public QueryResult run(String name, Arguments args) {
        requireReady();
        return execute(bind(name, args));
    }

    /** A canned query with its arguments bound: what its answer is a function of, beside the graph. */
    public record Bound(CannedQuery query, BoundParams params) {
    }

    /**
     * Binds without running, so a cache can look the answer up first.
     *
     * @throws QueryException naming the unknown query, entity or bad parameter
     */
    public Bound bind(String name, Arguments args) {
        CannedQuery query = catalogue.get(name);
        return new Bound(query, binder.bind(query, args, entities.get()));
    }

    public QueryResult run(Bound bound) {
        requireReady();
        return execute(bound);
    }

    public QueryResult run(Question question) {
        return run(question.query(), question.args());
    }

    /** Statements by id in words ("Iran member of Shanghai Cooperation Organization"), in the order of their ids. */
    public List<String> inWords(List<String> statementIds) {
        if (statementIds.isEmpty()) {
            return List.of();
        }
        requireReady();
        return reads.read("statement-words", tx -> tx.list(cypher.get("support/statement-words"), Map.of("ids", statementIds))
                .stream().map(r -> (String) r.get("words")).toList());
    }

    /** Whether every query may run now: false while the database is away or its plans are being prepared after an outage. */
    public boolean ready() {
        return availability.ready(this::warmUp);
    }

    /** Whether QUERY may run now: after an outage each query is let through once its plan is prepared. */
    public boolean ready(String query) {
        return availability.ready(query, this::warmUp);
    }

    /** @throws org.corridorgraph.graph.DatabaseUnavailableException while the database is away, without asking it */
    public void requireReady() {
        availability.requireReachable(this::warmUp);
    }

    /**
     * Runs every plan of {@link #warmUp()} once, here and now; an example that fails or times out
     * still counts, as its plan was compiled. Answers how many ran.
     */
    public int prepareAll() {
        int ran = 0;
        for (Availability.Plan plan : warmUp()) {
            for (Runnable example : plan.examples()) {
                try {
                    example.run();
                } catch (QueryException e) {
                    // a timeout or an example the graph no longer answers still left its plan compiled
                }
                ran++;
            }
        }
        return ran;
    }

    /**
     * What prepares the plans after an outage: each catalogue query with its examples, smallest
     * Cypher first (cheapest to plan, so the first answers come soonest), then the statement that puts
     * ask's statements in words.
     */
    public List<Availability.Plan> warmUp() {
        List<Availability.Plan> plans = new ArrayList<>(catalogue.all().stream()
                .sorted(java.util.Comparator.comparingInt((CannedQuery q) -> q.cypher().length()))
                .map(q -> new Availability.Plan(q.name(), q.examples().stream().<Runnable>map(example -> () -> {
                    Map<String, List<String>> params = new LinkedHashMap<>();
                    example.params().forEach((k, v) -> params.put(k, List.of(v)));
                    execute(bind(q.name(), Arguments.ofText(params)));
                }).toList())).toList());
        plans.add(new Availability.Plan("statement-words", List.of(() -> reads.read("statement-words",
                tx -> tx.list(cypher.get("support/statement-words"), Map.of("ids", List.of("warm-up")))))));
        return plans;
    }

    private QueryResult execute(Bound bound) {
        CannedQuery query = bound.query();
        String name = query.name();
        EntityDirectory directory = entities.get();
        BoundParams params = bound.params();
        int maxRows = reads.limits().maxRows();
        Set<String> cites = query.citationColumns();
        Answer answer = reads.read(name, tx -> {
            Rows rows = tx.run(query.cypher(), params.cypher(), maxRows);
            List<Object> ids = new ArrayList<>();
            rows.rows().forEach(r -> cites.forEach(c -> ids.add(r.get(c))));
            return new Answer(rows.columns(), rows.rows(), rows.truncated(), citer.cite(Citer.sentenceIds(ids), tx, directory));
        });
        List<String> columns = answer.columns().stream().map(c -> cites.contains(c) ? QueryColumn.CITATIONS : c).toList();
        List<Map<String, Object>> rows = answer.rows().stream().map(r -> numbered(r, cites, answer.citations())).toList();
        return new QueryResult(name, query.description(), params.display(), columns, rows, query.cypher(), params.cypher(),
                answer.citations(), answer.truncated(), links.link(query, params.cypher()), params.notes(), null);
    }

    /** What one transaction read: the rows and the citations of their sentences. */
    private record Answer(List<String> columns, List<Map<String, Object>> rows, boolean truncated, Citations citations) {
    }

    /** A column of sentence ids becomes the citations column, its ids the citations' numbers. */
    private static Map<String, Object> numbered(Map<String, Object> row, Set<String> cites, Citations citations) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (cites.contains(k)) {
                out.put(QueryColumn.CITATIONS, citations.numbersOf(Citer.sentenceIds(java.util.Collections.singletonList(v))));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Stops reporting outages: the application is closing its connections itself. */
    @Override
    public void close() {
        availability.close();
    }
}
