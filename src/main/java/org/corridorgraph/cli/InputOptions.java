package org.corridorgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corridorgraph.app.Inputs;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import picocli.CommandLine.Option;

/** Where the seed data, the Cypher files and the articles come from; public, as the harness takes the same options. */
public final class InputOptions {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "folder of .txt articles (default: ../shared/corpus when it exists; without one, evidence stays unresolved)")
    Path corpus;

    @Option(names = "--no-corpus", description = "read no articles: statements load with their evidence marked unresolved")
    boolean noCorpus;

    @Option(names = "--seed-data", paramLabel = "DIR", description = "seed-data folder (default: ./seed-data, else the packaged copy)")
    Path seedData;

    @Option(names = "--cypher", paramLabel = "DIR", description = "cypher folder (default: ./cypher, else the packaged copy)")
    Path cypher;

    public Path corpusFolder() {
        return PreparedImport.corpusFolder(corpus, noCorpus);
    }

    public ProjectFolder seedFolder() {
        return ProjectFolder.locate("seed-data", seedData);
    }

    public CypherLibrary cypherLibrary() {
        return new CypherLibrary(ProjectFolder.locate("cypher", cypher));
    }

    public Inputs inputs() {
        return new Inputs(seedFolder(), corpusFolder(), cypherLibrary());
    }

    /** These options as given, paths made absolute, for a child process that takes the same ones (serve, import). */
    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (seedData != null) {
            args.addAll(List.of("--seed-data", seedData.toAbsolutePath().toString()));
        }
        if (cypher != null) {
            args.addAll(List.of("--cypher", cypher.toAbsolutePath().toString()));
        }
        if (noCorpus) {
            args.add("--no-corpus");
        } else if (corpus != null) {
            args.addAll(List.of("--corpus", corpus.toAbsolutePath().toString()));
        }
        return args;
    }
}
