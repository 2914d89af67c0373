package org.corridorgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's own folders, as the tests see them from the project root. */
public final class Paths {
    public static final Path SEED_DATA = Path.of("seed-data");
    public static final Path CYPHER = Path.of("cypher");
    public static final Path CORPUS = Path.of("..", "shared", "corpus");

    private Paths() {
    }

    /** A writable copy of a folder, for tests that break one file. */
    public static Path copy(Path folder, Path into) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path target = into.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
