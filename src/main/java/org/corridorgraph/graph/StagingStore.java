package org.corridorgraph.graph;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * The next generation of the embedded store while an import builds it: a Neo4j of its own in a new
 * home that no reader knows, so the import may commit in as many batches as it likes. Bolt listens
 * on a free loopback port behind the store's password, for the schema and the digest, which speak
 * the driver; the rows go through {@link #database()} in this process. Closing it without
 * {@link EmbeddedNeo4j#promote promoting} it deletes it.
 */
public final class StagingStore implements AutoCloseable {
    /** One batch of the import must never hit the live store's query timeout: it is sized for queries. */
    static final Duration TRANSACTION_TIMEOUT = Duration.ofHours(1);
    /** Lucene's write buffer of each full-text index while it is populated, in MB (Neo4j's default: 50). */
    static final double POPULATION_BUFFER_MB = 256;

    private final StoreGenerations generations;
    private final Path home;
    private final DatabaseManagementService service;
    private final int boltPort;
    private final String password;
    private boolean open = true;
    private boolean promoted;

    private StagingStore(StoreGenerations generations, Path home, DatabaseManagementService service, int boltPort, String password) {
        this.generations = generations;
        this.home = home;
        this.service = service;
        this.boltPort = boltPort;
        this.password = password;
    }

    /**
     * Lets PREPARE write into a new generation's home (Neo4j's bulk importer writes a whole store
     * there before any database runs on it; a no-op leaves it empty), starts a store on it and gives user neo4j PASSWORD there, or
     * (for a store without authentication) a throwaway one: its Bolt port must not be open to all.
     */
    static StagingStore start(StoreGenerations generations, String storePassword, Consumer<Path> prepare) {
        String password = storePassword != null ? storePassword : throwaway();
        Path home = generations.next();
        try {
            prepare.accept(home);
        } catch (RuntimeException e) {
            generations.remove(home);
            throw e;
        }
        int bolt = Ports.free();
        DatabaseManagementService service;
        try {
            // a new home: the password is given with its system database (InitialPassword), not planned as ALTER USER
            InitialPassword.write(home, password);
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // the batches' logs are not needed once the next batch committed: nobody restores a half-built generation
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .setConfig(GraphDatabaseSettings.transaction_timeout, TRANSACTION_TIMEOUT)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(EmbeddedNeo4j.LOOPBACK, bolt))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(EmbeddedNeo4j.LOOPBACK, bolt))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // only this import's own driver talks to it, and it is closed before the switch
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                    // the full-text indexes are populated from the whole store at once: a larger write buffer than
                    // Lucene's 50 MB flushes fewer segments, so fewer are merged before the index goes online
                    .setConfig(LuceneSettings.lucene_population_ram_buffer_size, POPULATION_BUFFER_MB)
                    .build();
        } catch (RuntimeException e) {
            generations.remove(home);
            throw new StartupException("cannot start a store for the new generation in " + home + ": " + e.getMessage(),
                    "see " + home.resolve("logs/debug.log") + "; the live store is unchanged", e);
        }
        StagingStore staging = new StagingStore(generations, home, service, bolt, password);
        try {
            InitialPassword.forget(home);
        } catch (RuntimeException e) {
            staging.close();
            throw e;
        }
        return staging;
    }

    private static String throwaway() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The new generation's database, written in this process. */
    public GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** A driver to the new generation, for what is written or read through the driver's API; the caller closes it. */
    public Driver connect() {
        return GraphDatabase.driver(URI.create("bolt://" + EmbeddedNeo4j.LOOPBACK + ":" + boltPort),
                AuthTokens.basic(GraphConnection.USER, password),
                Config.builder().withoutEncryption().withLogging(org.neo4j.driver.Logging.none()).build());
    }

    public Path home() {
        return home;
    }

    /** Stops the store, so the live one can open its home; the files stay. */
    void shutdown() {
        if (open) {
            open = false;
            service.shutdown();
        }
    }

    void promoted() {
        promoted = true;
    }

    /** Stops it and, unless it was promoted, deletes it: a failed import leaves nothing behind. */
    @Override
    public void close() {
        shutdown();
        if (!promoted) {
            generations.remove(home);
        }
    }
}
