package org.corridorgraph.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.corridorgraph.query.Arguments;
import org.corridorgraph.query.BoundParams;
import org.corridorgraph.query.EntityDetails;
import org.corridorgraph.query.EntityRef;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.query.QueryRunner;
import org.corridorgraph.render.PictureSize;
import org.corridorgraph.render.Rendered;
import org.corridorgraph.render.Renderer;
import org.corridorgraph.render.Renderers;
import org.corridorgraph.resources.JarResources;

/**
 * corridor-graph's HTTP API. It takes its dependencies in the constructor and knows nothing of how
 * they were built. No endpoint accepts Cypher or writes to the graph; the one that writes at all
 * (the review's decisions, with serve --draft) appends validated lines to the seed data.
 */
public final class HttpApp {
    public static final String PROBLEM_JSON = "application/problem+json";
    /** The JDK's logger (stderr by default): SLF4J output is swallowed by Neo4j's bridge in this process. */
    private static final System.Logger LOG = System.getLogger(HttpApp.class.getName());
    private static final String FORMAT = "format";
    /** The size of a PNG or PDF picture; text formats ignore them. */
    private static final String WIDTH = "width";
    private static final String DPI = "dpi";
    static final String LOGIN_PATH = "/api/local/neo4j-login";
    /** Our page sends it; a cross-origin request carrying it needs a preflight, which we never grant. */
    static final String LOGIN_HEADER = "X-Corridor-Graph";

    private final Readiness readiness;
    private final QueryRunner runner;
    private final EntityDetails entityDetails;
    private final Renderers renderers;
    private final ObjectMapper mapper;
    private final String version;
    private final String openApiJson;
    private final String docsHtml;
    private final ApiDocs docs;
    private final Catalogue catalogue;
    private final LocalLogin login;
    private final ReviewRoutes review;
    private final org.corridorgraph.query.Asker ask;
    private final Caching caching;

    /**
     * How answers are cached and revalidated.
     *
     * @param generation  the import generation answers belong to
     * @param benchBypass honour {@link #BENCH_BYPASS_HEADER}: only the benchmark sets this, to time cache misses
     */
    public record Caching(AnswerCache cache, org.corridorgraph.query.ImportGeneration generation, boolean benchBypass) {
    }

    /** With {@link Caching#benchBypass()}, a request carrying this header is answered afresh and not cached. */
    public static final String BENCH_BYPASS_HEADER = "X-Corridor-Graph-Bench-Bypass";
    /**
     * Caches may keep an answer but must revalidate it (a 304 when unchanged): the graph changes only
     * on import, and an import must show at once.
     */
    static final String CACHE_CONTROL = "no-cache";

    /**
     * @param login  the embedded Neo4j's sign-in, for the analyst's page on this machine; null when there is none
     * @param review the review of a draft (serve --draft); null when there is none, and its routes are absent
     */
    public HttpApp(Readiness readiness, QueryRunner runner, org.corridorgraph.query.Asker ask, EntityDetails entityDetails,
                   Renderers renderers, ObjectMapper mapper, String version, ApiDocs docs, LocalLogin login, ReviewRoutes review,
                   Caching caching) {
        this.caching = caching;
        this.review = review;
        this.readiness = readiness;
        this.runner = runner;
        this.entityDetails = entityDetails;
        this.renderers = renderers;
        this.mapper = mapper;
        this.version = version;
        try {
            this.openApiJson = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(docs.openApi().document());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document is not serialisable", e);
        }
        this.docsHtml = WebResources.swaggerPage();
        this.docs = docs;
        this.catalogue = Catalogue.of(runner.catalogue(), renderers.formats());
        this.login = login;
        this.ask = ask;
    }

