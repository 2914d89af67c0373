package org.corridorgraph.app;

import java.nio.file.Path;

import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;

/**
 * Where the application reads from.
 *
 * @param corpus the articles' folder, or null to load statements with their evidence unresolved
 */
public record Inputs(ProjectFolder seedData, Path corpus, CypherLibrary cypher) {
    /** The project's own folders (or the copies packaged in the jar) and the default corpus when it exists. */
    public static Inputs defaults() {
        return new Inputs(ProjectFolder.locate("seed-data", null), org.corridorgraph.importer.PreparedImport.corpusFolder(null, false),
                new CypherLibrary(ProjectFolder.locate("cypher", null)));
    }
}
