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

    /**
     * @param corpus the articles' folder; null means the default when it exists, else none
     * @throws org.corridorgraph.seed.SeedValidationException listing every problem
     */
    public static PreparedImport prepare(ProjectFolder seedData, Path corpus, ObjectMapper mapper) {
        Path folder = corpus != null ? corpus : Files.isDirectory(DEFAULT_CORPUS) ? DEFAULT_CORPUS : null;
        List<Article> articles = folder == null ? List.of() : new ArticleReader().readFolder(folder);
        SeedSet seed = new SeedLoader(mapper).load(seedData);
        ValidatedSeed validated = new SeedValidator().validate(seed, articles);
        List<String> repairs = new ArrayList<>();
        articles.forEach(a -> repairs.addAll(a.repairs()));
        return new PreparedImport(validated, Fingerprint.of(seedData, articles), folder, List.copyOf(repairs));
    }
}
