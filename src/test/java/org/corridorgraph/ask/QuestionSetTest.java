package org.corridorgraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.app.Application;
import org.corridorgraph.graph.GraphConnection;
import org.corridorgraph.query.Citation;
import org.corridorgraph.query.GraphLink;
import org.corridorgraph.query.GraphNode;
import org.corridorgraph.query.GraphPath;
import org.corridorgraph.query.QueryException;
import org.corridorgraph.query.QueryLimits;
import org.corridorgraph.query.QueryResult;
import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.corridorgraph.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The question set of src/test/resources/questions (written before tuning), asked through the same
 * Asker as /api/ask and scored as its README says. Prints the score by kind and writes
 * target/question-score.md with every failure and why.
 */
@ExtendWith(SharedNeo4j.class)
class QuestionSetTest {
    /** The issue asks for 90 %; the score is printed and written to target/question-score.md. Never lowered to pass. */
    private static final double FLOOR = 0.90;
    private static Application app;

    @BeforeAll
    static void importSeed(GraphConnection graph) {
        CliRun run = CliRun.of("import", "--uri", graph.embedded().boltUri().toString(), "--corpus", Paths.CORPUS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        app = TestApps.on(graph, new QueryLimits(Duration.ofSeconds(20), 1000));
    }

    record Outcome(String id, String kind, String question, boolean passed, String why, String how) {
    }

    @Test
    void theQuestionSetScoresAtLeastTheFloorAndNoQuestionNamingAKnownEntityIsRefused() throws IOException {
        List<JsonNode> questions = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/questions/questions.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                questions.add(mapper.readTree(line));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<String> refusedDespiteNames = new ArrayList<>();
        for (JsonNode q : questions) {
            outcomes.add(score(q, refusedDespiteNames));
        }
        long passed = outcomes.stream().filter(Outcome::passed).count();
        double share = (double) passed / outcomes.size();
        String report = report(outcomes, passed);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/question-score.md"), report, StandardCharsets.UTF_8);
        System.out.println(report.lines().limit(25).reduce("", (a, b) -> a + b + "\n"));

        assertThat(refusedDespiteNames).as("questions naming a known entity that got a 422").isEmpty();
        assertThat(share).as("share of the question set passed; see target/question-score.md").isGreaterThanOrEqualTo(FLOOR);
    }

    private Outcome score(JsonNode q, List<String> refusedDespiteNames) {
        String id = q.get("id").asText();
        String kind = q.get("kind").asText();
        String question = q.get("question").asText();
        QueryResult answer;
        try {
            answer = app.asker().answer(question);
        } catch (QueryException e) {
            if (!app.queries().entities().mentions(question).isEmpty()) {
                refusedDespiteNames.add(id + " " + question);
            }
            return new Outcome(id, kind, question, false, "refused: " + e.getMessage(), "");
        }
        String text = answerText(answer).toLowerCase(Locale.ROOT);
        List<String> why = new ArrayList<>();
        for (JsonNode item : q.get("mustContain")) {
            if (!text.contains(item.asText().toLowerCase(Locale.ROOT))) {
                why.add("lacks '" + item.asText() + "'");
            }
        }
        List<String> cited = answer.citations().list().stream().map(Citation::sentenceId).toList();
        for (JsonNode sentence : q.get("mustCite")) {
            if (!cited.contains(sentence.asText())) {
                why.add("does not cite " + sentence.asText());
            }
        }
        boolean abstain = q.get("abstain").asBoolean();
        boolean abstained = answer.asked() != null && answer.asked().abstained();
        if (abstain != abstained) {
            why.add(abstain ? "should abstain, answers" : "abstains, should answer");
        }
        return new Outcome(id, kind, question, why.isEmpty(), String.join("; ", why), answer.asked() == null ? "" : answer.asked().how());
    }

    /** Every value of every row (nodes, links and paths as names), the notes and the abstention's words. */
    static String answerText(QueryResult answer) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> row : answer.rows()) {
            row.values().forEach(v -> out.append(text(v)).append(" | "));
            out.append('\n');
        }
        answer.notes().forEach(n -> out.append(n).append('\n'));
        if (answer.asked() != null && answer.asked().answer() != null) {
            out.append(answer.asked().answer());
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue()); // 3.0E8 is written 300000000, as the page shows it
        }
        if (value instanceof GraphNode n) {
            return n.name();
        }
        if (value instanceof GraphLink l) {
            return l.label() + " " + l.type();
        }
        if (value instanceof GraphPath p) {
            return String.join(" ", p.nodes().stream().map(GraphNode::name).toList()) + " "
                    + String.join(" ", p.links().stream().map(QuestionSetTest::text).toList());
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(QuestionSetTest::text).toList());
        }
        return String.valueOf(value);
    }

    private static String report(List<Outcome> outcomes, long passed) {
        StringBuilder out = new StringBuilder();
        out.append("# Question set: ").append(passed).append(" of ").append(outcomes.size()).append(" pass (")
           .append(Math.round(100.0 * passed / outcomes.size())).append("%)\n\n| kind | passed | of |\n|---|---|---|\n");
        Map<String, int[]> byKind = new TreeMap<>();
        outcomes.forEach(o -> {
            int[] c = byKind.computeIfAbsent(o.kind(), k -> new int[2]);
            c[1]++;
            if (o.passed()) {
                c[0]++;
            }
        });
        byKind.forEach((k, c) -> out.append("| ").append(k).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" |\n"));
        out.append("\n## Failures\n\n");
        outcomes.stream().filter(o -> !o.passed()).forEach(o -> out.append("- ").append(o.id()).append(" (").append(o.kind()).append(") ")
                .append(o.question()).append(": ").append(o.why()).append(o.how().isEmpty() ? "" : " [" + o.how() + "]").append('\n'));
        return out.toString();
    }
}
