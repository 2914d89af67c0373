package org.corridorgraph.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches our routes (a URL too long, a malformed request)
 * are problem+json too, like every other error of the API, and say that the connection closes.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;

    ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String detail = message == null || message.isBlank() ? HttpErrors.title(code) : message;
        Problem problem = new Problem("about:blank", HttpErrors.title(code), code, detail,
                code == 414 || code == 431 ? "shorten the request: parameter values are capped, and so is the URL" : "check the request",
                null, List.of());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, HttpApp.PROBLEM_JSON);
        // Jetty closes the connection after a request it could not parse (a 414 among them) without
        // saying so; a client that pools connections then sends its next request into the closed one
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(mapper.writeValueAsBytes(problem)), callback);
    }
}
