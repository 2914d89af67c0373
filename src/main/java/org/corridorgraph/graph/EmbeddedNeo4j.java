package org.corridorgraph.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;

import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.JarResources;
import org.corridorgraph.resources.ProjectFolder;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Neo4j Community running in this JVM, reached like any other Neo4j: over Bolt, through the driver.
 * With HTTP on, it also serves Neo4j Browser at /browser and the Query API.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /**
     * @param host          listen address; loopback unless the user asked otherwise
     * @param boltPort      0 picks a free port
     * @param httpPort      Neo4j's own HTTP server (Browser, Query API); -1 leaves it off, 0 picks a free port
     * @param auth          whether user neo4j must sign in (the default, loopback included)
     * @param givenPassword the password the user chose; null keeps the store's recorded one or generates one
     * @param quickShutdown skip Bolt's shutdown grace periods (tests)
     * @param queryApi      serve Neo4j's Query API beside Browser (the benchmark compares against it); off otherwise
     */
    public record Options(Path dataDir, String host, int boltPort, int httpPort, boolean auth, String givenPassword,
                          boolean quickShutdown, Duration transactionTimeout, String browserGuideUrl, boolean queryApi) {
        public static Options loopback(Path dataDir, int boltPort, int httpPort) {
            return new Options(dataDir, LOOPBACK, boltPort, httpPort, true, null, false, Duration.ofSeconds(60), null, false);
        }

        public Options withQuickShutdown() {
            return new Options(dataDir, host, boltPort, httpPort, auth, givenPassword, true, transactionTimeout, browserGuideUrl, queryApi);
        }

        /** Browser plays this guide after connecting; its host is admitted as remote content. */
        public Options withBrowserGuide(String url) {
            return new Options(dataDir, host, boltPort, httpPort, auth, givenPassword, quickShutdown, transactionTimeout, url, queryApi);
        }

        /** Signs user neo4j in with this password (null or empty: the store's own, or a generated one). */
        public Options withPassword(String password) {
            return new Options(dataDir, host, boltPort, httpPort, auth, password == null || password.isEmpty() ? null : password,
                    quickShutdown, transactionTimeout, browserGuideUrl, queryApi);
        }

        /** Anyone who reaches the ports may read and write: any web page the analyst opens, too. */
        public Options withoutAuth() {
            return new Options(dataDir, host, boltPort, httpPort, false, null, quickShutdown, transactionTimeout, browserGuideUrl, queryApi);
        }

        public Options withQueryApi() {
            return new Options(dataDir, host, boltPort, httpPort, auth, givenPassword, quickShutdown, transactionTimeout, browserGuideUrl, true);
        }

        /**
         * Listens on HOST.
         *
         * @throws StartupException when HOST is not loopback and authentication is off
         */
        public Options listeningOn(String listen) {
            if (!Listen.isLoopback(listen) && !auth) {
                throw new StartupException("--listen " + listen + " would expose the embedded Neo4j without a password; refusing to start",
                        "drop --no-auth (a password is generated, or give --neo4j-password), or listen on 127.0.0.1", null);
            }
            return new Options(dataDir, listen, boltPort, httpPort, auth, givenPassword, quickShutdown, transactionTimeout,
                    browserGuideUrl, queryApi);
        }
    }

    static final String LOOPBACK = "127.0.0.1";

    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofSeconds(1);

    /** Replaced when an import promotes a new generation; readers in this process take it afresh each time. */
    private volatile DatabaseManagementService service;
    private final Options options;
    private final StoreGenerations generations;
    private final String host;
    private final int boltPort;
    private final int httpPort;
    private final Path dataDir;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, Options options, StoreGenerations generations, int boltPort, int httpPort,
                          String password) {
        this.service = service;
        this.options = options;
        this.generations = generations;
        this.password = password;
        this.dataDir = options.dataDir();
        this.host = options.host();
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    public static EmbeddedNeo4j start(Options options) {
        // read or made first: a short --neo4j-password stops the start before anything listens
        StorePassword password = options.auth() ? StorePassword.resolve(options.dataDir(), options.givenPassword()) : null;
        Ports.requireFree(options.host(), options.boltPort(), "--bolt-port");
        if (options.httpPort() > 0) {
            Ports.requireFree(options.host(), options.httpPort(), "--neo4j-http-port");
        }
        int bolt = options.boltPort() == 0 ? Ports.free() : options.boltPort();
        int http = options.httpPort() == 0 ? Ports.free() : options.httpPort();
        StoreGenerations generations = new StoreGenerations(options.dataDir());
        // a new store gets its password with its system database; one that has started gets it with ALTER USER
        boolean given = password != null && password.changed() && InitialPassword.neverStarted(generations.live());
        if (given) {
            InitialPassword.write(generations.live(), password.password());
        }
        DatabaseManagementService service = build(options, generations.live(), bolt, http);
        try {
            if (given) {
                InitialPassword.forget(generations.live());
            } else if (password != null && password.changed()) {
                setPassword(service, password.password());
            }
            // the live store is open (and locked) now: no other process builds here, so any other home is left over
            generations.removeAllButLive();
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        return new EmbeddedNeo4j(service, options, generations, bolt, options.httpPort() >= 0 ? http : -1,
                password == null ? null : password.password());
    }

    /** The live DBMS on HOME, with the ports the first start settled on. */
    private static DatabaseManagementService build(Options options, Path home, int bolt, int http) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, options.auth())
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // an offline tool sends nothing out: Neo4j's usage report would post to neo4j.com from every start
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PageCacheBudget.of(options.dataDir()).bytes())
                .setConfig(GraphDatabaseSettings.transaction_timeout, options.transactionTimeout())
                // the default 2 s check lets a 5 s query timeout end a query up to 7 s late
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host(), bolt))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(advertised(options.host()), bolt))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, options.httpPort() >= 0)
                .setConfig(HttpsConnector.enabled, false);
        if (options.httpPort() >= 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(options.host(), http))
                   .setConfig(HttpConnector.advertised_address, new SocketAddress(advertised(options.host()), http))
                   // only Browser's own page may call Neo4j's HTTP server cross-origin (the default is *)
                   .setConfig(ServerSettings.http_access_control_allow_origin, "http://" + advertised(options.host()) + ":" + http)
                   // Browser only: no legacy transactional endpoint, no Query API unless asked for
                   .setConfig(ServerSettings.http_enabled_modules, options.queryApi()
                           ? EnumSet.of(ConfigurableServerModules.BROWSER, ConfigurableServerModules.QUERY_API_ENDPOINTS)
                           : EnumSet.of(ConfigurableServerModules.BROWSER));
        }
        // Neo4j 5.26 still reads the older "whitelist" name (ServerSettings); some docs say "allowlist"
        builder.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1,guides.neo4j.com");
        if (options.browserGuideUrl() != null) {
            builder.setConfig(ServerSettings.browser_post_connect_cmd, "play " + options.browserGuideUrl());
        }
        // Bolt waits 5 s for its threads and 5 s for its connections at every stop, idle pooled ones
        // included: 10 of the 11 s an import's switch took. A second is enough for a request in flight.
        Duration boltWait = options.quickShutdown() ? Duration.ZERO : BOLT_SHUTDOWN_WAIT;
        builder.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, boltWait)
               .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, boltWait);
        JarResources.readInPlace(); // Browser's files are in a jar
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw explain(e, options, home);
        }
    }

    /**
     * Starts an empty store in a new generation's home, beside the live one, with this store's
     * password (or, without authentication, a throwaway one: its Bolt port must not be open to all).
     */
    public synchronized StagingStore stage() {
        return stage(home -> { });
    }

    /**
     * As {@link #stage()}, with a store that PREPARE writes into the new home (at
     * {@code data/databases/neo4j}, Neo4j's default layout) before the staging Neo4j starts on it.
     */
    public synchronized StagingStore stage(Consumer<Path> prepare) {
        return StagingStore.start(generations, password, prepare);
    }

    /**
     * Makes the staged generation the live one: stops both stores, replaces the pointer (the one
     * atomic step), starts the live store on the new home on the same ports, then deletes the old
     * home. Bolt clients see the database go away for the restart and come back with the new graph.
     * If the new home does not start, the old one is made live again.
     */
    public synchronized void promote(StagingStore staged) {
        Path old = generations.live();
        staged.shutdown();
        service.shutdown();
        generations.promote(staged.home());
        try {
            service = build(options, staged.home(), boltPort, Math.max(httpPort, 0));
        } catch (RuntimeException e) {
            generations.promote(old);
            service = build(options, old, boltPort, Math.max(httpPort, 0));
            throw e;
        }
        staged.promoted();
        generations.remove(old);
    }

    /**
     * Gives user neo4j the password, with no change required at first sign-in. The store may have it
     * already (its password file was lost): Neo4j then refuses the same password, which is what we want.
     */
    static void setPassword(DatabaseManagementService service, String password) {
        CypherLibrary admin = new CypherLibrary(ProjectFolder.packaged("cypher"));
        try {
            service.database("system").executeTransactionally(admin.get("admin/set-password"), Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!"Neo.ClientError.Statement.ArgumentError".equals(e.getStatusCode())) {
                throw new StartupException("cannot set the password of the embedded Neo4j: " + e.getMessage(),
                        "check " + StorePassword.FILE + " in the data folder", e);
            }
        }
    }

    private static String advertised(String host) {
        return Listen.isWildcard(host) ? LOOPBACK : host;
    }

    private static StartupException explain(RuntimeException e, Options options, Path home) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (t instanceof java.net.BindException || text.contains("Address already in use")) {
                return new StartupException("a port of the embedded Neo4j is in use (bolt " + options.boltPort() + ", http "
                        + options.httpPort() + "); pass --bolt-port or --neo4j-http-port", "choose free ports", e);
            }
            if (t.getClass().getSimpleName().contains("FileLock") || text.contains("lock")) {
                return new StartupException("the store in " + options.dataDir() + " is in use by another process",
                        "stop the other corridor-graph or neo4j process, or pass another --data-dir", e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new StartupException("the embedded Neo4j did not start: " + root.getMessage(),
                "see " + home.resolve("logs/debug.log") + " for details", e);
    }

    public URI boltUri() {
        return URI.create("bolt://" + advertised(host) + ":" + boltPort);
    }

    public int boltPort() {
        return boltPort;
    }

    /** Neo4j's HTTP server, or null when it is off. */
    public String httpUrl() {
        return httpPort < 0 ? null : "http://" + advertised(host) + ":" + httpPort;
    }

    public boolean authRequired() {
        return password != null;
    }

    /** The password of user neo4j, or null when authentication is off. */
    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The Neo4j home of the live generation (its data/ and logs/). */
    public static Path home(Path dataDir) {
        return new StoreGenerations(dataDir).live();
    }

    /** The default database, for running reads in this process without Bolt. */
    public GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
