package org.corridorgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.resources.CypherLibrary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.IndexDefinition;
import org.neo4j.graphdb.schema.IndexType;

/** Applies cypher/schema.cypher: the constraints and indexes the database lacks, in one transaction. */
public final class SchemaInstaller {
    /** A named schema statement that does nothing when its name exists: the name is group 1. */
    private static final Pattern NAMED = Pattern.compile(
            "CREATE\\s+(?:[A-Z]+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b", Pattern.CASE_INSENSITIVE);
    /** A statement that creates an index, not a constraint. */
    private static final Pattern INDEX = Pattern.compile("CREATE\\s+(?:[A-Z]+\\s+)?INDEX\\b", Pattern.CASE_INSENSITIVE);
    /** An index the schema no longer makes, dropped where a store still has it: the name is group 1. */
    private static final Pattern RETIRED = Pattern.compile("DROP\\s+INDEX\\s+(\\w+)\\s+IF\\s+EXISTS", Pattern.CASE_INSENSITIVE);
    /** What a full-text index statement covers: its labels or relationship types, group 1, split on |. */
    private static final Pattern COVERS = Pattern.compile("FOR\\s+(?:\\(\\w*:|\\(\\)-\\[\\w*:)([\\w|]+)");

    private final Driver driver;
    private final CypherLibrary cypher;
    /** Reads the schema in process, or null to read it with Cypher over the driver. */
    private final GraphDatabaseService inProcess;

    public SchemaInstaller(Driver driver, CypherLibrary cypher) {
        this(driver, cypher, null);
    }

    private SchemaInstaller(Driver driver, CypherLibrary cypher, GraphDatabaseService inProcess) {
        this.driver = driver;
        this.cypher = cypher;
        this.inProcess = inProcess;
    }

    /**
     * The same through the embedded API of DATABASE. Reading what exists: at a start on an up-to-date
     * store that is all it does, and reading it with Cypher compiles three queries, the first
     * compilations of the process (about 1 s of a start on two CPUs). Creating: see {@link SchemaStatement}.
     */
    public static SchemaInstaller inProcess(Driver driver, GraphDatabaseService database, CypherLibrary cypher) {
        return new SchemaInstaller(driver, cypher, database);
    }

    /** The installer for GRAPH: in process on the embedded store, over the driver on an external one. */
    public static SchemaInstaller of(GraphConnection graph, CypherLibrary cypher) {
        return graph.embedded() != null ? inProcess(graph.driver(), graph.embedded().database(), cypher)
                : new SchemaInstaller(graph.driver(), cypher);
    }

    /** What the database has: the names of its constraints and indexes, and what each full-text index covers. */
    record Existing(Set<String> names, Map<String, Set<String>> fulltext) {
    }

    /**
     * Creates the constraints and indexes the database lacks; returns how many it created. Two imports that
     * start at once on an empty database create the same constraints: they may deadlock, or one may find the
     * other's index committed first; the loser looks again.
     */
    public int apply() {
        return create(statement -> true, true);
    }

    /**
     * Creates the constraints the database lacks, not the indexes; each is populated before it is
     * committed. Returns how many it created.
     */
    public int applyConstraints() {
        return create(statement -> !INDEX.matcher(statement).lookingAt(), false);
    }

    /**
     * Creates the indexes the database lacks, not the constraints, and returns as soon as they are
     * committed, while Neo4j populates them in its own threads: a caller with other work on a large
     * store (a new generation's derived relationships, its digest) does it meanwhile, then waits
     * ({@link #awaitIndexes}). Constraints come first ({@link #applyConstraints}): one created while
     * an index populates waits for that population. Returns how many it created.
     */
    public int startIndexes() {
        return create(statement -> INDEX.matcher(statement).lookingAt(), false);
    }

