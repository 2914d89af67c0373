package org.corridorgraph.harness.resilience;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.corridorgraph.resources.ProjectFolder;

/**
 * A large, valid seed-data folder and corpus made up from nothing: people who met one another, each
 * meeting a fact anchored in a generated sentence of a generated register. The text is built from a
 * template and numbers; nothing comes from a real article. It validates against the real schema, so
 * an import of it runs to the write and writes for a long time.
 *
 * @param seedData     a folder with schema.json (the project's), entities.jsonl and statements.jsonl
 * @param corpus       a folder of generated .txt registers
 * @param entities     people
 * @param statements   MET_WITH relationships
 * @param sentences    generated sentences over all registers
 */
public record SyntheticSeed(Path seedData, Path corpus, int entities, int statements, int sentences) {
    static final int REGISTERS = 100;
    static final int SENTENCES_PER_PARAGRAPH = 5;
    static final int PARAGRAPHS = 4;

    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", entities);
        out.put("relationships", statements);
        out.put("sentences", sentences);
        out.put("registers", REGISTERS);
        return out;
    }

    /**
     * @param statements how many relationships; people are a quarter of that (at least 1,000), so
     *                   each has a handful of meetings and MERGE stays cheap
     */
    public static SyntheticSeed write(Path folder, int statements, ProjectFolder realSeed) {
        int people = Math.max(1_000, statements / 4);
        int perPerson = (statements + people - 1) / people;
        if (perPerson >= people) {
            throw new IllegalArgumentException("too many statements for " + people + " people");
        }
        Path seed = folder.resolve("seed-data");
        Path corpus = folder.resolve("corpus");
        int sentencesPerRegister = SENTENCES_PER_PARAGRAPH * PARAGRAPHS;
        try {
            Files.createDirectories(seed);
            Files.createDirectories(corpus);
            Files.writeString(seed.resolve("schema.json"), realSeed.read("schema.json"), StandardCharsets.UTF_8);
            try (BufferedWriter out = Files.newBufferedWriter(seed.resolve("entities.jsonl"), StandardCharsets.UTF_8)) {
                for (int i = 0; i < people; i++) {
                    out.write("{\"id\": \"" + personId(i) + "\", \"name\": \"Synthetic Person " + pad(i) + "\", \"labels\": [\"Person\"],"
                            + " \"aliases\": [], \"props\": {}}\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(seed.resolve("statements.jsonl"), StandardCharsets.UTF_8)) {
                for (int j = 0; j < statements; j++) {
                    int subject = j % people;
                    int step = j / people + 1;
                    int object = (subject + step) % people;
                    int register = j % REGISTERS;
                    int entry = (j / REGISTERS) % sentencesPerRegister;
                    out.write("{\"id\": \"syn-" + pad(j) + "\", \"subject\": \"" + personId(subject) + "\", \"type\": \"MET_WITH\","
                            + " \"object\": \"" + personId(object) + "\", \"props\": {}, \"kind\": \"fact\","
                            + " \"source\": \"" + registerId(register) + "\", \"anchor\": \"" + anchor(register, entry) + "\"}\n");
                }
            }
            for (int r = 0; r < REGISTERS; r++) {
                StringBuilder text = new StringBuilder("Synthetic register " + r + "\n\n");
                for (int p = 0; p < PARAGRAPHS; p++) {
                    for (int s = 0; s < SENTENCES_PER_PARAGRAPH; s++) {
                        int entry = p * SENTENCES_PER_PARAGRAPH + s;
                        text.append(s == 0 ? "" : " ").append("Ledger ").append(anchor(r, entry))
                                .append(" a generated meeting between numbered delegates.");
                    }
                    text.append("\n\n");
                }
                Files.writeString(corpus.resolve(registerId(r) + ".txt"), text.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyntheticSeed(seed, corpus, people, statements, REGISTERS * sentencesPerRegister);
    }

    /** Six words that occur in exactly one sentence of the register ("entry 3 of" is not inside "entry 13 of"). */
    static String anchor(int register, int entry) {
        return "entry " + entry + " of register " + register + " records";
    }

    static String registerId(int register) {
        return "synthetic-register-" + String.format("%03d", register);
    }

    private static String personId(int i) {
        return "synthetic-person-" + pad(i);
    }

    private static String pad(int i) {
        return String.format("%07d", i);
    }
}
