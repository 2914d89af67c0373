package org.corridorgraph.importer;

import java.time.Duration;

/** Told as each phase of a generation import ends: how many rows it wrote and how long it took. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (phase, rows, took) -> { };

    /**
     * @param rows what the phase wrote (rows of its input; for derived relationships, what it created); -1 when it counts nothing
     */
    void phase(String phase, long rows, Duration took);
}
