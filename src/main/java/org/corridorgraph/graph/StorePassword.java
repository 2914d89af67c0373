package org.corridorgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded store's user neo4j, kept in the store's folder readable by its owner
 * only, so every later command on the same --data-dir signs in with it.
 *
 * @param password the password to sign in with
 * @param changed  whether the store must be given it (new, or different from the recorded one)
 */
public record StorePassword(String password, boolean changed) {
    /** The file in the data folder. */
    public static final String FILE = "neo4j-password";
    public static final int MIN_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * The given password when there is one (recorded for next time), else the recorded one, else a
     * new random one (recorded).
     *
     * @throws StartupException when the given password is too short or the file cannot be kept
     */
    public static StorePassword resolve(Path dataDir, String given) {
        Path file = dataDir.resolve(FILE);
        String recorded = read(file);
        if (given != null && !given.isEmpty()) {
            if (given.length() < MIN_LENGTH) {
                throw new StartupException("the Neo4j password must have at least " + MIN_LENGTH + " characters",
                        "pass a longer --neo4j-password (or NEO4J_PASSWORD), or none to have one generated", null);
            }
            if (!given.equals(recorded)) {
                write(file, given);
            }
            return new StorePassword(given, !given.equals(recorded));
        }
        if (recorded != null) {
            return new StorePassword(recorded, false);
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        write(file, generated);
        return new StorePassword(generated, true);
    }

    /** The recorded password of a store, or null when it has none (new, or made with --no-auth). */
    public static String recorded(Path dataDir) {
        return read(dataDir.resolve(FILE));
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            throw new StartupException("cannot read " + file + ": " + e.getMessage(), "check its owner and permissions", e);
        }
    }

    /** Written to a temporary file with owner-only rights first, then moved, so the password is never readable by others. */
    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE + ".new");
            Files.deleteIfExists(temporary);
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(temporary);
                temporary.toFile().setReadable(false, false);
                temporary.toFile().setReadable(true, true);
                temporary.toFile().setWritable(true, true);
            } catch (FileAlreadyExistsException raced) {
                throw new StartupException("another process is writing " + temporary, "start one command at a time on a store", raced);
            }
            Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StartupException("cannot keep the Neo4j password in " + file + ": " + e.getMessage(),
                    "check that the data folder is writable", e);
        }
    }
}
