package org.corridorgraph.seed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.PartialDate;

/**
 * Checks sources.jsonl against the articles: every line names an article of the corpus once, gives a
 * title and an origin, and a publication date that is a partial date (or null, for an undated
 * article) and agrees with the article's own dateline.
 */
public final class SourceValidator {
    /** A warning names this many undescribed articles, then says how many more. */
    private static final int MAX_NAMED = 5;

    /**
     * @param articles the corpus; empty means no corpus was read, and ids are not checked against it
     * @param problems where the problems found are added
     */
    public ValidatedSources validate(List<SourceEntry> entries, List<Article> articles, List<Problem> problems) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, Location> seen = new HashMap<>();
        Map<String, ValidatedSource> result = new LinkedHashMap<>();
        for (SourceEntry entry : entries) {
            Location at = entry.at();
            int before = problems.size();
            if (entry.id() == null || entry.id().isBlank()) {
                problems.add(new Problem(at, "source line has no id", "set \"id\" to the article's file name without .txt"));
                continue;
            }
            Location first = seen.putIfAbsent(entry.id(), at);
            if (first != null) {
                problems.add(new Problem(at, "source " + entry.id() + " is already described at line " + first.line(),
                        "keep one line per article"));
                continue;
            }
            Article article = byId.get(entry.id());
            if (!articles.isEmpty() && article == null) {
                problems.add(new Problem(at, "source " + entry.id() + " is not an article of the corpus",
                        "articles read: " + new TreeSet<>(byId.keySet()) + "; check the id, or remove the line"));
            }
            boolean titleGiven = titleGiven(entry, at, problems);
            if (entry.title() == null || entry.title().isBlank()) {
                problems.add(new Problem(at, "source " + entry.id() + " has no title",
                        titleGiven ? "add \"title\" as the article gives it" : "add \"title\": a short description of the article"));
            }
            if (entry.origin() == null || entry.origin().isBlank()) {
                problems.add(new Problem(at, "source " + entry.id() + " does not say where it came from",
                        "add \"origin\": the article's address, or a description of where it appeared"));
            }
            String published = published(entry, article, at, problems);
            if (problems.size() == before) {
                result.put(entry.id(), new ValidatedSource(entry.id(), entry.title(), titleGiven, published, entry.origin()));
            }
        }
        List<String> undescribed = articles.stream().map(Article::id).filter(id -> !seen.containsKey(id)).toList();
        return new ValidatedSources(Map.copyOf(result), undescribed.isEmpty() ? List.of() : List.of(undescribed(undescribed, byId)));
    }

    /** One warning for them all: a generated corpus of thousands of articles may have no sources.jsonl. */
    private static String undescribed(List<String> ids, Map<String, Article> articles) {
        if (ids.size() == 1) {
            return "article " + ids.get(0) + " has no line in " + SeedLoader.SOURCES + ": its Source node has the title the reader found (\""
                    + articles.get(ids.get(0)).title() + "\") and no publication date or origin";
        }
        String named = String.join(", ", ids.subList(0, Math.min(ids.size(), MAX_NAMED)));
        return ids.size() + " articles have no line in " + SeedLoader.SOURCES + " (" + named + (ids.size() > MAX_NAMED ? ", …" : "")
                + "): their Source nodes have the titles the reader found and no publication date or origin";
    }

    private static boolean titleGiven(SourceEntry entry, Location at, List<Problem> problems) {
        JsonNode value = entry.titleGiven();
        if (value == null || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            problems.add(new Problem(at, "source " + entry.id() + ": titleGiven = " + value + " is not true or false",
                    "write \"titleGiven\": false when the article has no headline and the title is ours; leave it out otherwise"));
            return true;
        }
        return value.asBoolean();
    }

    /** The publication date as the schema's partialDate, or null when the article is undated. */
    private static String published(SourceEntry entry, Article article, Location at, List<Problem> problems) {
        JsonNode value = entry.published();
        if (value == null) {
            problems.add(new Problem(at, "source " + entry.id() + " does not say when it was published",
                    "add \"published\": yyyy, yyyy-mm or yyyy-mm-dd, or null when the article gives no date"));
            return null;
        }
        if (value.isNull()) {
            return null;
        }
        Object date = ValueType.PARTIAL_DATE.convert(value);
        if (date == null) {
            problems.add(new Problem(at, "source " + entry.id() + ": published = " + value + " is not " + ValueType.PARTIAL_DATE.expected(),
                    "write it as 2025, 2025-10 or 2025-10-13, or null when the article gives no date"));
            return null;
        }
        PartialDate given = PartialDate.parse(date.toString());
        PartialDate dateline = article == null || article.dateline() == null ? null : article.dateline().date();
        if (dateline != null && disagree(given, dateline)) {
            problems.add(new Problem(at, "source " + entry.id() + ": published " + given.iso() + " disagrees with the article's dateline, "
                    + dateline + " (" + article.id() + ".txt:" + article.dateline().line() + ")",
                    "check the date against the article; the dateline is the agency's own"));
        }
        return given.iso();
    }

    /** Whether two dates differ in a part both of them give. */
    private static boolean disagree(PartialDate a, PartialDate b) {
        return differ(a.year(), b.year()) || differ(a.month(), b.month()) || differ(a.day(), b.day());
    }

    private static boolean differ(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }
}
