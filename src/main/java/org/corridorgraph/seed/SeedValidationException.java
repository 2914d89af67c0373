package org.corridorgraph.seed;

import java.util.List;
import java.util.stream.Collectors;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/** The seed data is invalid; carries every problem found, so users fix them all in one pass. */
public class SeedValidationException extends CorridorGraphException {
    private final List<Problem> problems;

    public SeedValidationException(List<Problem> problems) {
        super(ErrorKind.INVALID_SEED_DATA, problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the seed data; nothing was written:\n"
                        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")),
                "fix the lines named above and run `check` again", null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
