package org.corridorgraph.importer;

/**
 * How an import writes, chosen by what it writes to and how much. Both are all or nothing for
 * readers. One transaction is the faster for a seed of articles (no second store to start, no
 * restart), but Neo4j holds a transaction's whole state on the heap: 1.4 GB at 100k relationships,
 * 12 GB at 1M. A new store generation (docs/scaling.md §2) is written in batches, so its heap stays
 * bounded, at the cost of a staging start and a restart of the live store.
 */
public enum ImportMethod {
    /** A generation for a large seed on the embedded store, else one transaction. */
    AUTO,
    /** A new store generation, swapped in whole; embedded only. */
    GENERATION,
    /** One write transaction through the driver; the only way into an external Neo4j. */
    TRANSACTION;

    /**
     * From here on AUTO builds a generation: about 50k relationships with the derived ones, where
     * one transaction needs some 0.7 GB of heap and the generation's fixed costs are small beside the writing.
     */
    public static final int GENERATION_FROM_STATEMENTS = 20_000;

    /** The method this one means for a seed of that many statements, on the embedded store or not. */
    public ImportMethod resolve(boolean embedded, int statements) {
        if (!embedded) {
            return TRANSACTION;
        }
        return this == AUTO ? (statements >= GENERATION_FROM_STATEMENTS ? GENERATION : TRANSACTION) : this;
    }
}
