package org.corridorgraph.harness.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP/1.1 client for the scenarios: every request to 127.0.0.1 only, with a client-side
 * timeout well above the server's query timeout, so a hung request is seen as a failure, not waited for.
 */
public final class Http implements AutoCloseable {
    /** What came back, or why nothing did. */
    public record Answer(int status, String contentType, String body, Map<String, java.util.List<String>> headers, long nanos,
                         String failure, boolean timedOut) {
        public boolean answered() {
            return failure == null;
        }

        public double millis() {
            return nanos / 1e6;
        }

        public boolean isProblemJson() {
            return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json");
        }

        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpClient client;
    private final ExecutorService executor;
    private final Duration timeout;

    public Http(Duration timeout) {
        this.timeout = timeout;
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "resilience-http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build();
    }

    public Answer get(String url) {
        return send("GET", url, Map.of());
    }

    public Answer send(String method, String url, Map<String, String> headers) {
        URI uri = URI.create(url);
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("resilience traffic stays on 127.0.0.1: " + uri.getHost());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
                    response.headers().map(), System.nanoTime() - start, null, false);
        } catch (HttpTimeoutException e) {
            return new Answer(0, null, null, Map.of(), System.nanoTime() - start, "no answer within " + timeout.toSeconds() + " s", true);
        } catch (IOException e) {
            return new Answer(0, null, null, Map.of(), System.nanoTime() - start, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, null, Map.of(), System.nanoTime() - start, "interrupted", false);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
