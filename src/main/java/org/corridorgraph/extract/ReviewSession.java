package org.corridorgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.seed.Entity;
import org.corridorgraph.seed.SeedLoader;

/**
 * The review of one draft while serve runs: what the page shows, and its decisions. Accepted and
 * edited candidates go through the same {@link DraftAcceptor} as the accept command, so they are
 * validated and written the same way; rejections (and acceptances) are kept in DIR/review.jsonl so
 * a reload shows what was decided. Nothing here writes to the graph.
 */
public final class ReviewSession {
    /** The decisions made so far, one line each, in the draft folder. */
    public static final String LOG = "review.jsonl";
    private static final Set<String> ACTIONS = Set.of("accept", "reject", "edit");

    private final Path dir;
    private final DraftReader reader;
    private final DraftAcceptor acceptor;
    private final ObjectMapper mapper;
    private final SeedLines lines;
    private final AtomicFiles files = new AtomicFiles();
    private final String token;

    /**
     * Reads the draft once, so a broken one stops serve before it starts.
     *
     * @throws DraftException naming every problem of the draft
     */
    public ReviewSession(Path dir, DraftAcceptor acceptor, ObjectMapper mapper) {
        this.dir = dir;
        this.reader = new DraftReader(mapper);
        this.acceptor = acceptor;
        this.mapper = mapper;
        this.lines = new SeedLines(mapper);
        reader.read(dir);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The secret the review page sends back with its decisions; made once per serve, handed only to the loopback page. */
    public String token() {
        return token;
    }

    public Path dir() {
        return dir;
    }

    public ReviewDraft view() {
        Draft draft = reader.read(dir);
        Map<String, String> seedNames = new HashMap<>();
        for (Entity e : new SeedLoader(mapper).load(acceptor.seedData()).entities()) {
            if (e.id() != null) {
                seedNames.putIfAbsent(e.id(), e.name());
            }
        }
        List<Sentence> sentences = sentences(draft);
        Map<String, JsonNode> decided = decisions();
        List<ReviewDraft.Candidate> candidates = new ArrayList<>();
        for (DraftStatement s : draft.statements()) {
            Sentence holding = null;
            int start = -1;
            if (s.anchor() != null && !s.anchor().isBlank()) {
                String needle = normalise(s.anchor());
                for (Sentence sentence : sentences) {
                    int at = sentence.text().indexOf(needle);
                    if (at >= 0) {
                        holding = sentence;
                        start = at;
                        break;
                    }
                }
            }
            JsonNode decision = decided.get(s.id());
            candidates.add(new ReviewDraft.Candidate(s.id(), s.type(), end(s.subject(), draft, seedNames), end(s.object(), draft, seedNames),
                    s.props(), s.kind(), s.speaker(), s.anchor(), s.confidence(), s.rule(), holding == null ? null : holding.id(),
                    start, start < 0 ? -1 : start + normalise(s.anchor()).length(),
                    decision == null ? null : decision.path("decision").asText(null),
                    decision == null ? null : decision.path("statementId").asText(null)));
        }
        List<ReviewDraft.EntityCandidate> entities = draft.entities().stream()
                .map(e -> new ReviewDraft.EntityCandidate(e.id(), e.name(), e.labels(), e.confidence(), e.rule(), e.sentence())).toList();
        return new ReviewDraft(draft.source(), List.copyOf(candidates), entities,
                sentences.stream().map(t -> new ReviewDraft.SentenceText(t.id(), t.text())).toList());
    }

    /**
     * Applies the page's decisions: accepted and edited candidates are validated and appended to the
     * seed data together, then every decision is recorded. When the validator refuses, nothing changes.
     *
     * @throws CandidateRejectedException (422) naming what the validator refused
     * @throws CorridorGraphException     (400) for an unknown candidate or action
     */
    public synchronized ReviewOutcome decide(List<ReviewDecision> decisions) {
        Draft draft = reader.read(dir);
        Map<String, DraftStatement> edits = new LinkedHashMap<>();
        Set<String> accepted = new LinkedHashSet<>();
        List<String> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, JsonNode> before = decisions();
        if (decisions == null || decisions.isEmpty()) {
            throw new CorridorGraphException("no decisions to save", "send {\"decisions\": [{\"id\": \"c-001\", \"action\": \"accept\"}]}");
        }
        for (ReviewDecision d : decisions) {
            DraftStatement s = d == null || d.id() == null ? null : draft.statement(d.id()).orElse(null);
            if (s == null) {
                throw new CorridorGraphException("decision for '" + (d == null ? null : d.id()) + "', which is no candidate statement of the draft",
                        "decide on the statements GET /api/review/draft lists");
            }
            if (!seen.add(s.id())) {
                throw new CorridorGraphException("two decisions for " + s.id(), "send one decision per candidate");
            }
            if (d.action() == null || !ACTIONS.contains(d.action())) {
                throw new CorridorGraphException("action '" + d.action() + "' for " + s.id() + " is not accept, reject or edit",
                        "use accept, reject or edit (with \"statement\": the changed fields)");
            }
            JsonNode earlier = before.get(s.id());
            if (d.action().equals("reject") && earlier != null && earlier.path("statementId").isTextual()) {
                throw new CorridorGraphException(s.id() + " was accepted already, as " + earlier.path("statementId").asText(),
                        "to undo it, remove that line from seed-data/statements.jsonl; the review page does not delete seed lines");
            }
            switch (d.action()) {
                case "reject" -> rejected.add(s.id());
                case "accept" -> accepted.add(s.id());
                default -> {
                    if (d.statement() == null) {
                        throw new CorridorGraphException("the edit of " + s.id() + " carries no statement", "send \"statement\": the changed fields");
                    }
                    edits.put(s.id(), edited(s, d.statement()));
                    accepted.add(s.id());
                }
            }
        }
        Acceptance acceptance = accepted.isEmpty() ? new Acceptance(List.of(), List.of(), List.of(), false, List.of())
                : acceptor.accept(draft.withStatements(edits), Selection.of(accepted));
        Map<String, String> finalIds = new HashMap<>();
        acceptance.statements().forEach(a -> finalIds.put(a.draftId(), a.id()));
        List<String> logLines = new ArrayList<>();
        for (ReviewDecision d : decisions) {
            ObjectNode line = mapper.createObjectNode().put("id", d.id()).put("decision", d.action());
            if (finalIds.containsKey(d.id())) {
                line.put("statementId", finalIds.get(d.id()));
            }
            logLines.add(lines.line(line));
        }
        appendLog(logLines);
        return new ReviewOutcome(acceptance, List.copyOf(rejected));
    }

    private DraftStatement edited(DraftStatement s, ReviewDecision.Edit e) {
        return new DraftStatement(s.id(), or(e.subject(), s.subject()), or(e.type(), s.type()), or(e.object(), s.object()),
                e.props() != null ? e.props() : s.props(), or(e.kind(), s.kind()),
                e.speaker() == null ? s.speaker() : e.speaker().isBlank() ? null : e.speaker().strip(),
                s.source(), or(e.anchor(), s.anchor()), s.confidence(), s.rule(), s.at());
    }

    private static String or(String given, String drafted) {
        return given == null || given.isBlank() ? drafted : given.strip();
    }

    /** The last decision recorded for each candidate. */
    private Map<String, JsonNode> decisions() {
        return decisions(dir, mapper);
    }

    /**
     * The candidates of a draft the review page decided on (accepted, edited or rejected), so the
     * command line's accept does not undo a reviewer's rejection or add an edited candidate unedited.
     */
    public static Set<String> reviewed(Path dir, ObjectMapper mapper) {
        return Set.copyOf(decisions(dir, mapper).keySet());
    }

    private static Map<String, JsonNode> decisions(Path dir, ObjectMapper mapper) {
        Map<String, JsonNode> result = new HashMap<>();
        Path log = dir.resolve(LOG);
        if (!Files.isRegularFile(log)) {
            return result;
        }
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                if (node.path("id").isTextual()) {
                    result.put(node.path("id").asText(), node);
                }
            }
        } catch (IOException e) {
            throw new CorridorGraphException("cannot read " + log + ": " + e.getMessage(),
                    "it records the review's decisions, one JSON object a line; fix or remove the broken line", e);
        }
        return result;
    }

    private void appendLog(List<String> added) {
        Path log = dir.resolve(LOG);
        try {
            byte[] old = Files.isRegularFile(log) ? Files.readAllBytes(log) : new byte[0];
            String prefix = old.length > 0 && old[old.length - 1] != '\n' ? "\n" : "";
            byte[] more = (prefix + String.join("\n", added) + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(old, old.length + more.length);
            System.arraycopy(more, 0, all, old.length, more.length);
            files.write(log, all);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot read " + log + ": " + e.getMessage(), "check the draft folder's permissions", e);
        }
    }

    private List<Sentence> sentences(Draft draft) {
        Path file = acceptor.corpus() == null ? null : acceptor.corpus().resolve(draft.source().id() + ".txt");
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        Article article = new ArticleReader().read(file);
        return article.sentences().stream().map(s -> new Sentence(s.sourceId(), s.paragraph(), s.number(), s.line(), normalise(s.text())))
                .toList();
    }

    private static ReviewDraft.End end(String id, Draft draft, Map<String, String> seedNames) {
        return draft.entity(id).map(e -> new ReviewDraft.End(id, e.name(), true))
                .orElseGet(() -> new ReviewDraft.End(id, seedNames.get(id), false));
    }

    /** As the validator matches anchors: typographic quotes and runs of white space do not count. */
    private static String normalise(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replaceAll("\\s+", " ").strip();
    }
}
