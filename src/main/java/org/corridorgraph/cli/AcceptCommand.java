package org.corridorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.extract.Acceptance;
import org.corridorgraph.extract.Draft;
import org.corridorgraph.extract.DraftAcceptor;
import org.corridorgraph.extract.DraftReader;
import org.corridorgraph.extract.ReviewSession;
import org.corridorgraph.extract.Selection;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Appends the chosen candidates of an extract draft to the seed data, validated first; touches no database. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Add candidates of a draft (written by extract) to the seed data: validated as check validates, then appended.",
                "Accepting the same candidates again changes nothing. The graph changes at the next import."})
final class AcceptCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DRAFT_DIR", description = "the folder extract --out wrote")
    Path draft;

    @Option(names = "--seed-data", paramLabel = "DIR", description = "seed-data folder to write into (default: ./seed-data)")
    Path seedData;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "folder of .txt articles, which must hold the draft's article (default: ../shared/corpus when it exists)")
    Path corpus;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "accept only candidates with at least this confidence, 0 to 1 (default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "accept only these candidates (statement or entity ids of the draft); the entities a statement names come along")
    List<String> only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CorridorGraphException("--min-confidence " + minConfidence + " is not from 0 to 1",
                    "give a confidence like 0.7; candidates below it are left out");
        }
        ObjectMapper mapper = Json.mapper();
        Draft read = new DraftReader(mapper).read(draft);
        DraftAcceptor acceptor = new DraftAcceptor(ProjectFolder.locate("seed-data", seedData), PreparedImport.corpusFolder(corpus, false), mapper);
        PrintWriter out = spec.commandLine().getOut();
        if (read.entities().isEmpty() && read.statements().isEmpty()) {
            // extract writes an empty draft when the seed data already holds everything it found
            out.println("accept: nothing to accept: the draft proposes no entity and no statement; nothing changed");
            out.flush();
            return ExitCodes.OK;
        }
        Set<String> reviewed = ReviewSession.reviewed(draft, mapper);
        Acceptance done = acceptor.accept(read, new Selection(only == null ? Set.of() : new LinkedHashSet<>(only), minConfidence).besides(reviewed));
        done.describe().forEach(line -> out.println("accept: " + line));
        out.flush();
        return ExitCodes.OK;
    }
}
