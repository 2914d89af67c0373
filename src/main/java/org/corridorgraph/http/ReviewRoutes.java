package org.corridorgraph.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.extract.ReviewDecision;
import org.corridorgraph.extract.ReviewDraft;
import org.corridorgraph.extract.ReviewOutcome;
import org.corridorgraph.extract.ReviewSession;

/**
 * The review of a draft (serve --draft DIR): the page, the draft as JSON, and the one write of our
 * API, which appends validated lines to the seed data (never to the graph). The page and the draft
 * answer only this machine's browser by its loopback name; a write also needs this server's own
 * Origin and the per-run token that only the page served here carries.
 */
public final class ReviewRoutes {
    static final String PAGE_PATH = "/review";
    static final String DRAFT_PATH = "/api/review/draft";
    static final String DECISIONS_PATH = "/api/review/decisions";
    /** The page sends the token back in this header; a foreign page can neither read the token nor send the header unasked. */
    static final String TOKEN_HEADER = "X-Review-Token";
    private static final String TOKEN_MARK = "REVIEW_TOKEN";

    private final ReviewSession session;
    private final ObjectMapper mapper;
    private final String page;

    public ReviewRoutes(ReviewSession session, ObjectMapper mapper) {
        this.session = session;
        this.mapper = mapper;
        this.page = WebResources.read("web/review.html");
    }

    /** The decisions body: {"decisions": [{"id": "c-001", "action": "accept"}, …]}. */
    public record DecisionsBody(List<ReviewDecision> decisions) {
    }

    void page(Context ctx) {
        LocalRequest.requirePage(ctx);
        // the token is in the page, so the page must never be cached, framed by another site, or leak by referrer
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.contentType("text/html; charset=utf-8").result(page.replace(TOKEN_MARK, session.token()));
    }

    ReviewDraft draft(Context ctx) {
        LocalRequest.requirePage(ctx);
        ctx.header("Cache-Control", "no-store");
        return session.view();
    }

    ReviewOutcome decide(Context ctx) {
        LocalRequest.requireOwnOrigin(ctx);
        String given = ctx.header(TOKEN_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), session.token().getBytes(StandardCharsets.UTF_8))) {
            throw LocalRequest.forbidden("the request lacks this run's review token (" + TOKEN_HEADER + ")",
                    "save from the page at http://127.0.0.1:" + ctx.req().getLocalPort() + PAGE_PATH + "; reload it after a restart of serve");
        }
        DecisionsBody body;
        try {
            body = mapper.readValue(ctx.body(), DecisionsBody.class);
        } catch (JsonProcessingException e) {
            throw new CorridorGraphException("the body is not the decisions JSON: " + e.getOriginalMessage(),
                    "send {\"decisions\": [{\"id\": \"c-001\", \"action\": \"accept\" | \"reject\" | \"edit\", \"statement\": {…}}]}");
        }
        return session.decide(body == null ? null : body.decisions());
    }
}
