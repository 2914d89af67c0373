package org.corridorgraph.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.corridorgraph.graph.CypherLiteral;
import org.corridorgraph.graph.DatabaseUnavailableException;
import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs canned queries: binds parameters, runs the Cypher in a read transaction with a timeout and
 * a row cap, converts the values, and turns evidence sentence ids into numbered citations.
 */
public final class QueryRunner {
    /** The JDK's logger (stderr by default): SLF4J output is swallowed by Neo4j's bridge in this process. */
    private static final System.Logger LOG = System.getLogger(QueryRunner.class.getName());
    static final String EVIDENCE = "evidence";
    static final String CITATIONS = "citations";

    private final Driver driver;
    private final QueryCatalogue catalogue;
    private final Supplier<EntityDirectory> entities;
    private final CypherLibrary cypher;
    private final QuerySettings settings;
    private final ParamBinder binder = new ParamBinder();
    private final SentenceCache sentences = new SentenceCache(SENTENCE_CACHE_SIZE);
    /** Each query's Cypher, URL-encoded once for its Browser link. */
    private final Map<String, String> encodedCypher = new ConcurrentHashMap<>();
    static final int SENTENCE_CACHE_SIZE = 100_000;
    /**
     * Set when the database went away. A restarted Neo4j has no compiled plans, and 32 clients compiling
     * them at once run into the query timeout: one request runs every example first, the others get 503.
     */
    private volatile boolean cold;
    private final ReentrantLock warming = new ReentrantLock();
    static final Duration WARM_UP_BUDGET = Duration.ofSeconds(10);

    public QueryRunner(Driver driver, QueryCatalogue catalogue, Supplier<EntityDirectory> entities, CypherLibrary cypher,
                       QuerySettings settings) {
        this.driver = driver;
        this.catalogue = catalogue;
        this.entities = entities;
        this.cypher = cypher;
        this.settings = settings;
    }

    public QueryCatalogue catalogue() {
        return catalogue;
    }

    public EntityDirectory entities() {
        return entities.get();
    }

    public QueryResult run(String name, Map<String, List<String>> rawParams) {
        requireWarm();
        return execute(name, rawParams);
    }

    /**
     * Runs every catalogue example once, so Neo4j has planned each query and read the pages they touch.
     * Answers how many examples ran; queries that fail for other reasons than the database count as run.
     * Stops after {@link #WARM_UP_BUDGET}, however many remain.
     */
    public int warmUp() {
        int ran = 0;
        long deadline = System.nanoTime() + WARM_UP_BUDGET.toNanos();
        for (CannedQuery query : catalogue.all()) {
            for (QueryExample example : query.examples()) {
                if (System.nanoTime() > deadline) {
                    return ran; // bounded: the plans not yet made are made by the first requests that need them
                }
                Map<String, List<String>> params = new LinkedHashMap<>();
                example.params().forEach((k, v) -> params.put(k, List.of(v)));
                try {
                    execute(query.name(), params);
                } catch (QueryException e) {
                    // a timeout or an example the graph no longer answers still left its plan compiled
                }
                ran++;
            }
        }
        return ran;
    }

    /** Whether queries may run now: false while the database is away or its plans are being warmed. */
    public boolean ready() {
        if (!cold) {
            return true;
        }
        if (!warming.tryLock()) {
            return false;
        }
        try {
            if (cold) {
                long started = System.nanoTime();
                int ran = warmUp();
                cold = false;
                LOG.log(System.Logger.Level.INFO, "database reachable again: " + ran + " query examples ran in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms; answering queries");
            }
            return true;
        } catch (DatabaseUnavailableException e) {
            return false;
        } finally {
            warming.unlock();
        }
    }

    /**
     * Marks the plans cold and says so as a 503; the first request to see the database go logs it, the
     * others answer quietly.
     */
    private DatabaseUnavailableException unavailable(RuntimeException e) {
        if (!cold) {
            cold = true;
            LOG.log(System.Logger.Level.WARNING, "database unavailable, answering 503 until it is back: " + e.getMessage());
        }
        return new DatabaseUnavailableException("the database is unavailable: " + e.getMessage(), "try again shortly", e);
    }

    private void requireWarm() {
        if (!ready()) {
            throw new DatabaseUnavailableException("the database is back but its query plans are still being prepared",
                    "try again in a few seconds", null);
        }
    }

