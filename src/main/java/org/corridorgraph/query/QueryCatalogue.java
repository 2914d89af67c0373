package org.corridorgraph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.seed.NameKey;

/** Every canned query in cypher/queries/, loaded once at start. */
public final class QueryCatalogue {
    public static final String FOLDER = "queries";

    private final Map<String, CannedQuery> queries;

    private QueryCatalogue(Map<String, CannedQuery> queries) {
        this.queries = queries;
    }

    /** @throws QueryFileException naming the first malformed file and line */
    public static QueryCatalogue load(ProjectFolder cypher) {
        QueryFileParser parser = new QueryFileParser();
        Map<String, CannedQuery> queries = new LinkedHashMap<>();
        for (String file : cypher.list(FOLDER, ".cypher")) {
            String name = file.substring(FOLDER.length() + 1, file.length() - ".cypher".length());
            queries.put(name, parser.parse(name, cypher.describe(file), cypher.read(file)));
        }
        if (queries.isEmpty()) {
            throw new QueryFileException(cypher.describe(FOLDER), 0, "no query files found", "the folder should hold NAME.cypher files");
        }
        return new QueryCatalogue(Map.copyOf(queries));
    }

    public List<CannedQuery> all() {
        return queries.values().stream().sorted(java.util.Comparator.comparing(CannedQuery::name)).toList();
    }

    public Set<String> names() {
        return queries.keySet();
    }

    public CannedQuery get(String name) {
        CannedQuery query = queries.get(name);
        if (query == null) {
            throw new QueryException.UnknownQuery(name, NameKey.closest(name, queries.keySet(), 3));
        }
        return query;
    }
}
