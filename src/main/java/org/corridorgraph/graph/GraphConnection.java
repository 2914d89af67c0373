package org.corridorgraph.graph;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The application's one Driver, to an embedded Neo4j it owns or to an external one. Both modes go
 * through the same driver code path; only who starts and stops the server differs.
 */
public final class GraphConnection implements AutoCloseable {
    /**
     * Transient failures are not retried. The driver waits a second before a retry, and each attempt
     * on a database that is stopping or starting can wait on it for a second or two more, so one retry
     * could take a request past the query timeout + 1 s that a failure is allowed. A lost database is
     * the gate's business (query/Availability): it answers 503 at once and recovers in the background.
     */
    static final int RETRY_SECONDS = 0;
    /**
     * A database that is shutting down can accept a connection and never answer it; a request must
     * not wait long on that before it answers 503 (a TLS handshake to Aura takes well under a second).
     */
    static final int CONNECT_SECONDS = 2;

    /**
     * How long a request may wait for a pooled connection. The HTTP bulkhead admits fewer requests
     * than the pool holds, so this is only ever spent on opening one; the default 60 s, or even 10 s,
     * would outlast the time limit of the request waiting.
     */
    static final int ACQUIRE_SECONDS = 2;

    /** The embedded store's one user. */
    public static final String USER = "neo4j";

    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final String description;

    private GraphConnection(Driver driver, EmbeddedNeo4j embedded, String description) {
        this.driver = driver;
        this.embedded = embedded;
        this.description = description;
    }

    /** Starts an embedded Neo4j and connects to it; closing this stops both. */
    public static GraphConnection embedded(EmbeddedNeo4j.Options options) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options);
        try {
            Driver driver = connect(neo4j.boltUri(), neo4j.authRequired() ? AuthTokens.basic(USER, neo4j.password()) : AuthTokens.none());
            return new GraphConnection(driver, neo4j, "embedded Neo4j in " + options.dataDir().toAbsolutePath());
        } catch (RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    /** Connects to an external Neo4j 5.x or newer; nothing embedded starts. */
    public static GraphConnection external(URI uri, String user, String password) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc")) {
            throw new StartupException("--uri " + uri + " is not a Neo4j address",
                    "use bolt://host:7687, neo4j://host:7687 or neo4j+s://host", null);
        }
        AuthToken auth = user == null || user.isBlank() ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
        return new GraphConnection(connect(uri, auth), null, "Neo4j at " + uri);
    }

    /**
     * For exposing our API beyond loopback: an external Neo4j that lets anyone in must not sit
     * behind it.
     *
     * @throws StartupException when the server at URI accepts a connection without credentials
     */
    public static void requireAuth(URI uri) {
        boolean anonymousAllowed;
        try (Driver probe = GraphDatabase.driver(uri, AuthTokens.none(), Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS).withLogging(org.neo4j.driver.Logging.none()).build())) {
            probe.verifyConnectivity();
            anonymousAllowed = true;
        } catch (org.neo4j.driver.exceptions.SecurityException e) {
            anonymousAllowed = false;
        } catch (RuntimeException e) {
            anonymousAllowed = false; // unreachable: the real connection reports that
        }
        if (anonymousAllowed) {
            throw new StartupException("Neo4j at " + uri + " has authentication turned off; refusing to serve it beyond loopback",
                    "enable dbms.security.auth_enabled on that server, or listen on 127.0.0.1", null);
        }
    }

    private static Driver connect(URI uri, AuthToken auth) {
        Config config = Config.builder()
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(ACQUIRE_SECONDS, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .withMaxTransactionRetryTime(RETRY_SECONDS, TimeUnit.SECONDS)
                .withoutEncryption()
                .withLogging(org.neo4j.driver.Logging.none())
                .build();
        if (uri.getScheme().endsWith("+s") || uri.getScheme().endsWith("+ssc")) {
            // the scheme carries the encryption settings; the builder must not set them too
            config = Config.builder()
                    .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                    .withConnectionAcquisitionTimeout(ACQUIRE_SECONDS, TimeUnit.SECONDS)
                    .withMaxConnectionPoolSize(64)
                    .withMaxTransactionRetryTime(RETRY_SECONDS, TimeUnit.SECONDS)
                    .withLogging(org.neo4j.driver.Logging.none())
                    .build();
        }
        Driver driver = GraphDatabase.driver(uri, auth, config);
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new DatabaseUnavailableException("Neo4j at " + uri + " refused the credentials",
                    "check --user and --password (or NEO4J_USER, NEO4J_PASSWORD)", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new DatabaseUnavailableException("cannot reach Neo4j at " + uri + ": " + e.getMessage(),
                    "check that it runs and that --uri is right", e);
        } catch (Neo4jException e) {
            driver.close();
            throw new DatabaseUnavailableException("Neo4j at " + uri + " answered with an error: " + e.getMessage(),
                    "check the server's logs", e);
        }
    }

    public Driver driver() {
        return driver;
    }

    /** The embedded server, or null when connected to an external one. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
