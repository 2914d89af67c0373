package org.corridorgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.Paragraph;
import org.corridorgraph.corpus.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What `check` tells a user about their seed data, without a database or files: a tiny schema, seed
 * lines as JSON, one made-up article. Each test breaks one thing in data that is otherwise valid, and
 * reads the problem as it is printed: file:line, message, hint.
 */
class SeedValidatorTest {
    /** Single quotes keep the seed lines readable here; the product reads standard JSON. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
    private static final String ENTITIES = "seed-data/" + SeedLoader.ENTITIES;
    private static final String STATEMENTS = "seed-data/" + SeedLoader.STATEMENTS;
    private static final String BACKGROUND = "seed-data/" + SeedLoader.BACKGROUND;
    private static final String SOURCE = "caspian-notes";

    private static final Schema SCHEMA = new Schema(
            Map.of("State", label("State", property("iso2", ValueType.STRING, true, "two-letter country code")),
                    "Person", label("Person"),
                    "Bloc", label("Bloc", new PropertyDef("blocType", ValueType.STRING, false,
                            List.of("economic-union", "regional-organisation"), "")),
                    "FreightService", label("FreightService")),
            Map.of("MEMBER_OF", relationship("MEMBER_OF", "State", "Bloc", property("since", ValueType.PARTIAL_DATE, false, "")),
                    "MET_WITH", relationship("MET_WITH", "Person", "Person", property("date", ValueType.DATE, true, ""),
                            property("place", ValueType.STRING, false, "")),
                    "TRANSITS", relationship("TRANSITS", "FreightService", "State",
                            property("order", ValueType.INTEGER, true, "position along the route")),
                    "BORDERS", relationship("BORDERS", "State", "State")),
            Map.of());

    /** Our own sentences; "Kazakhstan" is in three of them, on purpose. */
    private static final Article ARTICLE = article(SOURCE,
            List.of("Kazakhstan and Iran agree to run more freight trains.",
                    "The Steppe Express crosses Kazakhstan before Turkmenistan on its way south."),
            List.of("Tokayev met Pezeshkian in Astana in December.",
                    "Kazakhstan joined the SCO when the bloc was founded."),
            List.of("Iran’s railways carry the containers onward to the Gulf."));

    /** A second source that states one of the first article's claims in other words. */
    private static final Article OTHER_ARTICLE = article("steppe-daily",
            List.of("The Steppe Express runs across Kazakhstan every week."));

    private final List<String> entities = new ArrayList<>(List.of(
            "{'id': 'kazakhstan', 'name': 'Kazakhstan', 'labels': ['State'], 'aliases': ['Republic of Kazakhstan', 'Kazakh'], 'props': {'iso2': 'KZ'}}",
            "{'id': 'turkmenistan', 'name': 'Turkmenistan', 'labels': ['State'], 'aliases': ['Turkmen'], 'props': {'iso2': 'TM'}}",
            "{'id': 'iran', 'name': 'Iran', 'labels': ['State'], 'props': {'iso2': 'IR'}}",
            "{'id': 'sco', 'name': 'Shanghai Cooperation Organisation', 'labels': ['Bloc'], 'aliases': ['SCO'], 'props': {'blocType': 'regional-organisation'}}",
            "{'id': 'tokayev', 'name': 'Kassym-Jomart Tokayev', 'labels': ['Person']}",
            "{'id': 'pezeshkian', 'name': 'Masoud Pezeshkian', 'labels': ['Person']}",
            "{'id': 'steppe-express', 'name': 'Steppe Express', 'labels': ['FreightService']}"));

