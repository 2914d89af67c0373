package org.corridorgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/**
 * Writes a draft folder: source.json, entities.jsonl and statements.jsonl in the seed-data line
 * formats plus the draft-only fields, and summary.txt. Each file is written whole to a temporary
 * file and moved into place, so a crash leaves the old file or the new one.
 */
public final class DraftWriter {
    public static final String SOURCE = "source.json";
    public static final String ENTITIES = "entities.jsonl";
    public static final String STATEMENTS = "statements.jsonl";
    public static final String SUMMARY = "summary.txt";

    private final ObjectMapper mapper;
    private final AtomicFiles files = new AtomicFiles();

    public DraftWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void write(Extraction x, Path dir) {
        try {
            Files.createDirectories(dir);
            write(dir.resolve(SOURCE), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(source(x.source())) + "\n");
            write(dir.resolve(ENTITIES), lines(x.entities().stream().map(DraftWriter::entity).toList()));
            write(dir.resolve(STATEMENTS), lines(x.statements().stream().map(DraftWriter::statement).toList()));
            write(dir.resolve(SUMMARY), summary(x));
        } catch (IOException e) {
            throw new CorridorGraphException(ErrorKind.BAD_INPUT, "cannot write the draft to " + dir + ": " + e.getMessage(),
                    "give --out a folder you can write to", e);
        }
    }

    /** The summary a reviewer reads first: what is known, what is new, what was drafted, and where nothing was found. */
    public static String summary(Extraction x) {
        StringBuilder s = new StringBuilder();
        s.append("article ").append(x.source().id()).append(": ").append(x.sentences()).append(" sentences\n");
        s.append("entities known: ").append(x.knownEntities().size()).append(" (").append(String.join(", ", x.knownEntities())).append(")\n");
        s.append("entities new: ").append(x.entities().size());
        x.entities().forEach(e -> s.append("\n  ").append(e.id()).append(" ").append(e.labels()).append(" ").append(e.name()));
        s.append("\ncandidates: ").append(x.statements().size()).append("\n");
        x.byType().forEach((t, n) -> s.append("  ").append(t).append(": ").append(n).append("\n"));
        s.append("held back as not asserted (a plan, target or expectation no speaker claims): ").append(x.heldBack().size()).append("\n");
        x.heldBack().forEach(h -> s.append("  ").append(h).append("\n"));
        s.append("near-misses kept apart: ").append(x.nearMisses().size()).append("\n");
        x.nearMisses().forEach(n -> s.append("  ").append(n).append("\n"));
        s.append("already in the seed data from this article, not drafted again: ").append(x.alreadyStated().size()).append("\n");
        s.append("sentences with nothing found: ").append(x.empty().size());
        if (!x.empty().isEmpty()) {
            s.append(" (").append(String.join(", ", x.empty())).append(")");
        }
        s.append("\n");
        return s.toString();
    }

    private void write(Path file, String content) {
        files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private String lines(List<Map<String, Object>> rows) throws JsonProcessingException {
        StringBuilder s = new StringBuilder();
        for (Map<String, Object> row : rows) {
            s.append(mapper.writeValueAsString(row)).append('\n');
        }
        return s.toString();
    }

    private static Map<String, Object> source(DraftSource s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("file", s.file());
        m.put("title", s.title());
        m.put("published", s.published());
        m.put("origin", s.origin());
        return m;
    }

    private static Map<String, Object> entity(CandidateEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("labels", e.labels());
        m.put("aliases", e.aliases());
        m.put("props", e.props());
        m.put("confidence", e.confidence());
        m.put("rule", e.rule());
        m.put("sentence", e.sentence());
        return m;
    }

    private static Map<String, Object> statement(CandidateStatement c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("subject", c.subject());
        m.put("type", c.type());
        m.put("object", c.object());
        m.put("props", c.props());
        m.put("kind", c.kind());
        if (c.speaker() != null) {
            m.put("speaker", c.speaker());
        }
        m.put("source", c.source());
        m.put("anchor", c.anchor());
        m.put("confidence", c.confidence());
        m.put("rule", c.rule());
        return m;
    }
}
