package org.corridorgraph.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.graph.DatabaseUnavailableException;

/**
 * corridor-graph's HTTP server. It takes its dependencies in the constructor and knows nothing of
 * how they were built.
 */
public final class HttpApp {
    public static final String PROBLEM_JSON = "application/problem+json";

    private final Readiness readiness;
    private final ObjectMapper mapper;
    private final String version;

    public HttpApp(Readiness readiness, ObjectMapper mapper, String version) {
        this.readiness = readiness;
        this.mapper = mapper;
        this.version = version;
    }

    /** A configured, not yet started, Javalin. */
    public Javalin create(String host, int port) {
        return Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", this::health);
            config.routes.get("/ready", this::ready);
            config.routes.exception(CorridorGraphException.class, (e, ctx) -> problem(ctx, statusOf(e), e.getMessage(), e.hint()));
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "internal error: " + e.getClass().getSimpleName(),
                    "the server log has the details"));
            config.routes.error(404, ctx -> {
                if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
                    problem(ctx, 404, "no such endpoint: " + ctx.path(), "see GET /health, GET /ready");
                }
            });
        });
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "up");
        body.put("version", version);
        json(ctx, 200, body);
    }

    private void ready(Context ctx) {
        Readiness.Status status;
        try {
            status = readiness.check();
        } catch (RuntimeException e) {
            status = new Readiness.Status(false, e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", status.ready());
        body.put("detail", status.detail());
        json(ctx, status.ready() ? 200 : 503, body);
    }

    private static int statusOf(CorridorGraphException e) {
        return e instanceof DatabaseUnavailableException ? 503 : 400;
    }

    private void problem(Context ctx, int status, String detail, String hint) {
        json(ctx, status, Problem.of(status, title(status), detail, hint));
        ctx.contentType(PROBLEM_JSON);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }

    private void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