    private QueryResult execute(String name, Map<String, List<String>> rawParams) {
        CannedQuery query = catalogue.get(name);
        EntityDirectory directory = entities.get();
        BoundParams params = binder.bind(query, rawParams, directory);
        TransactionConfig config = TransactionConfig.builder().withTimeout(settings.timeout()).build();
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean[] truncated = {false};
        Map<String, Citation> citations = new LinkedHashMap<>();
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                columns.clear();
                rows.clear();
                truncated[0] = false;
                Result result = tx.run(query.cypher(), params.cypher());
                columns.addAll(result.keys());
                while (result.hasNext()) {
                    if (rows.size() == settings.maxRows()) {
                        truncated[0] = true;
                        break;
                    }
                    rows.add(row(result.next()));
                }
                result.consume();
                cite(evidenceIds(rows), tx, directory, citations);
                return null;
            }, config);
        } catch (ClientException e) {
            if (isTimeout(e)) {
                throw new QueryException.Timeout(name, settings.timeout().toMillis(), e);
            }
            throw e;
        } catch (TransientException e) {
            if (isTimeout(e)) {
                throw new QueryException.Timeout(name, settings.timeout().toMillis(), e);
            }
            throw unavailable(e);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
        List<String> outColumns = columns.stream().map(c -> c.equals(EVIDENCE) ? CITATIONS : c).toList();
        List<Map<String, Object>> outRows = rows.stream().map(r -> numbered(r, citations)).toList();
        return new QueryResult(name, query.description(), params.display(), outColumns, outRows, query.cypher(), params.cypher(),
                List.copyOf(citations.values()), truncated[0], browserUrl(query, params));
    }

    /** An entity by name or alias, with every relationship it takes part in and the sentences behind them. */
    @SuppressWarnings("unchecked")
    public EntityDetail entity(String name) {
        requireWarm();
        EntityDirectory directory = entities.get();
        EntityRef ref = directory.find(name).orElseThrow(() -> new QueryException.UnknownEntity("name", name,
                directory.suggest(name, 5).stream().map(EntityRef::name).toList()));
        TransactionConfig config = TransactionConfig.builder().withTimeout(settings.timeout()).build();
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Record record = tx.run(cypher.get("support/entity"), Map.of("id", ref.id())).single();
                Map<String, Object> row = row(record);
                List<Map<String, Object>> rels = (List<Map<String, Object>>) row.get("relationships");
                List<String> cited = evidenceIds(rels.stream().map(r -> Map.<String, Object>of(EVIDENCE,
                        ((Map<String, Object>) r.get("properties")).getOrDefault(EVIDENCE, List.of()))).toList());
                Map<String, Citation> citations = new LinkedHashMap<>();
                cite(cited, tx, directory, citations);
                List<EntityDetail.Link> links = new ArrayList<>();
                for (Map<String, Object> r : rels) {
                    Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) r.get("properties"));
                    Set<String> ids = new LinkedHashSet<>();
                    collect(props.remove(EVIDENCE), ids);
                    props.remove("evidenceStatus");
                    links.add(new EntityDetail.Link((String) r.get("direction"), (String) r.get("type"), (String) r.get("other"),
                            (String) r.get("otherId"), (List<String>) r.get("otherLabels"), props, (String) props.remove("kind"),
                            directory.byId(String.valueOf(props.remove("speaker"))).map(EntityRef::name).orElse(null),
                            (String) props.remove("source"), (String) props.remove("reference"),
                            ids.stream().filter(citations::containsKey).map(id -> citations.get(id).number()).toList()));
                }
                Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
                properties.keySet().removeAll(List.of("id", "name", "aliases", "nameKeys", "aliasText"));
                return new EntityDetail(ref.id(), ref.name(), ref.labels(), ref.aliases(), properties, links,
                        List.copyOf(citations.values()));
            }, config);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    private static boolean isTimeout(RuntimeException e) {
        String code = e instanceof org.neo4j.driver.exceptions.Neo4jException n ? n.code() : "";
        return code.contains("TransactionTimedOut") || String.valueOf(e.getMessage()).contains("timeout");
    }

    private static Map<String, Object> row(Record record) {
        ValueConverter converter = new ValueConverter();
        Map<String, Object> row = new LinkedHashMap<>();
        record.keys().forEach(k -> row.put(k, converter.convert(record.get(k))));
        return row;
    }

    private static List<String> evidenceIds(List<Map<String, Object>> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> collect(r.get(EVIDENCE), ids));
        return List.copyOf(ids);
    }

    private static void collect(Object value, Set<String> ids) {
        if (value instanceof String s) {
            ids.add(s);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, ids));
        }
    }

    /** Numbers the cited sentences in the order the rows first cite them; reads only those not cached. */
    private void cite(List<String> order, TransactionContext tx, EntityDirectory directory,
                      Map<String, Citation> citations) {
        Map<String, SentenceCache.Text> texts = sentences.lookup(order, directory);
        List<String> missing = order.stream().filter(id -> !texts.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            for (Record r : tx.run(cypher.get("support/sentences"), Map.of("ids", missing)).list()) {
                SentenceCache.Text text = new SentenceCache.Text(r.get("source").asString(), r.get("text").asString());
                texts.put(r.get("id").asString(), text);
                sentences.put(r.get("id").asString(), text, directory);
            }
        }
        citations.clear();
        for (String id : order) {
            SentenceCache.Text t = texts.get(id);
            if (t != null) {
                citations.put(id, new Citation(citations.size() + 1, id, t.source(), t.text()));
            }
        }
    }

    private static Map<String, Object> numbered(Map<String, Object> row, Map<String, Citation> citations) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (k.equals(EVIDENCE)) {
                Set<String> ids = new LinkedHashSet<>();
                collect(v, ids);
                out.put(CITATIONS, ids.stream().filter(citations::containsKey).map(id -> citations.get(id).number()).toList());
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Browser 5 runs one URL command, so the editor gets both lines: its multi-statement editor sets
     * the parameters, then runs the query, on one click.
     */
    private String browserUrl(CannedQuery query, BoundParams params) {
        if (settings.browserUrl() == null) {
            return null;
        }
        StringBuilder url = new StringBuilder(settings.browserUrl()).append('?');
        if (settings.boltUri() != null) {
            url.append("dbms=").append(encode(settings.boltUri())).append("&preselectAuthMethod=NO_AUTH&");
        }
        // encoding is per character, so the query's encoded text is made once and appended
        String cypherPart = encodedCypher.computeIfAbsent(query.name(), n -> encode("\n" + query.cypher()));
        return url.append("cmd=edit&arg=").append(encode(":params " + CypherLiteral.of(params.cypher()) + ";"))
                .append(cypherPart).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
