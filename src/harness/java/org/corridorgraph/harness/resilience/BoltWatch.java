package org.corridorgraph.harness.resilience;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Watches a Neo4j that is starting: when its Bolt port first accepts a TCP connection, and when a
 * Bolt client's query is first answered. The two differ: Neo4j opens the port while the database
 * behind it is still starting, and a query sent then waits until it is.
 */
final class BoltWatch implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final int port;
    private final String password;
    private final Thread thread;
    private volatile long tcpAt = -1;
    private volatile long answeredAt = -1;
    private volatile boolean stop;

    BoltWatch(int port, String password) {
        this.port = port;
        this.password = password;
        this.thread = new Thread(this::watch, "bolt-watch");
        thread.setDaemon(true);
    }

    BoltWatch start() {
        thread.start();
        return this;
    }

    /** System.nanoTime when the port first accepted a connection, or -1. */
    long tcpAt() {
        return tcpAt;
    }

    /** System.nanoTime when `RETURN 1` over Bolt was first answered, or -1. */
    long answeredAt() {
        return answeredAt;
    }

    /** Waits until a query was answered, at most LIMIT; answers whether it was. */
    boolean awaitAnswer(Duration limit) throws InterruptedException {
        thread.join(limit.toMillis());
        return answeredAt > 0;
    }

    private void watch() {
        Config config = Config.builder().withConnectionTimeout(1, TimeUnit.SECONDS).withMaxTransactionRetryTime(0, TimeUnit.SECONDS)
                .withLogging(Logging.none()).build();
        try (Driver driver = GraphDatabase.driver(URI.create("bolt://127.0.0.1:" + port), AuthTokens.basic("neo4j", password), config)) {
            while (!stop && answeredAt < 0) {
                if (tcpAt < 0 && accepts()) {
                    tcpAt = System.nanoTime();
                }
                if (tcpAt > 0) {
                    try (Session session = driver.session()) {
                        session.run("RETURN 1").consume();
                        answeredAt = System.nanoTime();
                        return;
                    } catch (Neo4jException | IllegalStateException e) {
                        // not up yet
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
    }
}
