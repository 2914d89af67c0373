package org.corridorgraph.seed;

/** One thing wrong with the seed data, where it is, and what to do about it. */
public record Problem(Location at, String message, String hint) {
    @Override
    public String toString() {
        return at + ": " + message + (hint == null ? "" : "\n    hint: " + hint);
    }
}
