package org.corridorgraph.seed;

/** Where a record sits: a seed file and its 1-based line (0 when the whole file is meant). */
public record Location(String file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
