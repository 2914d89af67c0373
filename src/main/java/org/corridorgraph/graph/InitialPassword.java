package org.corridorgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * User neo4j's password for a store that has never started, given as {@code neo4j-admin dbms
 * set-initial-password} gives it: in the file Neo4j reads when it first creates its system database
 * (a salted hash, not the password). ALTER USER after the start would be the first Cypher the
 * process plans, about 1.5 s of a fresh serve on two CPUs (docs/benchmarks.md).
 */
final class InitialPassword {
    private InitialPassword() {
    }

    /** Whether the store in HOME has never started: it has no system database yet. */
    static boolean neverStarted(Path home) {
        return !Files.exists(Neo4jLayout.of(config(home)).databaseLayout(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).databaseDirectory());
    }

    /** Records PASSWORD, with no change required at first sign-in, for the first start of the store in HOME. */
    static void write(Path home, String password) {
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config(home));
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            Files.deleteIfExists(file);
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            try {
                users.create(new User(GraphConnection.USER, null, SystemGraphCredential.createCredentialForPassword(
                        password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            } finally {
                users.shutdown();
            }
        } catch (Exception e) {
            throw new StartupException("cannot record the password of the new store in " + file + ": " + e.getMessage(),
                    "check that the data folder is writable", e);
        }
    }

    /** Once the store has started, the file has done its work: its hash is not left beside the store. */
    static void forget(Path home) {
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config(home));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StartupException("cannot remove " + file + ": " + e.getMessage(), "check that the data folder is writable", e);
        }
    }

    private static Config config(Path home) {
        return Config.defaults(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath());
    }
}