    /** Waits until every index is online (those {@link #startIndexes} left populating included). */
    public void awaitIndexes() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.run(cypher.get("admin/await-indexes")).consume();
        }
    }

    private int create(Predicate<String> which, boolean await) {
        return new TransientRetry(TransientRetry.IMPORT_BUDGET).call(() -> {
            try {
                return applyOnce(which, await);
            } catch (ClientException e) {
                // the other import committed the same index first (IF NOT EXISTS checks before, not at, commit)
                if (e.code() != null && e.code().endsWith("AlreadyExists")) {
                    throw new TransientException(e.code(), e.getMessage());
                }
                throw e;
            }
        });
    }

    private int applyOnce(Predicate<String> which, boolean await) {
        String script = cypher.get("schema");
        List<String> statements = statements(script).stream().filter(which).toList();
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            Existing now = existing();
            Set<String> existing = new HashSet<>(now.names());
            // a full-text index over other types than the schema now has is made again: IF NOT EXISTS would keep it
            Map<String, Set<String>> fulltext = now.fulltext();
            List<String> stale = new ArrayList<>();
            for (String statement : statements) {
                Matcher named = NAMED.matcher(statement);
                Matcher covers = COVERS.matcher(statement);
                if (named.lookingAt() && fulltext.containsKey(named.group(1)) && covers.find()
                        && !fulltext.get(named.group(1)).equals(Set.of(covers.group(1).split("\\|")))) {
                    stale.add(named.group(1));
                    existing.remove(named.group(1));
                }
            }
            retired(script).stream().filter(now.names()::contains).forEach(stale::add);
            for (String name : stale) {
                session.executeWriteWithoutResult(tx -> tx.run(cypher.get("admin/drop-index"), Map.of("name", name)).consume());
            }
            List<String> missing = new ArrayList<>();
            for (String statement : statements) {
                Matcher named = NAMED.matcher(statement);
                if (!named.lookingAt() || !existing.contains(named.group(1))) {
                    missing.add(statement);
                }
            }
            if (missing.isEmpty()) {
                return 0; // nothing to write: a reader may start, and no empty transaction is committed
            }
            if (inProcess != null && createInProcess(missing, await)) {
                return missing.size();
            }
            // schema commands may share a transaction (not with data): one commit instead of one each
            session.executeWriteWithoutResult(tx -> missing.forEach(statement -> tx.run(statement).consume()));
            if (await) {
                session.run(cypher.get("admin/await-indexes")).consume();
            }
            return missing.size();
        }
    }

    /**
     * Makes STATEMENTS in one embedded transaction, through the schema API where {@link SchemaStatement}
     * knows the form, else as Cypher; false, with nothing made, when another writer made one of them
     * meanwhile: the Cypher path then looks again, with IF NOT EXISTS.
     */
    private boolean createInProcess(List<String> statements, boolean await) {
        try (Transaction tx = inProcess.beginTx()) {
            for (String statement : statements) {
                Optional<SchemaStatement> known = SchemaStatement.parse(statement);
                if (known.isPresent()) {
                    known.get().create(tx.schema());
                } else {
                    tx.execute(statement).close();
                }
            }
            tx.commit();
        } catch (ConstraintViolationException e) {
            return false;
        }
        if (!await) {
            return true;
        }
        try (Transaction tx = inProcess.beginTx()) {
            tx.schema().awaitIndexesOnline(TransientRetry.IMPORT_BUDGET.toSeconds(), TimeUnit.SECONDS);
        }
        return true;
    }

    Existing existing() {
        Set<String> names = new HashSet<>();
        Map<String, Set<String>> fulltext = new HashMap<>();
        if (inProcess != null) {
            try (Transaction tx = inProcess.beginTx()) {
                tx.schema().getConstraints().forEach(c -> names.add(c.getName()));
                for (IndexDefinition index : tx.schema().getIndexes()) {
                    names.add(index.getName());
                    if (index.getIndexType() == IndexType.FULLTEXT) {
                        Set<String> covers = new HashSet<>();
                        if (index.isNodeIndex()) {
                            index.getLabels().forEach(label -> covers.add(label.name()));
                        } else {
                            index.getRelationshipTypes().forEach(type -> covers.add(type.name()));
                        }
                        fulltext.put(index.getName(), covers);
                    }
                }
            }
            return new Existing(names, fulltext);
        }
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            for (String query : List.of("admin/schema-names", "admin/index-names")) {
                session.executeRead(tx -> tx.run(cypher.get(query)).list(r -> r.get("name").asString())).forEach(names::add);
            }
            session.executeRead(tx -> tx.run(cypher.get("admin/fulltext-indexes")).list(r -> r))
                    .forEach(r -> fulltext.put(r.get("name").asString(), new HashSet<>(r.get("labelsOrTypes").asList(Value::asString))));
        }
        return new Existing(names, fulltext);
    }

    /** The script's statements that make a constraint or an index, in order; the retired indexes' drops are not among them. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        for (String part : parts(script)) {
            if (!RETIRED.matcher(part).lookingAt()) {
                result.add(part);
            }
        }
        return result;
    }

    /** The names of the indexes the script drops where they exist: made by an earlier version, read by no query now. */
    static List<String> retired(String script) {
        List<String> names = new ArrayList<>();
        for (String part : parts(script)) {
            Matcher retired = RETIRED.matcher(part);
            if (retired.lookingAt()) {
                names.add(retired.group(1));
            }
        }
        return names;
    }

    private static List<String> parts(String script) {
        List<String> result = new ArrayList<>();
        for (String part : script.split(";\\s*(\\n|$)")) {
            String statement = part.strip();
            // a comment line before a statement belongs to the file's reader, not to Neo4j
            while (statement.startsWith("//")) {
                int end = statement.indexOf('\n');
                statement = end < 0 ? "" : statement.substring(end + 1).strip();
            }
            if (!statement.isBlank()) {
                result.add(statement);
            }
        }
        return result;
    }
}
