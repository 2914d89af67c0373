package org.corridorgraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.SeedLoader;
import org.corridorgraph.seed.SeedSet;
import org.corridorgraph.seed.SeedValidator;
import org.corridorgraph.seed.ValidatedSeed;

/**
 * Everything an import needs, read and validated before a database is touched: the seed data, the
 * corpus (if any), what layout repair did, and the fingerprint of it all.
 */
public record PreparedImport(ValidatedSeed seed, String fingerprint, Path corpus, List<String> repairs) {
    /** Where the articles are looked for when --corpus is not given. */
    public static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpus");

    /** The folder given, else the default when it exists, else none (evidence then stays unresolved). */
    public static Path corpusFolder(Path given, boolean none) {
        if (none) {
            return null;
        }
        return given != null ? given : Files.isDirectory(DEFAULT_CORPUS) ? DEFAULT_CORPUS : null;
    }

    /**
     * @param folder the articles' folder, or null to load statements without evidence
     * @throws org.corridorgraph.seed.SeedValidationException listing every problem
     */
    public static PreparedImport prepare(ProjectFolder seedData, Path folder, ObjectMapper mapper) {
        List<Article> articles = folder == null ? List.of() : new ArticleReader().readFolder(folder);
        SeedSet seed = new SeedLoader(mapper).load(seedData);
        ValidatedSeed validated = new SeedValidator().validate(seed, articles);
        List<String> repairs = new ArrayList<>();
        articles.forEach(a -> repairs.addAll(a.repairs()));
        return new PreparedImport(validated, Fingerprint.of(seedData, articles), folder, List.copyOf(repairs));
    }
}
