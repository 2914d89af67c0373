package org.corridorgraph.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.SchemaLoader;
import org.corridorgraph.seed.SeedLoader;

/**
 * A digest of everything an import reads: the seed files and the repaired articles. The store
 * records it, and `serve` re-imports when the seed data no longer matches.
 */
public final class Fingerprint {
    /** Bump when the importer writes the same input differently. */
    static final String FORMAT = "corridor-graph-import-2";

    private Fingerprint() {
    }

    public static String of(ProjectFolder seedData, List<Article> articles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT);
            for (String file : List.of(SchemaLoader.FILE, SeedLoader.ENTITIES, SeedLoader.STATEMENTS, SeedLoader.BACKGROUND,
                    SeedLoader.SOURCES)) {
                update(digest, file);
                update(digest, seedData.exists(file) ? seedData.read(file) : "");
            }
            for (Article article : articles) {
                update(digest, article.id());
                for (Sentence sentence : article.sentences()) {
                    update(digest, sentence.id() + "\u0000" + sentence.text());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
