package org.corridorgraph.harness;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A synthetic corpus in our schema, of about a given number of relationships in the imported graph:
 * states on a grid (each borders its grid neighbours), regions of 4 × 4 states, blocs, people,
 * events, and corridors, railways, freight services and pipelines that cross neighbouring states in
 * order; article statements with an anchor in one generated sentence each, grouped 40 to an article;
 * background statements (borders, regions) with a reference. Every word is generated here (for
 * example "Item 812: Synthetic State 12 joined Synthetic Bloc 4 in 2011."); nothing is taken from a
 * real article.
 *
 * <p>Relationships in the graph: one per statement, one IN_SOURCE per sentence, and the LEG and HOP
 * relationships the importer derives. The generator aims at the total and reports its estimate; the
 * benchmark reports what the import actually made.
 *
 * <p>The harness's one generator of seed data and corpora ({@link SyntheticArticle} writes the single long article
 * bench-extract reads): bench --scale imports it at up to millions of relationships and asks
 * it the canned queries; the killed-import scenario imports one of about 100,000 relationships, which
 * writes long enough to be killed mid-write. It validates against the real schema, so an import of it
 * gets to the write. Deterministic for a given seed.
 */
public final class SyntheticCorpus {
    static final int SENTENCES_PER_ARTICLE = 40;
    static final int SENTENCES_PER_PARAGRAPH = 10;
    static final String REFERENCE = "https://example.org/synthetic-background";

    /**
     * Where the files are, what they hold, and entities to ask about.
     *
     * @param routeFrom the first stop of a carrier with at least four stops
     * @param routeTo   its last stop
     * @param routeVia  the region of one of its middle stops
     */
    public record Generated(Path seedData, Path corpus, long target, long estimatedRelationships, int states, int blocs,
                            int persons, int events, int carriers, int regions, int articles, long articleStatements,
                            long backgroundStatements, String routeFrom, String routeTo, String routeVia, String pathFrom,
                            String pathTo, String member, String centre) {
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target_relationships", target);
            m.put("estimated_relationships", estimatedRelationships);
            m.put("states", states);
            m.put("blocs", blocs);
            m.put("persons", persons);
            m.put("events", events);
            m.put("carriers", carriers);
            m.put("regions", regions);
            m.put("articles", articles);
            m.put("article_statements", articleStatements);
            m.put("background_statements", backgroundStatements);
            return m;
        }

        /** Every entity: states, regions, blocs, people, events and carriers. */
        public int entities() {
            return states + regions + blocs + persons + events + carriers;
        }