    private final List<String> statements = new ArrayList<>(List.of(
            "{'id': 'st-1', 'subject': 'kazakhstan', 'type': 'MEMBER_OF', 'object': 'sco', 'props': {'since': '2001'}, 'kind': 'fact', 'source': 'caspian-notes', 'anchor': 'Kazakhstan joined the SCO'}",
            "{'id': 'st-2', 'subject': 'steppe-express', 'type': 'TRANSITS', 'object': 'kazakhstan', 'props': {'order': 1}, 'kind': 'fact', 'source': 'caspian-notes', 'anchor': 'crosses Kazakhstan before Turkmenistan'}",
            "{'id': 'st-3', 'subject': 'steppe-express', 'type': 'TRANSITS', 'object': 'turkmenistan', 'props': {'order': 2}, 'kind': 'fact', 'source': 'caspian-notes', 'anchor': 'crosses Kazakhstan before Turkmenistan'}",
            "{'id': 'st-4', 'subject': 'tokayev', 'type': 'MET_WITH', 'object': 'pezeshkian', 'props': {'date': '2025-12-11', 'place': 'Astana'}, 'kind': 'reported', 'speaker': 'tokayev', 'source': 'caspian-notes', 'anchor': 'Tokayev met Pezeshkian in Astana'}"));

    private final List<String> background = new ArrayList<>(List.of(
            "{'id': 'bg-1', 'subject': 'kazakhstan', 'type': 'BORDERS', 'object': 'turkmenistan', 'props': {}, 'kind': 'fact', 'source': 'background', 'reference': 'https://example.org/borders'}"));

    // ---------- valid data ----------

    @Test
    void theFixtureIsValidAndEachAnchorLocatesItsOneSentence() {
        ValidatedSeed seed = new SeedValidator().validate(seed(), List.of(ARTICLE));

        assertThat(seed.warnings()).isEmpty();
        assertThat(seed.statements()).extracting(ValidatedStatement::id).containsExactly("st-1", "st-2", "st-3", "st-4", "bg-1");
        assertThat(statement(seed, "st-2").evidence()).extracting(Sentence::id).containsExactly(SOURCE + "#p1.s2");
        assertThat(statement(seed, "st-4").props()).containsEntry("date", LocalDate.of(2025, 12, 11));
        assertThat(statement(seed, "bg-1").evidence()).isEmpty();
    }

    @Test
    void curlyQuotesAndLineBreaksInAnAnchorDoNotMakeItMiss() {
        // the article has a typographic apostrophe; people type a straight one and wrap long lines
        edit(statements, 1, n -> n.put("anchor", "Iran's  railways\ncarry"));

        ValidatedSeed seed = new SeedValidator().validate(seed(), List.of(ARTICLE));

        assertThat(statement(seed, "st-1").evidence()).extracting(Sentence::id).containsExactly(SOURCE + "#p3.s1");
    }

    @Test
    void withoutACorpusAnchorsAreNotCheckedAndTheUserIsToldEvidenceStaysUnresolved() {
        edit(statements, 1, n -> n.put("anchor", "words no article has"));

        ValidatedSeed seed = new SeedValidator().validate(seed(), List.of());

        assertThat(seed.warnings()).containsExactly(
                "no corpus was read: 4 article statements are loaded with their evidence marked unresolved");
        assertThat(seed.statements()).allSatisfy(s -> assertThat(s.evidence()).isEmpty());
    }

    // ---------- entities ----------

