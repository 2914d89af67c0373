package org.corridorgraph.support;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.corridorgraph.app.Application;
import org.corridorgraph.app.BrowserEndpoints;
import org.corridorgraph.app.Inputs;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;

/** The application as the composition root builds it, on a test's connection, with the limits a test chooses. */
public final class TestApps {
    /** Where answers link to: the default Browser address, so link tests read what users get from serve. */
    public static final BrowserEndpoints BROWSER = new BrowserEndpoints("http://127.0.0.1:7474/browser/", "bolt://127.0.0.1:7687",
            List.of("http://127.0.0.1:7474"), null);

    /**
     * The read path the tests take on the embedded store: in-process unless the build asks for Bolt
     * (the pom's second test run, so the same tests check both paths).
     */
    public static final Application.ReadPath READS = "bolt".equals(System.getProperty("corridor-graph.test.reads"))
            ? Application.ReadPath.BOLT : Application.ReadPath.IN_PROCESS;

    private TestApps() {
    }

    private static Application.Settings settings(Inputs inputs, QueryLimits limits) {
        return new Application.Settings(inputs, limits, Application.Imports.NONE, false, "test", BROWSER)
                .withAnswers(Application.Answers.DEFAULT.withReads(READS));
    }

    /** On the graph as it is (no import); the connection stays open when the application closes. */
    public static Application on(GraphConnection graph, QueryLimits limits) {
        return on(graph, limits, Paths.CYPHER, false);
    }

    /**
     * @param cypher    a cypher folder (a copy with a query added, say)
     * @param ownsGraph whether closing the application closes the connection
     */
    public static Application on(GraphConnection graph, QueryLimits limits, Path cypher, boolean ownsGraph) {
        Inputs inputs = new Inputs(ProjectFolder.locate("seed-data", Paths.SEED_DATA), Paths.CORPUS,
                new CypherLibrary(ProjectFolder.locate("cypher", cypher)));
        return Application.prepare(settings(inputs, limits))
                .start(graph, ownsGraph, new PrintWriter(Writer.nullWriter()));
    }

    /** Reviewing a draft (as serve --draft does) over the fixture's seed data and corpus; the connection stays open. */
    public static Application reviewing(GraphConnection graph, DraftFixture fixture) {
        Inputs inputs = new Inputs(ProjectFolder.locate("seed-data", fixture.seedData()), fixture.corpus(),
                new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER)));
        return Application.prepare(settings(inputs, QueryLimits.DEFAULT).withDraft(fixture.draft()))
                .start(graph, false, new PrintWriter(Writer.nullWriter()));
    }
}