    /** A configured, not yet started, Javalin. */
    public Javalin create(String host, int port) {
        JarResources.readInPlace(); // the web page and Swagger UI are in jars
        return Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(mapper)));
            new Bulkhead(mapper, runner::ready, runner::ready).install(config.routes);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(WebResources.SITE, io.javalin.http.staticfiles.Location.CLASSPATH);
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
            config.routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(docsHtml));
            config.routes.get("/guide", this::guide);
            config.routes.options("/guide", ctx -> browserOnly(ctx).status(204));
            config.routes.options("/style.grass", ctx -> browserOnly(ctx).status(204));
            config.routes.get("/style.grass", ctx -> browserOnly(ctx).contentType("text/plain; charset=utf-8").result(docs.grass()));
            config.routes.get("/health", this::health);
            config.routes.get("/ready", this::ready);
            config.routes.get("/api/queries", this::catalogue);
            config.routes.get("/api/queries/{name}", this::query);
            config.routes.get("/api/entities", this::searchEntities);
            config.routes.get("/api/entities/{name}", this::entity);
            config.routes.get("/api/ask", this::ask);
            config.routes.get(LOGIN_PATH, this::login);
            if (review != null) {
                config.routes.get(ReviewRoutes.PAGE_PATH, review::page);
                config.routes.get(ReviewRoutes.DRAFT_PATH, ctx -> json(ctx, 200, review.draft(ctx)));
                config.routes.post(ReviewRoutes.DECISIONS_PATH, ctx -> json(ctx, 200, review.decide(ctx)));
            }
            config.routes.exception(Exception.class, (e, ctx) -> {
                Problem problem = HttpErrors.problem(e, ctx.path());
                // 503s are not logged one by one (an outage makes thousands); the runner logs when it starts and ends
                if (problem.status() == 500) {
                    LOG.log(System.Logger.Level.ERROR, ctx.path() + " answered 500: " + e, e);
                } else if (problem.status() == 504) {
                    LOG.log(System.Logger.Level.WARNING, ctx.path() + " answered 504: " + e.getMessage());
                }
                problem(ctx, problem);
            });
            config.routes.error(404, ctx -> {
                if (!String.valueOf(ctx.res().getContentType()).startsWith(PROBLEM_JSON)) {
                    problem(ctx, HttpErrors.notFound(ctx.path()));
                }
            });
        });
    }

    private void health(Context ctx) {
        json(ctx, 200, new Health("up", version));
    }

    private void ready(Context ctx) {
        Readiness.Status status;
        try {
            status = readiness.check();
        } catch (RuntimeException e) {
            status = new Readiness.Status(false, e.getMessage(), null);
        }
        json(ctx, status.ready() ? 200 : 503, status);
    }

    /** The Neo4j Browser guide; Browser fetches it from its own origin, so only that origin gets CORS. */
    private void guide(Context ctx) {
        browserOnly(ctx).contentType("text/html; charset=utf-8").result(docs.guide().html(runner.entities()));
    }

    private Context browserOnly(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && docs.browserOrigins().contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Allow-Methods", "GET, OPTIONS");
            String asked = ctx.header("Access-Control-Request-Headers");
            if (asked != null && asked.matches("[A-Za-z0-9, -]*")) {
                ctx.header("Access-Control-Allow-Headers", asked);
            }
        }
        ctx.header("Vary", "Origin");
        return ctx;
    }

    private void catalogue(Context ctx) {
        json(ctx, 200, catalogue);
    }

    private void query(Context ctx) {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.remove(FORMAT);
        params.remove(WIDTH);
        params.remove(DPI);
        QueryRunner.Bound bound = runner.bind(ctx.pathParam("name"), Arguments.ofText(params));
        BoundParams p = bound.params();
        send(ctx, "query", bound.query().name(), p.cypher(), List.of(p.display(), p.notes()), () -> runner.run(bound));
    }

    private void ask(Context ctx) {
        String q = ctx.queryParam("q");
        send(ctx, "ask", q == null ? "" : q.strip(), Map.of(), List.of(), () -> ask.answer(q));
    }

    /**
     * The Neo4j sign-in, for the copy button on our own page. A foreign page cannot read it: it gets no
     * CORS header, a custom header forces a preflight that is refused, and the Host must name this
     * machine, so a rebound DNS name (evil.example resolving to 127.0.0.1) is turned away too.
     */
    private void login(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (login == null) {
            throw new NotFoundException("the database has no sign-in to share (an external one, or --no-auth)",
                    "sign in as your Neo4j administrator told you");
        }
        LocalRequest.require(ctx, LOGIN_HEADER);
        json(ctx, 200, login);
    }

    private void searchEntities(Context ctx) {
        String q = ctx.queryParam("q");
        int limit = 10;
        List<EntityRef> found = runner.entities().suggest(q == null ? "" : q, limit);
        json(ctx, 200, new EntitySearch(q == null ? "" : q, found));
    }

    private void entity(Context ctx) {
        String name = ctx.pathParam("name");
        cached(ctx, new AnswerCache.Key("entity", name, Map.of(), List.of(), "json", PictureSize.DEFAULT, 0), () -> {
            try {
                return AnswerCache.Answer.of("application/json", mapper.writeValueAsString(entityDetails.entity(name)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("response not serialisable", e);
            }
        });
    }

    /** An answer of a query or a question, from the cache when the same one was rendered in this generation. */
    private void send(Context ctx, String endpoint, String subject, Map<String, Object> params, Object shown,
                      Supplier<QueryResult> answer) {
        String format = ctx.queryParam(FORMAT) != null ? "format=" + ctx.queryParam(FORMAT) : "accept=" + ctx.header("Accept");
        PictureSize size = PictureSize.parse(ctx.queryParam(WIDTH), ctx.queryParam(DPI)); // a bad size is a 400 before any query runs
        cached(ctx, new AnswerCache.Key(endpoint, subject, params, shown, format, size, 0), () -> {
            QueryResult result = answer.get();
            Rendered rendered = choose(ctx, result).render(result, size);
            return AnswerCache.Answer.of(rendered.contentType(), rendered.body());
        });
    }

    /**
     * Looks the answer up under the current import generation (the key's own is ignored), renders it
     * on a miss, and answers 304 when the client's If-None-Match names it. While the generation is
     * unknown (the database away) nothing is served from the cache or put in it.
     */
    private void cached(Context ctx, AnswerCache.Key request, Supplier<AnswerCache.Answer> render) {
        OptionalLong generation = caching.generation().current();
        boolean use = caching.cache().enabled() && generation.isPresent()
                && !(caching.benchBypass() && ctx.header(BENCH_BYPASS_HEADER) != null);
        AnswerCache.Key key = new AnswerCache.Key(request.endpoint(), request.subject(), request.params(), request.shown(),
                request.format(), request.size(), generation.orElse(-1));
        AnswerCache.Answer answer = use ? caching.cache().get(key) : null;
        if (answer == null) {
            answer = render.get();
            if (use) {
                caching.cache().put(key, answer);
            }
        }
        ctx.header("ETag", answer.etag());
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Vary", "Accept");
        if (answer.matches(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType(answer.mediaType()).result(answer.body());
    }

    private Renderer choose(Context ctx, QueryResult result) {
        String format = ctx.queryParam(FORMAT);
        if (format != null) {
            Renderer renderer = renderers.byFormat(format).orElseThrow(() -> new NotAcceptableException(
                    "format '" + format + "' is not supported", "use one of " + String.join(", ", renderers.formats())));
            if (!renderer.supports(result)) {
                throw new NotAcceptableException("format " + format + " needs a result with nodes and paths; query "
                        + result.query() + " returns a table", "use json, csv or md");
            }
            return renderer;
        }
        String accept = ctx.header("Accept");
        return renderers.byAccept(accept, result).orElseThrow(() -> new NotAcceptableException(
                "cannot answer in any of: " + accept, "accept one of " + String.join(", ", renderers.all().stream()
                        .filter(r -> r.supports(result)).map(Renderer::mediaType).toList())));
    }

    private void problem(Context ctx, Problem problem) {
        json(ctx, problem.status(), problem);
        ctx.contentType(PROBLEM_JSON);
        if (problem.status() == 503) {
            ctx.header("Retry-After", "1"); // the database is away or warming up: clients and balancers back off
        }
    }

    private void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
