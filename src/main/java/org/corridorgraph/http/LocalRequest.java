package org.corridorgraph.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

import io.javalin.http.Context;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/**
 * A request from the analyst's own browser on this machine, to this server by its loopback name,
 * from our own page: what an endpoint that hands out a secret or changes state demands.
 */
final class LocalRequest {
    private static final Set<String> SAME_SITE = Set.of("same-origin", "none");

    private LocalRequest() {
    }

    /** @throws CorridorGraphException (403) naming what is wrong, when the request is not all of that */
    static void require(Context ctx, String header) {
        requirePage(ctx);
        int port = ctx.req().getLocalPort();
        if (ctx.header(header) == null) {
            throw forbidden("the request lacks the " + header + " header our page sends", "use the page at http://127.0.0.1:" + port + "/");
        }
    }

    /**
     * The same checks but the header, for a page opened by the analyst (a navigation sends no header
     * of ours): loopback peer, loopback Host, no foreign Origin or Sec-Fetch-Site.
     */
    static void requirePage(Context ctx) {
        int port = ctx.req().getLocalPort();
        if (!loopback(ctx.req().getRemoteAddr())) {
            throw forbidden("only a browser on this machine may ask for this", "open the page on the machine that runs serve");
        }
        String host = ctx.header("Host");
        if (!(("127.0.0.1:" + port).equals(host) || ("localhost:" + port).equals(host))) {
            throw forbidden("the request names host '" + host + "', not this machine", "open http://127.0.0.1:" + port + "/");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !(origin.equals("http://127.0.0.1:" + port) || origin.equals("http://localhost:" + port))) {
            throw forbidden("a page from " + origin + " may not ask for this", "use the page at http://127.0.0.1:" + port + "/");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !SAME_SITE.contains(site)) {
            throw forbidden("a " + site + " request may not ask for this", "use the page at http://127.0.0.1:" + port + "/");
        }
    }

    /**
     * A write from our own page: all of {@link #requirePage}, and an Origin that is present and is this
     * server's own (browsers send it with every POST; a missing one means it was not our page).
     */
    static void requireOwnOrigin(Context ctx) {
        requirePage(ctx);
        String origin = ctx.header("Origin");
        if (origin == null || !origin.equals("http://" + ctx.header("Host"))) {
            throw forbidden("a write must come from this server's own page (Origin " + origin + ")",
                    "save from the page at http://127.0.0.1:" + ctx.req().getLocalPort() + "/review");
        }
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static CorridorGraphException forbidden(String message, String hint) {
        return new CorridorGraphException(ErrorKind.FORBIDDEN, message, hint, null);
    }
}
