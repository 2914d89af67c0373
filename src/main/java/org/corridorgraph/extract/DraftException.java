package org.corridorgraph.extract;

import java.util.List;
import java.util.stream.Collectors;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;
import org.corridorgraph.seed.Problem;

/** A draft folder that cannot be read as extract writes it; carries every problem, each with its file and line. */
public class DraftException extends CorridorGraphException {
    private final List<Problem> problems;

    public DraftException(String draft, List<Problem> problems) {
        super(ErrorKind.BAD_INPUT, problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the draft " + draft
                        + "; nothing was written:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")),
                "fix the draft lines named above, or run extract again on the article", null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
