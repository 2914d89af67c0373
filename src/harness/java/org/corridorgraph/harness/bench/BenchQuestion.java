package org.corridorgraph.harness.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plain-language question as the benchmark sends it to {@code /api/ask}. The texts are the
 * harness's own words (never an article's sentences), chosen so that the set covers the router's
 * shapes, retrieval, an abstention and a misspelt name.
 *
 * @param key      how tables and results.json name it
 * @param question the text sent as {@code q}
 * @param kind     what the question exercises, in words (the answer's actual method and shape are
 *                 read off the first answer, not assumed)
 */
public record BenchQuestion(String key, String question, String kind) {

    /**
     * Ten questions of the kinds issue 12 names. Which of them the router places and which go to
     * retrieval depends on the query files of the build; the bench reports what each answer said.
     */
    public static final List<BenchQuestion> STANDARD = List.of(
            new BenchQuestion("routes", "which routes lead from China to Iran through Central Asia", "routes"),
            new BenchQuestion("blocs", "which blocs does Kazakhstan belong to", "memberships"),
            new BenchQuestion("typo", "how does Kazakstan reach Iran", "misspelt name (routes)"),
            new BenchQuestion("people", "who is the president of Iran", "people and roles"),
            new BenchQuestion("said", "what did Pezeshkian say about trade", "who said what"),
            new BenchQuestion("figures", "how many firms with Iranian capital work in Kazakhstan", "a figure (demonym)"),
            new BenchQuestion("trade", "trade turnover between Iran and Kazakhstan", "trade figures"),
            new BenchQuestion("retrieval", "why did the trade of Kazakhstan with Iran drop", "retrieval over statements and sentences: a why-question"),
            new BenchQuestion("attacked", "who attacked the Caspian Pipeline Consortium", "who attacked X"),
            new BenchQuestion("abstain", "which bank lent money for Chabahar Port cranes", "abstains: the articles do not say"));

    /** The path and query string of our endpoint. */
    public String ourPath() {
        return "/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