    @Test
    void anUnknownEntityIsReportedWithTheNearestIdFirstAmongTheSuggestions() {
        edit(statements, 2, n -> n.put("subject", "steppe-expres"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":2");
        assertThat(problem.message()).isEqualTo("statement st-2: unknown subject entity 'steppe-expres'");
        assertThat(problem.hint()).matches("did you mean\\W+steppe-express\\b.*").endsWith("Or add it to entities.jsonl");
    }

    @Test
    void anEntityReferredToByNameOrAliasIsPointedToItsId() {
        edit(statements, 2, n -> n.put("object", "Republic of Kazakhstan"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":2");
        assertThat(problem.message()).isEqualTo("statement st-2: unknown object entity 'Republic of Kazakhstan'");
        assertThat(problem.hint()).isEqualTo("refer to entities by id: use kazakhstan");
    }

    @Test
    void anAliasSharedByTwoEntitiesIsReportedAtTheSecondWhateverItsCaseOrAccents() {
        edit(entities, 3, n -> n.putArray("aliases").add("TÜRKMEN"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(ENTITIES + ":3");
        assertThat(problem.message()).isEqualTo("name or alias 'TÜRKMEN' of iran is already used by turkmenistan");
        assertThat(problem.hint()).isEqualTo("an alias must point to one entity; remove it from one of them");
    }

    @Test
    void anUnknownLabelIsReportedWithTheLabelsTheSchemaHas() {
        edit(entities, 3, n -> n.putArray("labels").add("Country"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(ENTITIES + ":3");
        assertThat(problem.message()).isEqualTo("entity iran has unknown label Country");
        assertThat(problem.hint()).startsWith("use one of").contains("State", "Person", "Bloc", "FreightService");
    }

    @Test
    void aValueOutsideTheAllowedOnesListsThem() {
        edit(entities, 4, n -> ((ObjectNode) n.get("props")).put("blocType", "alliance"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(ENTITIES + ":4");
        assertThat(problem.message()).isEqualTo("entity sco: property blocType = alliance is not an allowed value");
        assertThat(problem.hint()).isEqualTo("allowed: economic-union, regional-organisation");
    }

    // ---------- types and endpoints ----------

    @Test
    void aTypeNotInTheSchemaSuggestsTheNearestDeclaredTypeAndWhereTypesAreDeclared() {
        edit(statements, 1, n -> n.put("type", "MEMBER_0F"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":1");
        assertThat(problem.message()).isEqualTo("statement st-1: relationship type MEMBER_0F is not in the schema");
        assertThat(problem.hint()).matches("did you mean\\W+MEMBER_OF\\b.*").contains("schema.json");
    }

    @Test
    void anEndpointWithTheWrongLabelNamesTheEntityItsLabelsAndTheLabelsAllowedAtThatEnd() {
        edit(statements, 1, n -> n.put("subject", "tokayev"));
        edit(statements, 2, n -> n.put("object", "sco"));

        List<Problem> problems = problems();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).at()).hasToString(STATEMENTS + ":1");
        assertThat(problems.get(0).message()).isEqualTo("statement st-1: MEMBER_OF cannot start at tokayev [Person]");
        assertThat(problems.get(0).hint()).isEqualTo("its start must be one of [State]; check the entity or the type");
        assertThat(problems.get(1).at()).hasToString(STATEMENTS + ":2");
        assertThat(problems.get(1).message()).isEqualTo("statement st-2: TRANSITS cannot end at sco [Bloc]");
        assertThat(problems.get(1).hint()).isEqualTo("its end must be one of [State]; check the entity or the type");
    }

    // ---------- properties ----------

    @Test
    void aMissingRequiredPropertySaysWhatToAddAndWhatItMeans() {
        edit(statements, 3, n -> ((ObjectNode) n.get("props")).remove("order"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":3");
        assertThat(problem.message()).isEqualTo("statement st-3 (TRANSITS): required property order is missing");
        assertThat(problem.hint()).isEqualTo("add \"order\": a whole number (position along the route)");
    }

    @Test
    void aWordWhereANumberBelongsSaysWhichTypeIsExpected() {
        edit(statements, 2, n -> ((ObjectNode) n.get("props")).put("order", "first"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":2");
        assertThat(problem.message()).isEqualTo("statement st-2 (TRANSITS): property order = \"first\" is not a whole number");
        assertThat(problem.hint()).isEqualTo("give a whole number");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefused() {
        edit(statements, 2, n -> ((ObjectNode) n.get("props")).put("order", 1.5));

        assertThat(theProblem().message()).isEqualTo("statement st-2 (TRANSITS): property order = 1.5 is not a whole number");
    }

    @Test
    void aPropertyTheTypeDoesNotDeclareListsTheDeclaredOnes() {
        edit(statements, 4, n -> ((ObjectNode) n.get("props")).put("colour", "blue"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":4");
        assertThat(problem.message()).isEqualTo("statement st-4 (MET_WITH): property colour is not declared");
        assertThat(problem.hint()).startsWith("declared: ").contains("date", "place");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-40", "2025-02-30", "11 December 2025", "2025-12"})
    void aDateThatIsNotAnIsoCalendarDateIsReportedWithTheFormatToUse(String date) {
        edit(statements, 4, n -> ((ObjectNode) n.get("props")).put("date", date));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":4");
        assertThat(problem.message())
                .isEqualTo("statement st-4 (MET_WITH): property date = \"" + date + "\" is not an ISO date yyyy-mm-dd");
        assertThat(problem.hint()).isEqualTo("write dates as 2025-12-11");
    }

    // ---------- duplicates ----------

    @Test
    void aDuplicateStatementNamesTheStatementItRepeatsAndItsLine() {
        statements.add(statements.get(1));
        edit(statements, 5, n -> n.put("id", "st-9"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":5");
        assertThat(problem.message()).isEqualTo("statement st-9 duplicates st-2 at " + STATEMENTS + ":2");
        assertThat(problem.hint()).isEqualTo("remove one of them, or make their properties differ; the same claim from another source corroborates it");
    }

    @Test
    void theSameClaimFromAnotherSourceCorroboratesItAndIsKept() {
        statements.add("{'id': 'st-9', 'subject': 'steppe-express', 'type': 'TRANSITS', 'object': 'kazakhstan', 'props': {'order': 1},"
                + " 'kind': 'reported', 'speaker': 'tokayev', 'source': 'steppe-daily', 'anchor': 'runs across Kazakhstan'}");

        ValidatedSeed seed = new SeedValidator().validate(seed(), List.of(ARTICLE, OTHER_ARTICLE));

        assertThat(seed.statements()).extracting(ValidatedStatement::id).contains("st-2", "st-9");
        assertThat(statement(seed, "st-9").evidence()).extracting(Sentence::id).containsExactly("steppe-daily#p1.s1");
    }

    @Test
    void aRepeatFromTheSameSourceIsRefusedWithItsLineEvenWhenAnotherSourceCorroboratesTheClaim() {
        statements.add("{'id': 'st-9', 'subject': 'steppe-express', 'type': 'TRANSITS', 'object': 'kazakhstan', 'props': {'order': 1},"
                + " 'kind': 'fact', 'source': 'steppe-daily', 'anchor': 'runs across Kazakhstan'}");
        statements.add(statements.get(1));
        edit(statements, 6, n -> n.put("id", "st-10").put("kind", "assessment"));

        Problem problem = catchThrowableOfType(SeedValidationException.class,
                () -> new SeedValidator().validate(seed(), List.of(ARTICLE, OTHER_ARTICLE))).problems().get(0);

        // another kind of the same claim from the same article is still a repeat
        assertThat(problem.at()).hasToString(STATEMENTS + ":6");
        assertThat(problem.message()).isEqualTo("statement st-10 duplicates st-2 at " + STATEMENTS + ":2");
    }

    @Test
    void twoBackgroundStatementsOfOneClaimAreOneSourceRepeatingItself() {
        background.add(background.get(0));
        edit(background, 2, n -> n.put("id", "bg-2").put("reference", "https://example.org/other-borders"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(BACKGROUND + ":2");
        assertThat(problem.message()).isEqualTo("statement bg-2 duplicates bg-1 at " + BACKGROUND + ":1");
    }

    @Test
    void theSameClaimWithOtherPropertiesIsNotADuplicate() {
        statements.add(statements.get(1));
        edit(statements, 5, n -> ((ObjectNode) n.put("id", "st-9").get("props")).put("order", 3));

        assertThat(new SeedValidator().validate(seed(), List.of(ARTICLE)).statements()).hasSize(6);
    }

    @Test
    void aStatementIdUsedTwiceNamesTheLineThatHasItFirst() {
        edit(statements, 3, n -> n.put("id", "st-2"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":3");
        assertThat(problem.message()).isEqualTo("statement id st-2 is already used at " + STATEMENTS + ":2");
        assertThat(problem.hint()).isEqualTo("give each statement its own id");
    }

    // ---------- anchors ----------

    @Test
    void anAnchorFoundInNoSentenceSaysToCopyTheWordsExactly() {
        edit(statements, 1, n -> n.put("anchor", "Kazakhstan left the SCO"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":1");
        assertThat(problem.message()).isEqualTo("statement st-1: anchor \"Kazakhstan left the SCO\" is found in no sentence of " + SOURCE);
        assertThat(problem.hint()).startsWith("copy the words exactly").contains("within one sentence");
    }

    @Test
    void anAnchorThatRunsAcrossTwoSentencesIsFoundInNone() {
        edit(statements, 1, n -> n.put("anchor", "freight trains. The Steppe Express"));

        assertThat(theProblem().message()).endsWith("is found in no sentence of " + SOURCE);
    }

    @Test
    void anAnchorFoundInSeveralSentencesNamesThemAndAsksForALongerAnchor() {
        edit(statements, 1, n -> n.put("anchor", "Kazakhstan"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":1");
        // the other diagnosis must not stand in for this one: the words are there, too often
        assertThat(problem.message()).startsWith("statement st-1: anchor \"Kazakhstan\" is found in 3 sentences: ")
                .contains(SOURCE + "#p1.s1", SOURCE + "#p1.s2", SOURCE + "#p2.s2")
                .doesNotContain("no sentence", SOURCE + "#p2.s1", SOURCE + "#p3.s1");
        assertThat(problem.hint()).isEqualTo("lengthen the anchor with words that only the supporting sentence has");
    }

    @Test
    void anAnchorLongerThanEightWordsIsRefusedEvenWhenItIsFound() {
        edit(statements, 2, n -> n.put("anchor", "The Steppe Express crosses Kazakhstan before Turkmenistan on its"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":2");
        assertThat(problem.message()).isEqualTo("statement st-2: anchor has 9 words");
        assertThat(problem.hint()).startsWith("keep anchors to at most 8 words");
    }

    @Test
    void aSourceTheCorpusDoesNotHoldListsTheArticlesRead() {
        edit(statements, 1, n -> n.put("source", "caspian-note"));

        Problem problem = theProblem();

        assertThat(problem.at()).hasToString(STATEMENTS + ":1");
        assertThat(problem.message()).isEqualTo("statement st-1: source caspian-note is not in the corpus");
        assertThat(problem.hint()).contains("[" + SOURCE + "]");
    }

    // ---------- the report ----------

    @Test
    void everyProblemIsReportedAtOnceEachWithItsFileLineAndHint() {
        edit(statements, 1, n -> n.put("type", "ALLIED_WITH"));
        edit(background, 1, n -> n.remove("reference"));

        SeedValidationException e = rejection();

        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).startsWith("2 problems in the seed data; nothing was written:")
                .contains("\n  " + STATEMENTS + ":1: statement st-1: relationship type ALLIED_WITH is not in the schema\n    hint: did you mean")
                .contains("\n  " + BACKGROUND + ":1: background statement bg-1 has no public reference URL\n    hint: add \"reference\"");
    }

    // ---------- helpers ----------

    /** The one problem the edited seed has, after checking the report prints it. */
    private Problem theProblem() {
        List<Problem> problems = problems();
        assertThat(problems).as("problems reported").hasSize(1);
        return problems.get(0);
    }

    private List<Problem> problems() {
        SeedValidationException e = rejection();
        // what the user reads is the message: every problem must be in it with its place and hint
        assertThat(e.problems()).allSatisfy(p -> assertThat(e.getMessage()).contains(p.at() + ": " + p.message() + "\n    hint: " + p.hint()));
        return e.problems();
    }

    private SeedValidationException rejection() {
        SeedValidationException e = catchThrowableOfType(SeedValidationException.class,
                () -> new SeedValidator().validate(seed(), List.of(ARTICLE)));
        assertThat(e).as("the seed data is rejected").isNotNull();
        return e;
    }

    private static ValidatedStatement statement(ValidatedSeed seed, String id) {
        return seed.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Changes line LINE (1-based) of a seed file, as a user editing it would. */
    private static void edit(List<String> lines, int line, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) read(lines.get(line - 1));
        change.accept(node);
        lines.set(line - 1, node.toString());
    }

    /** The seed lines as records, each at its file and line, as SeedLoader hands them over. */
    private SeedSet seed() {
        List<Entity> readEntities = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            JsonNode n = read(entities.get(i));
            readEntities.add(new Entity(text(n, "id"), text(n, "name"), strings(n.path("labels")), strings(n.path("aliases")),
                    fields(n.path("props")), new Location(ENTITIES, i + 1)));
        }
        List<Statement> readStatements = new ArrayList<>();
        readStatements.addAll(statements(statements, STATEMENTS));
        readStatements.addAll(statements(background, BACKGROUND));
        // the article is described in sources.jsonl, as every article of the real seed data is
        SourceEntry source = new SourceEntry(SOURCE, "Notes on the Caspian", null, JSON.getNodeFactory().textNode("2025-12"),
                "our own fixture", new Location("seed-data/" + SeedLoader.SOURCES, 1));
        return new SeedSet(SCHEMA, readEntities, readStatements, List.of(), List.of(source));
    }

    private static List<Statement> statements(List<String> lines, String file) {
        List<Statement> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = read(lines.get(i));
            result.add(new Statement(text(n, "id"), text(n, "subject"), text(n, "type"), text(n, "object"), fields(n.path("props")),
                    text(n, "kind"), text(n, "speaker"), text(n, "source"), text(n, "anchor"), text(n, "reference"),
                    new Location(file, i + 1)));
        }
        return result;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        it.forEachRemaining(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static PropertyDef property(String name, ValueType type, boolean required, String description) {
        return new PropertyDef(name, type, required, List.of(), description);
    }

    private static LabelDef label(String name, PropertyDef... properties) {
        return new LabelDef(name, "", LabelStyle.UNLABELLED, byName(properties));
    }

    private static RelationshipDef relationship(String type, String from, String to, PropertyDef... properties) {
        return new RelationshipDef(type, "", List.of(from), List.of(to), byName(properties));
    }

    private static Map<String, PropertyDef> byName(PropertyDef... properties) {
        Map<String, PropertyDef> result = new LinkedHashMap<>();
        for (PropertyDef p : properties) {
            result.put(p.name(), p);
        }
        return result;
    }

    /** An article whose paragraphs start on lines 3, 5, 7 …, as if separated by blank lines under a title. */
    @SafeVarargs
    private static Article article(String id, List<String>... paragraphs) {
        List<Paragraph> result = new ArrayList<>();
        for (int p = 0; p < paragraphs.length; p++) {
            int line = 3 + 2 * p;
            List<Sentence> sentences = new ArrayList<>();
            for (int s = 0; s < paragraphs[p].size(); s++) {
                sentences.add(new Sentence(id, p + 1, s + 1, line, paragraphs[p].get(s)));
            }
            result.add(new Paragraph(p + 1, line, String.join(" ", paragraphs[p]), sentences));
        }
        return new Article(id, Path.of(id + ".txt"), "Notes on the Caspian", result, List.of());
    }
}
