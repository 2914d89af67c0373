package org.corridorgraph.cli;

import java.nio.file.Path;

import org.corridorgraph.app.Inputs;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import picocli.CommandLine.Option;

/** Where the seed data, the Cypher files and the articles come from. */
final class InputOptions {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "folder of .txt articles (default: ../shared/corpus when it exists; without one, evidence stays unresolved)")
    Path corpus;

    @Option(names = "--no-corpus", description = "read no articles: statements load with their evidence marked unresolved")
    boolean noCorpus;

    @Option(names = "--seed-data", paramLabel = "DIR", description = "seed-data folder (default: ./seed-data, else the packaged copy)")
    Path seedData;

    @Option(names = "--cypher", paramLabel = "DIR", description = "cypher folder (default: ./cypher, else the packaged copy)")
    Path cypher;

    Path corpusFolder() {
        return PreparedImport.corpusFolder(corpus, noCorpus);
    }

    ProjectFolder seedFolder() {
        return ProjectFolder.locate("seed-data", seedData);
    }

    CypherLibrary cypherLibrary() {
        return new CypherLibrary(ProjectFolder.locate("cypher", cypher));
    }

    Inputs inputs() {
        return new Inputs(seedFolder(), corpusFolder(), cypherLibrary());
    }
}
