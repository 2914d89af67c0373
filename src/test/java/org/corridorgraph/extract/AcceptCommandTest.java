package org.corridorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.DraftFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** accept, as a user runs it, on copies of the seed data and the hand-written draft of the test article. */
class AcceptCommandTest {
    @TempDir
    Path temp;

    private CliRun accept(DraftFixture f, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("accept", f.draft().toString(), "--seed-data", f.seedData().toString(),
                "--corpus", f.corpus().toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The lines accept added to a seed file: what follows the file as it was. */
    private static List<String> added(String before, String after) {
        assertThat(after).as("the file as it was is kept, byte for byte, ahead of the new lines").startsWith(before);
        return after.substring(before.length()).lines().toList();
    }

    @Test
    void candidatesRejectedOnTheReviewPageAreLeftOutUnlessNamedWithOnly() {
        DraftFixture f = DraftFixture.in(temp, true);
        f.appendToDraft("review.jsonl", "{\"id\": \"c-002\", \"decision\": \"reject\"}");
        String statements = f.seed("statements.jsonl");

        CliRun run = accept(f);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("c-002 added");
        assertThat(added(statements, f.seed("statements.jsonl"))).hasSize(5);
    }

    @Test
    void acceptingTheDraftAppendsItsCandidatesWithFinalIdsAndWithoutDraftFieldsAndTheSeedDataStaysValid() {
        DraftFixture f = DraftFixture.in(temp, true);
        String entities = f.seed("entities.jsonl");
        String statements = f.seed("statements.jsonl");

        CliRun run = accept(f);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> newEntities = added(entities, f.seed("entities.jsonl"));
        assertThat(newEntities).containsExactly(
                "{\"id\": \"aktau\", \"name\": \"Aktau\", \"labels\": [\"City\"], \"aliases\": [], \"props\": {}}",
                "{\"id\": \"baku\", \"name\": \"Baku\", \"labels\": [\"City\"], \"aliases\": [], \"props\": {}}",
                "{\"id\": \"eurasia-2\", \"name\": \"Eurasia Ferry Line\", \"labels\": [\"FreightService\"], \"aliases\": [], \"props\": {\"mode\": \"sea\", \"regular\": true}}");
        List<String> newStatements = added(statements, f.seed("statements.jsonl"));
        assertThat(newStatements).hasSize(6);
        assertThat(newStatements.get(0)).isEqualTo("{\"id\": \"" + DraftFixture.st(145) + "\", \"subject\": \"eurasia-2\", \"type\": \"STARTS_IN\", \"object\": \"aktau\", "
                + "\"props\": {}, \"kind\": \"fact\", \"source\": \"caspian-ferry-weekly\", \"anchor\": \"every week from the port city of Aktau\"}");
        assertThat(newStatements.get(5)).startsWith("{\"id\": \"" + DraftFixture.st(150) + "\", \"subject\": \"kazakhstan\", \"type\": \"HAS_INTEREST_IN\"");
        assertThat(String.join("\n", newEntities) + String.join("\n", newStatements))
                .doesNotContain("confidence", "\"rule\"", "\"sentence\"", "c-00");
        assertThat(f.seed("sources.jsonl")).endsWith("{\"id\": \"caspian-ferry-weekly\", \"title\": \"Ferry link across the Caspian gains a weekly slot\", "
                + "\"published\": \"2025-04\", \"origin\": \"a test article written for the review tests\"}\n");
        assertThat(run.out()).contains("statement c-001 added as " + DraftFixture.st(145) + "", "statement c-006 added as " + DraftFixture.st(150) + "",
                "entity eurasia added as eurasia-2 (Eurasia Ferry Line): the id eurasia belongs to another entity",
                "entity astana is the existing astana (Astana); not added again");

        CliRun check = CliRun.of("check", "--seed-data", f.seedData().toString(), "--corpus", f.corpus().toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("the seed data is valid");
    }

    @Test
    void anEntityWithTheNameOfAnExistingOneIsThatEntityNeverADuplicate() {
        DraftFixture f = DraftFixture.in(temp, true);
        f.appendToDraft("entities.jsonl", "{\"id\": \"nur-sultan\", \"name\": \"Nur-Sultan\", \"labels\": [\"City\"], \"confidence\": 0.9}");
        f.appendToDraft("statements.jsonl", "{\"id\": \"c-007\", \"subject\": \"nur-sultan\", \"type\": \"LOCATED_IN\", \"object\": \"central-asia\", "
                + "\"kind\": \"fact\", \"source\": \"caspian-ferry-weekly\", \"anchor\": \"met in Astana to settle the timetable\", \"confidence\": 0.9}");
        String entities = f.seed("entities.jsonl");

        CliRun run = accept(f, "--only", "c-007");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("entity nur-sultan is the existing astana (Astana)", "statement c-007 added as " + DraftFixture.st(145));
        assertThat(f.seed("entities.jsonl")).isEqualTo(entities);
        assertThat(f.seed("statements.jsonl")).contains("{\"id\": \"" + DraftFixture.st(145) + "\", \"subject\": \"astana\", \"type\": \"LOCATED_IN\"");
    }

    @Test
    void onlyAndMinConfidenceChooseTheCandidatesAndTheEntitiesTheyNameComeAlong() {
        DraftFixture f = DraftFixture.in(temp, true);
        String statements = f.seed("statements.jsonl");
        String entities = f.seed("entities.jsonl");

        CliRun one = accept(f, "--only", "c-003");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(added(entities, f.seed("entities.jsonl"))).singleElement().asString().startsWith("{\"id\": \"aktau\"");
        assertThat(added(statements, f.seed("statements.jsonl"))).singleElement().asString()
                .startsWith("{\"id\": \"" + DraftFixture.st(145) + "\", \"subject\": \"aktau\", \"type\": \"LOCATED_IN\", \"object\": \"kazakhstan\"");

        CliRun sure = accept(f, "--min-confidence", "0.8");

        assertThat(sure.exitCode()).as(sure.err()).isZero();
        assertThat(sure.out()).contains("statement c-001 added as " + DraftFixture.st(146) + "", "statement c-002 added as " + DraftFixture.st(147) + "",
                "skipped c-003: already in the seed data as " + DraftFixture.st(145)).doesNotContain("c-004", "c-005", "c-006");
        List<String> now = added(statements, f.seed("statements.jsonl"));
        assertThat(now).hasSize(3);
        assertThat(f.seed("statements.jsonl")).doesNotContain("Baku is the capital", "sea freight");
    }

    @Test
    void acceptingTheSameDraftTwiceChangesNothingTheSecondTime() {
        DraftFixture f = DraftFixture.in(temp, true);
        assertThat(accept(f).exitCode()).isZero();
        Map<String, String> once = f.seedFiles();

        CliRun again = accept(f);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(f.seedFiles()).isEqualTo(once);
        assertThat(again.out()).contains("skipped c-001: already in the seed data as " + DraftFixture.st(145) + "",
                "entity eurasia is the existing eurasia-2", "nothing changed");
    }

    @Test
    void aCandidateTheSchemaRefusesIsReportedAtItsDraftLineAndNothingIsWritten() {
        DraftFixture f = DraftFixture.in(temp, true);
        // a city cannot visit: VISITED starts at a person or a state
        f.appendToDraft("statements.jsonl", "{\"id\": \"c-007\", \"subject\": \"aktau\", \"type\": \"VISITED\", \"object\": \"kazakhstan\", "
                + "\"props\": {\"date\": \"2025-03\"}, \"kind\": \"fact\", \"source\": \"caspian-ferry-weekly\", "
                + "\"anchor\": \"Aktau lies in western Kazakhstan\", \"confidence\": 0.9, \"rule\": \"test\"}");
        Map<String, String> before = f.seedFiles();

        CliRun run = accept(f);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(f.draft().resolve("statements.jsonl") + ":7: c-007 (as " + DraftFixture.st(151) + ")", "VISITED cannot start at aktau",
                "nothing was written", "hint:").doesNotContain("\tat ");
        assertThat(f.seedFiles()).isEqualTo(before);
    }

    @Test
    void linesEditedByHandElsewhereAreKeptByteForByte() throws Exception {
        DraftFixture f = DraftFixture.in(temp, true);
        Path file = f.seedData().resolve("statements.jsonl");
        String text = Files.readString(file);
        // a person's own layout on one line, and a last line without its newline
        String edited = text.replaceFirst("\\{\"id\": \"st-003\", ", "{ \"id\":\"st-003\",   ").stripTrailing();
        Files.writeString(file, edited);

        CliRun run = accept(f, "--only", "c-005");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String after = Files.readString(file);
        assertThat(after).startsWith(edited + "\n{\"id\": \"" + DraftFixture.st(145) + "\", \"subject\": \"kazakhstan\", \"type\": \"COOPERATES_WITH\"");
        assertThat(after.lines().count()).isEqualTo(edited.lines().count() + 1);
    }

    @Test
    void aDraftWhoseArticleIsNotInTheCorpusIsRefusedWithAHint() {
        DraftFixture f = DraftFixture.in(temp, false);
        Map<String, String> before = f.seedFiles();

        CliRun run = accept(f);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the draft's article caspian-ferry-weekly is not in the corpus folder " + f.corpus(),
                "hint: copy caspian-ferry-weekly.txt into " + f.corpus());
        assertThat(f.seedFiles()).isEqualTo(before);
    }

    @Test
    void anOnlyNamingNoCandidateIsRefusedWithTheCandidatesListed() {
        DraftFixture f = DraftFixture.in(temp, true);
        Map<String, String> before = f.seedFiles();

        CliRun run = accept(f, "--only", "c-001,c-099");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--only names c-099, not a candidate", "hint: the draft's candidates: aktau, astana, baku, c-001");
        assertThat(f.seedFiles()).isEqualTo(before);
    }

    @Test
    void anEmptyDraftAcceptsNothingAndChangesNothing() throws Exception {
        DraftFixture f = DraftFixture.in(temp, true);
        Files.writeString(f.draft().resolve("entities.jsonl"), "");
        Files.writeString(f.draft().resolve("statements.jsonl"), "\n");
        Map<String, String> before = f.seedFiles();

        CliRun run = accept(f);

        // extract writes an empty draft when the seed data already holds all it found: accepting it is no error
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("nothing");
        assertThat(f.seedFiles()).isEqualTo(before);
    }

    @Test
    void aDraftFileThatIsNotUtf8OrIsBinaryIsNamedWithItsLineAndNothingChanges() throws Exception {
        DraftFixture f = DraftFixture.in(temp, true);
        Path statements = f.draft().resolve("statements.jsonl");
        byte[] text = Files.readAllBytes(statements);
        byte[] latin1 = "{\"id\": \"c-007\", \"subject\": \"Bak\u00fb\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(statements, concat(text, latin1));
        Files.write(f.draft().resolve("entities.jsonl"), new byte[] {'{', 0, 1, 2, (byte) 0xff});
        Map<String, String> before = f.seedFiles();

        CliRun run = accept(f);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(statements + ":7: the file is not UTF-8 text", "save it as UTF-8",
                f.draft().resolve("entities.jsonl") + ":1: the file is binary", "nothing was written");
        assertThat(f.seedFiles()).isEqualTo(before);
    }

    @Test
    void aMalformedDraftLineIsNamedWithItsFileAndLine() {
        DraftFixture f = DraftFixture.in(temp, true);
        f.appendToDraft("statements.jsonl", "{\"id\": \"c-007\", \"subject\": \"aktau\"");
        f.appendToDraft("statements.jsonl", "{\"id\": \"c-008\", \"subject\": \"aktau\", \"type\": \"LOCATED_IN\", \"object\": \"kazakhstan\", "
                + "\"kind\": \"fact\", \"source\": \"caspian-ferry-weekly\", \"anchor\": \"x\", \"confidence\": 7, \"score\": 1}");
        Map<String, String> before = f.seedFiles();

        CliRun run = accept(f);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(f.draft().resolve("statements.jsonl") + ":7: not valid JSON",
                f.draft().resolve("statements.jsonl") + ":8: unknown field 'score'", ":8: confidence 7 is not a number from 0 to 1");
        assertThat(f.seedFiles()).isEqualTo(before);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
