package org.corridorgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Neo4j's page cache for one store: room for its files twice over, so it can grow, and at least
 * {@link #FLOOR}. Left unset, Neo4j reserves half of the RAM beside the heap and fills it as pages are
 * read; sized like this it stays near the store even after every page has been read once.
 *
 * @param storeBytes the size of the store's database files, 0 for a store not yet written
 */
record PageCacheBudget(long storeBytes) {
    static final long FLOOR = 64L << 20;

    /** The databases under DATA_DIR (Neo4j's home folder), as they are before Neo4j opens them. */
    static PageCacheBudget of(Path dataDir) {
        Path databases = dataDir.resolve("data").resolve("databases");
        if (!Files.isDirectory(databases)) {
            return new PageCacheBudget(0);
        }
        try (Stream<Path> files = Files.walk(databases)) {
            return new PageCacheBudget(files.filter(Files::isRegularFile).mapToLong(PageCacheBudget::size).sum());
        } catch (IOException | UncheckedIOException e) {
            return new PageCacheBudget(0); // Neo4j reports an unreadable store better than this sum can
        }
    }

    /**
     * The page cache in bytes; null for a store not yet written, whose size the first import decides:
     * Neo4j's default then, which takes memory only as that import writes pages.
     */
    Long bytes() {
        return storeBytes == 0 ? null : Math.max(FLOOR, 2 * storeBytes);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // removed while counted: a transaction log rotated away
        }
    }
}
