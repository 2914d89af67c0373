package org.corridorgraph.extract;

import java.util.List;
import java.util.stream.Collectors;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;
import org.corridorgraph.seed.Problem;

/**
 * The seed data with the chosen candidates added does not validate. Problems of a candidate name its
 * draft line; problems of lines already in the seed data name those. Nothing was written.
 */
public class CandidateRejectedException extends CorridorGraphException {
    private final List<Problem> problems;

    public CandidateRejectedException(List<Problem> problems) {
        super(ErrorKind.INVALID_CANDIDATE, problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + " with the seed data the chosen candidates would make; nothing was written:\n"
                        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")),
                "fix the candidates named above (or edit them on the review page), or leave them out with --only / --min-confidence", null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