        /** Generated sentences: one per article statement. */
        public long sentences() {
            return articleStatements;
        }
    }

    private final ObjectMapper mapper;
    private final Random random;

    public SyntheticCorpus(ObjectMapper mapper, long seed) {
        this.mapper = mapper;
        this.random = new Random(seed);
    }

    /**
     * @param schemaJson the text of seed-data/schema.json, copied unchanged
     */
    public Generated generate(Path dir, long targetRelationships, String schemaJson) {
        try {
            return write(dir, targetRelationships, schemaJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Generated write(Path dir, long target, String schemaJson) throws IOException {
        Path seed = Files.createDirectories(dir.resolve("seed-data"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(seed.resolve("schema.json"), schemaJson, StandardCharsets.UTF_8);

        int states = (int) Math.max(16, Math.min(4000, Math.round(Math.sqrt(target) * 2)));
        int width = (int) Math.ceil(Math.sqrt(states));
        int blocs = Math.max(5, states / 5);
        int persons = (int) Math.max(20, target / 100);
        int events = (int) Math.max(20, target / 50);
        int carriers = Math.max(4, states / 2);
        int regionsAcross = (width + 3) / 4;
        int rows = (states + width - 1) / width;
        int regions = regionsAcross * ((rows + 3) / 4);

        try (BufferedWriter entities = Files.newBufferedWriter(seed.resolve("entities.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter statements = Files.newBufferedWriter(seed.resolve("statements.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter background = Files.newBufferedWriter(seed.resolve("background.jsonl"), StandardCharsets.UTF_8)) {
            Articles articles = new Articles(corpus, statements);

            // entities
            for (int s = 0; s < states; s++) {
                entity(entities, state(s), "Synthetic State " + s, "State", Map.of("iso2", "Z" + s, "iso3", "ZZ" + s));
            }
            for (int r = 0; r < regions; r++) {
                entity(entities, "region-" + r, "Synthetic Region " + r, "Region", Map.of());
            }
            for (int b = 0; b < blocs; b++) {
                entity(entities, "bloc-" + b, "Synthetic Bloc " + b, "Bloc", Map.of("blocType", "regional-organisation"));
            }
            for (int p = 0; p < persons; p++) {
                entity(entities, "person-" + p, "Synthetic Person " + p, "Person", Map.of());
            }
            for (int e = 0; e < events; e++) {
                entity(entities, "event-" + e, "Synthetic Summit " + e, "Event", Map.of("eventType", "summit", "date", date()));
            }
            String[] carrierLabels = {"Corridor", "Railway", "FreightService", "Pipeline"};
            String[] carrierNames = {"Synthetic Corridor ", "Synthetic Railway ", "Synthetic Freight Service ", "Synthetic Pipeline "};
            for (int c = 0; c < carriers; c++) {
                int kind = c % 4;
                Map<String, Object> props = switch (kind) {
                    case 0 -> Map.of("mode", "multimodal", "modes", List.of("rail", "road"));
                    case 2 -> Map.of("mode", "rail", "regular", true);
                    case 3 -> Map.of("mode", "pipeline", "product", "gas");
                    default -> Map.of("mode", "rail");
                };
                entity(entities, "carrier-" + c, carrierNames[kind] + c, carrierLabels[kind], props);
            }

            // background: borders between grid neighbours, states in regions of 4 × 4
            long backgroundCount = 0;
            for (int s = 0; s < states; s++) {
                int x = s % width;
                int y = s / width;
                if (x + 1 < width && s + 1 < states) {
                    backgroundStatement(background, "bg-border-" + s + "-e", state(s), "BORDERS", state(s + 1), Map.of());
                    backgroundCount++;
                }
                if (s + width < states) {
                    backgroundStatement(background, "bg-border-" + s + "-s", state(s), "BORDERS", state(s + width), Map.of());
                    backgroundCount++;
                }
                backgroundStatement(background, "bg-region-" + s, state(s), "PART_OF", region(s, width, regionsAcross), Map.of());
                backgroundCount++;
            }

            // carriers: walks over neighbouring states, 4 to 8 stops
            String routeFrom = null;
            String routeTo = null;
            String routeVia = null;
            long carrierLegs = 0;
            for (int c = 0; c < carriers; c++) {
                List<Integer> stops = walk(random.nextInt(states), 4 + random.nextInt(5), states, width);
                String id = "carrier-" + c;
                String name = carrierNames[c % 4] + c;
                for (int i = 0; i < stops.size(); i++) {
                    int s = stops.get(i);
                    if (i == 0) {
                        articles.statement(id, "STARTS_IN", state(s), Map.of(), name + " starts in Synthetic State " + s + ".");
                    } else if (i == stops.size() - 1) {
                        articles.statement(id, "ENDS_IN", state(s), Map.of(), name + " ends in Synthetic State " + s + ".");
                    } else {
                        articles.statement(id, "TRANSITS", state(s), Map.of("order", i),
                                name + " crosses Synthetic State " + s + " as stop " + i + ".");
                    }
                }
                carrierLegs += stops.size() - 1;
                if (routeFrom == null && stops.size() >= 4) {
                    routeFrom = state(stops.get(0));
                    routeTo = state(stops.get(stops.size() - 1));
                    routeVia = region(stops.get(stops.size() / 2), width, regionsAcross);
                }
            }
            for (int e = 0; e < events; e++) {
                int s = random.nextInt(states);
                articles.statement("event-" + e, "TOOK_PLACE_IN", state(s), Map.of(),
                        "Synthetic Summit " + e + " took place in Synthetic State " + s + ".");
            }

            // what the importer derives: a border LEG per border, a carrier LEG per consecutive pair, a HOP per neighbouring pair
            int borders = (int) (backgroundCount - states);
            long fixed = backgroundCount + borders + carrierLegs + borders;
            long estimate = fixed + articles.count * 2;
            // article statements of every other kind until the total is reached: each adds a relationship and a sentence
            Set<String> seen = new HashSet<>();
            while (estimate < target) {
                int roll = random.nextInt(100);
                boolean added;
                if (roll < 15) {
                    int s = random.nextInt(states);
                    int b = random.nextInt(blocs);
                    String year = year();
                    added = seen.add(state(s) + "M" + b) && articles.statement(state(s), "MEMBER_OF", "bloc-" + b,
                            Map.of("status", "full", "since", year), "Synthetic State " + s + " joined Synthetic Bloc " + b + " in " + year + ".");
                } else if (roll < 20) {
                    int p = random.nextInt(persons);
                    int s = random.nextInt(states);
                    String year = year();
                    added = seen.add("p" + p + "H" + s) && articles.statement("person-" + p, "HOLDS_OFFICE", state(s),
                            Map.of("role", "minister", "since", year),
                            "Synthetic Person " + p + " served Synthetic State " + s + " as minister from " + year + ".");
                } else if (roll < 35) {
                    int p = random.nextInt(persons);
                    int s = random.nextInt(states);
                    String date = date();
                    added = seen.add("p" + p + "V" + s + date) && articles.statement("person-" + p, "VISITED", state(s),
                            Map.of("date", date), "Synthetic Person " + p + " visited Synthetic State " + s + " on " + date + ".");
                } else if (roll < 50) {
                    int p = random.nextInt(persons);
                    int q = random.nextInt(persons);
                    String date = date();
                    added = p != q && seen.add("p" + p + "W" + q + date) && articles.statement("person-" + p, "MET_WITH", "person-" + q,
                            Map.of("date", date), "Synthetic Person " + p + " met Synthetic Person " + q + " on " + date + ".");
                } else if (roll < 70) {
                    int p = random.nextInt(persons);
                    int e = random.nextInt(events);
                    added = seen.add("p" + p + "P" + e) && articles.statement("person-" + p, "PARTICIPATED_IN", "event-" + e,
                            Map.of("role", "speaker"), "Synthetic Person " + p + " spoke at Synthetic Summit " + e + ".");
                } else if (roll < 75) {
                    int e = random.nextInt(events);
                    int b = random.nextInt(blocs);
                    added = seen.add("e" + e + "U" + b) && articles.statement("event-" + e, "HELD_UNDER", "bloc-" + b, Map.of(),
                            "Synthetic Summit " + e + " was convened under Synthetic Bloc " + b + ".");
                } else if (roll < 85) {
                    int s = random.nextInt(states);
                    int t = random.nextInt(states);
                    String field = FIELDS[random.nextInt(FIELDS.length)];
                    added = s != t && seen.add(s + "C" + t + field) && articles.statement(state(s), "COOPERATES_WITH", state(t),
                            Map.of("field", field), "Synthetic State " + s + " cooperates with Synthetic State " + t + " on " + field + ".");
                } else if (roll < 95) {
                    int s = random.nextInt(states);
                    int t = random.nextInt(states);
                    String date = date();
                    added = s != t && seen.add(s + "S" + t + date) && articles.statement(state(s), "SUMMIT_WITH", state(t),
                            Map.of("date", date), "Synthetic State " + s + " held a summit with Synthetic State " + t + " on " + date + ".");
                } else {
                    int s = random.nextInt(states);
                    int t = random.nextInt(states);
                    String matter = FIELDS[random.nextInt(FIELDS.length)] + " policy";
                    added = s != t && seen.add(s + "N" + t + matter) && articles.statement(state(s), "VIEWS_NEGATIVELY", state(t),
                            Map.of("matter", matter), "Synthetic State " + s + " views Synthetic State " + t + " negatively over " + matter + ".");
                }
                if (added) {
                    estimate += 2;
                }
            }
            articles.close();
            return new Generated(seed, corpus, target, estimate, states, blocs, persons, events, carriers, regions, articles.files,
                    articles.count, backgroundCount, routeFrom, routeTo, routeVia, state(0), state(states / 2 + width / 2), state(1),
                    state(width + 1));
        }
    }

    private static final String[] FIELDS = {"energy", "transport", "trade", "water", "security", "education", "customs", "banking"};

    private static String state(int s) {
        return "state-" + s;
    }

    private static String region(int s, int width, int regionsAcross) {
        return "region-" + ((s / width) / 4 * regionsAcross + (s % width) / 4);
    }

    /** A self-avoiding walk over grid neighbours, as long as it can go up to {@code length} stops. */
    private List<Integer> walk(int start, int length, int states, int width) {
        List<Integer> stops = new ArrayList<>(List.of(start));
        Set<Integer> used = new HashSet<>(stops);
        int here = start;
        while (stops.size() < length) {
            List<Integer> next = new ArrayList<>();
            int x = here % width;
            if (x + 1 < width && here + 1 < states) {
                next.add(here + 1);
            }
            if (x > 0) {
                next.add(here - 1);
            }
            if (here + width < states) {
                next.add(here + width);
            }
            if (here - width >= 0) {
                next.add(here - width);
            }
            next.removeAll(used);
            if (next.isEmpty()) {
                break;
            }
            here = next.get(random.nextInt(next.size()));
            stops.add(here);
            used.add(here);
        }
        return stops;
    }

    private String year() {
        return String.valueOf(1995 + random.nextInt(30));
    }

    private String date() {
        return String.format("%d-%02d-%02d", 1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private void entity(BufferedWriter out, String id, String name, String label, Map<String, Object> props) throws IOException {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("name", name);
        e.put("labels", List.of(label));
        e.put("aliases", List.of());
        e.put("props", props);
        out.write(mapper.writeValueAsString(e));
        out.newLine();
    }

    private void backgroundStatement(BufferedWriter out, String id, String subject, String type, String object,
                                     Map<String, Object> props) throws IOException {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("id", id);
        st.put("subject", subject);
        st.put("type", type);
        st.put("object", object);
        st.put("props", props);
        st.put("kind", "fact");
        st.put("source", "background");
        st.put("reference", REFERENCE);
        out.write(mapper.writeValueAsString(st));
        out.newLine();
    }

    /** Article statements and the articles that hold their sentences, 40 sentences to an article. */
    private final class Articles {
        final Path corpus;
        final BufferedWriter statements;
        final List<String> sentences = new ArrayList<>();
        long count;
        int files;

        Articles(Path corpus, BufferedWriter statements) {
            this.corpus = corpus;
            this.statements = statements;
        }

        /** Writes the statement and its sentence "Item N: TEXT"; the anchor is the sentence's first words. */
        boolean statement(String subject, String type, String object, Map<String, Object> props, String text) throws IOException {
            long n = ++count;
            String sentence = "Item " + n + ": " + text;
            String[] words = sentence.split(" ");
            String anchor = String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length)));
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("id", "st-" + n);
            st.put("subject", subject);
            st.put("type", type);
            st.put("object", object);
            st.put("props", props);
            st.put("kind", "fact");
            st.put("source", articleId(files));
            st.put("anchor", anchor);
            statements.write(mapper.writeValueAsString(st));
            statements.newLine();
            sentences.add(sentence);
            if (sentences.size() == SENTENCES_PER_ARTICLE) {
                flush();
            }
            return true;
        }

        void close() throws IOException {
            if (!sentences.isEmpty()) {
                flush();
            }
        }

        private void flush() throws IOException {
            StringBuilder text = new StringBuilder("Synthetic article " + files + "\n\n");
            for (int i = 0; i < sentences.size(); i += SENTENCES_PER_PARAGRAPH) {
                text.append(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + SENTENCES_PER_PARAGRAPH)))).append("\n\n");
            }
            Files.writeString(corpus.resolve(articleId(files) + ".txt"), text.toString(), StandardCharsets.UTF_8);
            sentences.clear();
            files++;
        }

        private String articleId(int number) {
            return String.format("synthetic-%06d", number);
        }
    }
}
