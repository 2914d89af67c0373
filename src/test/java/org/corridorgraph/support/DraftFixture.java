package org.corridorgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A writable workspace for accepting a draft: a copy of the seed data, a corpus folder holding the
 * real articles and the test article (written for these tests, about an invented ferry line), and a
 * copy of the hand-written draft of that article (src/test/resources/review/draft).
 */
public record DraftFixture(Path seedData, Path corpus, Path draft) {
    public static final String ARTICLE = "caspian-ferry-weekly";
    private static final Path RESOURCES = Path.of("src", "test", "resources", "review");

    /** @param withArticle whether the corpus folder holds the draft's article */
    public static DraftFixture in(Path temp, boolean withArticle) {
        try {
            Path corpus = Files.createDirectories(temp.resolve("corpus"));
            try (Stream<Path> articles = Files.list(Paths.CORPUS)) {
                for (Path article : articles.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(article, corpus.resolve(article.getFileName().toString()));
                }
            }
            if (withArticle) {
                Files.copy(RESOURCES.resolve(ARTICLE + ".txt"), corpus.resolve(ARTICLE + ".txt"));
            }
            return new DraftFixture(Paths.copy(Paths.SEED_DATA, temp.resolve("seed-data")), corpus,
                    Paths.copy(RESOURCES.resolve("draft"), temp.resolve("draft")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the seed-data folder and its bytes, to show that nothing changed. */
    public Map<String, String> seedFiles() {
        return snapshot(seedData);
    }

    /** Every file of the draft folder and its bytes. */
    public Map<String, String> draftFiles() {
        return snapshot(draft);
    }

    public String seed(String name) {
        try {
            return Files.readString(seedData.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void appendToDraft(String name, String line) {
        try {
            Files.writeString(draft.resolve(name), line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /**
     * The id accept gives the n-th new statement, written as the fixture's numbering (145 = the first
     * free one): the curated seed data grows, so the first free st- number is read from it.
     */
    public static String st(int fixtureNumber) {
        try {
            int max = 0;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\": \"st-(\\d+)\"")
                    .matcher(java.nio.file.Files.readString(Paths.SEED_DATA.resolve("statements.jsonl")));
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
            return String.format(java.util.Locale.ROOT, "st-%03d", max + 1 + fixtureNumber - 145);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
