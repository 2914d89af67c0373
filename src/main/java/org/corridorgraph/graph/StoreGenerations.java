package org.corridorgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded store's folder as generations: each import builds a whole Neo4j home of its own
 * (store-N) beside the live one, and a small pointer file names the live one. Replacing the pointer
 * is the one atomic step of an import, so a reader or a restart sees one generation or the other,
 * never a mix; a home the pointer does not name is an unfinished or superseded build.
 * A store made before generations (its Neo4j home is the data folder itself) stays live until its
 * first generation import.
 */
public final class StoreGenerations {
    /** The pointer file in the data folder: one line, the live generation's folder name. */
    public static final String POINTER = "generation";
    private static final Pattern NAME = Pattern.compile("store-(\\d+)");
    /** What Neo4j writes into a home: removed from the data folder once a generation replaces that layout. */
    private static final List<String> LEGACY = List.of("data", "logs");

    private final Path dataDir;

    public StoreGenerations(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    /** The live Neo4j home: the one the pointer names, else the data folder itself. */
    public Path live() {
        Path pointer = dataDir.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return dataDir;
        }
        String name;
        try {
            name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new StartupException("cannot read " + pointer + ": " + e.getMessage(), "check its owner and permissions", e);
        }
        if (!NAME.matcher(name).matches() || !Files.isDirectory(dataDir.resolve(name))) {
            throw new StartupException(pointer + " names '" + name + "', which is not a store generation in " + dataDir,
                    "restore the file (it holds a folder name such as store-3), or import again into a new --data-dir", null);
        }
        return dataDir.resolve(name);
    }

    /** A new, empty home for the next generation, numbered after every generation in the folder. */
    Path next() {
        long highest = 0;
        try (Stream<Path> entries = Files.exists(dataDir) ? Files.list(dataDir) : Stream.empty()) {
            for (Path entry : entries.toList()) {
                Matcher m = NAME.matcher(entry.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Long.parseLong(m.group(1)));
                }
            }
            Path home = dataDir.resolve("store-" + (highest + 1));
            Files.createDirectories(home);
            return home;
        } catch (IOException e) {
            throw new StartupException("cannot make a new store generation in " + dataDir + ": " + e.getMessage(),
                    "check that the data folder is writable and has space", e);
        }
    }

    /** Makes HOME the live generation: the pointer is written beside itself and moved over the old one in one step. */
    void promote(Path home) {
        Path pointer = dataDir.resolve(POINTER);
        Path temporary = dataDir.resolve(POINTER + ".new");
        try {
            Files.writeString(temporary, home.getFileName() + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StartupException("cannot switch the store to " + home.getFileName() + ": " + e.getMessage(),
                    "check that " + dataDir + " is writable; the previous generation is still live", e);
        }
    }

    /**
     * Deletes every home but the live one: builds a killed import left unfinished, a generation
     * replaced before its deletion ended, the pre-generation layout. Call it only while the live
     * store is open, so no other process can be building in this folder.
     */
    void removeAllButLive() {
        Path live = live();
        try (Stream<Path> entries = Files.exists(dataDir) ? Files.list(dataDir) : Stream.empty()) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                boolean otherGeneration = NAME.matcher(name).matches() && !entry.equals(live);
                boolean legacy = !live.equals(dataDir) && LEGACY.contains(name);
                if (otherGeneration || legacy) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            throw new StartupException("cannot list " + dataDir + ": " + e.getMessage(), "check its permissions", e);
        }
    }

    /** Deletes one home (a generation, or the legacy layout when HOME is the data folder itself). */
    void remove(Path home) {
        if (home.equals(dataDir)) {
            LEGACY.forEach(name -> delete(dataDir.resolve(name)));
        } else {
            delete(home);
        }
    }

    /** Deletes FOLDER and all it holds; what cannot be deleted yet is left for the next start, with a warning. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // an old generation left on disk costs space, not correctness: the next start removes it
            System.getLogger(StoreGenerations.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot delete " + folder + " yet: " + e.getMessage());
        }
    }
}
