package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.app.Application;
import org.corridorgraph.render.Renderer;

/** How the query commands build the application from their options: read first, then connect. */
final class Launch {
    private Launch() {
    }

    static Application.Prepared prepare(InputOptions input, QueryOptions queries, Application.Imports imports, boolean forReading) {
        return prepare(input, queries, imports, forReading, null);
    }

    /** @param draft a draft folder to review at /review (serve --draft); null for none */
    static Application.Prepared prepare(InputOptions input, QueryOptions queries, Application.Imports imports, boolean forReading,
                                        Path draft) {
        return Application.prepare(new Application.Settings(input.inputs(), queries.limits(), imports, forReading, Version.current(), null)
                .withDraft(draft).withAnswers(queries.answers()));
    }

    /** On --uri, or on the embedded store with Bolt on a free loopback port and no HTTP. */
    static Application batch(Application.Prepared prepared, DatabaseOptions database, PrintWriter out, PrintWriter err) {
        return prepared.start(database.connectForBatch(err), true, out);
    }

    static Renderer renderer(Application.Prepared prepared, String format) {
        return prepared.renderers().byFormat(format).orElseThrow(() -> new CorridorGraphException(
                "format '" + format + "' is not supported", "use " + String.join(", ", prepared.renderers().formats())));
    }
}
