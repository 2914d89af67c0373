package org.corridorgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;
import org.corridorgraph.corpus.Article;
import org.corridorgraph.corpus.ArticleMetadata;
import org.corridorgraph.corpus.ArticleMetadataGuesser;
import org.corridorgraph.corpus.PartialDate;
import org.corridorgraph.corpus.RelativeDate;
import org.corridorgraph.corpus.RelativeDates;
import org.corridorgraph.corpus.ArticleReader;
import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.seed.NameKey;
import org.corridorgraph.seed.NameResolver;
import org.corridorgraph.seed.PropertyDef;
import org.corridorgraph.seed.RelationshipDef;
import org.corridorgraph.seed.Schema;
import org.corridorgraph.seed.SeedValidator;
import org.corridorgraph.seed.ValidatedEntity;
import org.corridorgraph.seed.ValidatedStatement;
import org.corridorgraph.seed.WorldStates;

/**
 * Drafts a graph for a new article, offline and deterministically: names are resolved against the
 * seed entities (and the world's states) by the one {@link NameResolver}; names the seed data lacks
 * are proposed by the constructions that introduce them; relations are read by {@link Rules}, kept
 * only with a schema type whose endpoints and required properties they satisfy, and anchored by at
 * most eight words of exactly one sentence.
 */
public final class Extractor {
    private static final List<String> CARRIERS = List.of("Corridor", "Route", "Railway", "FreightService", "Pipeline");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");
    private static final java.util.regex.Pattern PLACE_CHAIN = java.util.regex.Pattern.compile("^(\\p{L}+(?:[-–]\\p{L}+)+)\\b");

    private final Schema schema;
    private final List<ValidatedEntity> seed;
    private final WorldStates world;
    private final ArticleReader reader = new ArticleReader();

    private final Set<String> stated = new HashSet<>();

    public Extractor(Schema schema, List<ValidatedEntity> seed, WorldStates world) {
        this(schema, seed, List.of(), world);
    }

    /** @param statements the seed statements: a relation the seed already takes from the same article is not drafted again */
    public Extractor(Schema schema, List<ValidatedEntity> seed, List<ValidatedStatement> statements, WorldStates world) {
        this.schema = schema;
        this.seed = List.copyOf(seed);
        this.world = world;
        statements.forEach(st -> stated.add(st.subject() + "|" + st.type() + "|" + st.object() + "|" + st.source()));
    }

    public Extraction extract(Path file) {
        new ArticleInput().check(file);
        Article article = reader.read(file);
        if (article.sentences().isEmpty()) {
            throw new CorridorGraphException(ErrorKind.BAD_INPUT, "article " + file + " has no sentence after layout repair",
                    "give an article with running text; headings and page furniture alone are not read", null);
        }
        ArticleMetadata metadata = new ArticleMetadataGuesser().guess(article);
        Set<String> takenIds = new HashSet<>();
        seed.forEach(e -> takenIds.add(e.id()));
        NameResolver seedNames = NameResolver.of(seed, world);
        Map<String, List<String>> extraAliases = new LinkedHashMap<>();
        Map<String, String> surnames = new LinkedHashMap<>();
        List<String> nearMisses = new ArrayList<>();
        Map<String, CandidateEntity> fresh = spotNew(article, seedNames, takenIds, extraAliases, surnames, nearMisses);

        List<NameResolver.Known> known = new ArrayList<>();
        for (NameResolver.Known k : seedNames.entities()) {
            List<String> aliases = new ArrayList<>(k.aliases());
            aliases.removeIf(a -> surnames.containsKey(NameResolver.key(a)));
            aliases.addAll(extraAliases.getOrDefault(k.id(), List.of()));
            known.add(new NameResolver.Known(k.id(), k.name(), k.labels(), List.copyOf(aliases), k.inSeed()));
        }
        fresh.values().forEach(c -> known.add(new NameResolver.Known(c.id(), c.name(), c.labels(), c.aliases(), false)));
        NameResolver names = NameResolver.ofKnown(known);

        AnchorIndex anchors = new AnchorIndex(article.sentences());
        Attribution attribution = new Attribution();
        Rules rules = new Rules();
        Map<String, CandidateEntity> used = new LinkedHashMap<>();
        Set<String> knownUsed = new LinkedHashSet<>();
        List<CandidateStatement> statements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> heldBack = new ArrayList<>();
        List<String> alreadyStated = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        Ref lastCarrier = null;
        int paragraph = -1;
        boolean inQuote = false;
        for (Sentence sentence : article.sentences()) {
            String text = sentence.text();
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                inQuote = false;
            }
            // a quotation may run over several sentences: they all belong to its speaker
            boolean quoted = inQuote || text.startsWith("\"");
            inQuote = inQuote ^ (countQuotes(text) % 2 == 1);
            List<Ref> refs = refs(text, names);
            refs.stream().filter(Ref::inSeed).forEach(r -> knownUsed.add(r.id()));
            Attribution.Verdict verdict = attribution.judge(text, refs, quoted);
            List<Found> measured = measurements(sentence, refs, verdict, seedNames, fresh, takenIds);
            List<Found> found = new ArrayList<>(rules.read(text, refs, lastCarrier, relativeDate(text, metadata.published())));
            heldUnder(refs, names, found);
            namedParts(refs, names, found);
            found.addAll(measured);
            for (Ref r : refs) {
                if (r.isAny(CARRIERS)) {
                    lastCarrier = r;
                }
            }
            int kept = 0;
            for (Found f : found) {
                Optional<Map<String, Object>> props = fitting(f);
                if (props.isEmpty() || f.subject().id().equals(f.object().id())) {
                    continue;
                }
                if (!verdict.asserted()) {
                    heldBack.add(sentence.id() + ": " + f.type() + " " + f.subject().name() + " → " + f.object().name());
                    continue;
                }
                String key = f.subject().id() + "|" + f.type() + "|" + f.object().id() + "|" + props.get();
                if (!seen.add(key)) {
                    continue;
                }
                if (stated.contains(f.subject().id() + "|" + f.type() + "|" + f.object().id() + "|" + article.id())) {
                    alreadyStated.add(sentence.id() + ": " + f.type() + " " + f.subject().name() + " → " + f.object().name());
                    continue;
                }
                Optional<String> anchor = anchor(anchors, sentence, f);
                if (anchor.isEmpty()) {
                    continue;
                }
                // an office title is the article's own wording of who someone is, not part of what they claim
                Ref speaker = f.rule().equals("office-title") ? null : verdict.speaker();
                String speakerId = speaker == null ? null : speaker.id();
                // a plan or expectation its speaker states is drafted as reported, and trusted less: a reviewer decides
                double confidence = f.confidence() * (f.subject().inSeed() ? 1 : 0.85) * (f.object().inSeed() ? 1 : 0.85)
                        * (verdict.hedged() ? 0.6 : 1);
                statements.add(new CandidateStatement(String.format(Locale.ROOT, "c-%03d", statements.size() + 1), f.subject().id(), f.type(),
                        f.object().id(), props.get(), speaker == null && verdict.speaker() != null ? "fact" : verdict.kind(), speakerId, article.id(), anchor.get(), round(confidence), f.rule()));
                for (Ref end : speaker == null ? List.of(f.subject(), f.object()) : List.of(f.subject(), f.object(), speaker)) {
                    use(end, fresh, used, sentence);
                }
                kept++;
            }
            if (kept == 0 && found.isEmpty()) {
                empty.add(sentence.id());
            }
        }
        DraftSource source = new DraftSource(article.id(), file.toString(), metadata.title(),
                metadata.published() == null ? null : metadata.published().iso(), origin(metadata, file));
        return new Extraction(source, List.copyOf(used.values()), statements, List.copyOf(knownUsed), heldBack, alreadyStated, nearMisses, empty,
                article.sentences().size(), article.repairs());
    }

    private static final List<String> MEASURED = List.of("State", "Bloc", "Organisation", "Region", "Corridor", "Route", "Railway",
            "FreightService", "Agreement");
    private final Figures figures = new Figures();

    /**
     * Each figure of the sentence as a Measurement (the seed's own one when it has that measurement
     * already) measuring what the sentence names nearest to it, or both partners of "between A and
     * B"; reported by the sentence's speaker when it has one.
     */
    private List<Found> measurements(Sentence sentence, List<Ref> refs, Attribution.Verdict verdict, NameResolver seedNames,
                                     Map<String, CandidateEntity> fresh, Set<String> takenIds) {
        List<Found> found = new ArrayList<>();
        String text = sentence.text();
        for (Figures.Figure f : figures.find(text)) {
            List<Ref> about = measured(text, refs, f);
            if (about.isEmpty()) {
                continue;
            }
            String name = f.metric() + ", " + f.written() + (f.year() == null ? "" : " (" + f.year() + ")");
            Optional<NameResolver.Known> existing = seedNames.resolve(name).map(NameResolver.Resolution::entity)
                    .filter(k -> k.labels().contains("Measurement")).or(() -> sameFigure(f).flatMap(seedNames::byId));
            Ref m;
            if (existing.isPresent()) {
                NameResolver.Known k = existing.get();
                m = Ref.of(k, f.start(), f.end(), f.written(), false);
            } else {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("metric", f.metric());
                props.put("value", f.value() == Math.rint(f.value()) ? (Object) (long) f.value() : (Object) f.value());
                props.put("unit", f.unit());
                if (f.currency() != null) {
                    props.put("currency", f.currency());
                }
                if (f.year() != null) {
                    props.put("year", f.year());
                }
                props.put("status", f.status());
                if (f.approximation() != null) {
                    props.put("approximation", f.approximation());
                }
                String id = fresh.values().stream().filter(c -> c.name().equals(name)).map(CandidateEntity::id).findFirst()
                        .orElseGet(() -> uniqueId("m-" + slug(f.metric() + " " + f.written()), takenIds));
                fresh.putIfAbsent(id, new CandidateEntity(id, name, List.of("Measurement"), List.of(), props, 0.5, "figure", sentence.id()));
                m = new Ref(id, name, List.of("Measurement"), false, f.start(), f.end(), f.written(), false);
            }
            String role = f.metric().contains("trade") || f.metric().contains("turnover") ? "trade partner" : "subject";
            for (Ref o : about) {
                found.add(new Found("MEASURES", m, o, Map.of("role", role), "figure", 0.5, Math.min(o.start(), f.start()), Math.max(o.end(), f.end())));
            }
            Ref speaker = speakerOf(text, refs, f, verdict);
            if (speaker != null) {
                found.add(new Found("REPORTED", speaker, m, Map.of(), "figure-reported", 0.5, f.start(), f.end()));
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile(
            "^\\s*(?:said|says|noted|stated|added|told|stressed|announced|reported)\\b");

    /**
     * The seed's Measurement with this figure's value, unit and status (and year, when both give one):
     * the seed names a figure in its own words, so the figure itself is what identifies it.
     */
    private Optional<String> sameFigure(Figures.Figure f) {
        return seed.stream().filter(e -> e.labels().contains("Measurement")).filter(e -> {
            Object value = e.props().get("value");
            Object year = e.props().get("year");
            return value instanceof Number n && n.doubleValue() == f.value() && f.unit().equals(e.props().get("unit"))
                    && f.status().equals(e.props().get("status"))
                    && (year == null || f.year() == null || ((Number) year).intValue() == f.year());
        }).map(ValidatedEntity::id).findFirst();
    }

    /** Who gives a figure: the last person before it who says something, else the sentence's speaker. */
    private static Ref speakerOf(String text, List<Ref> refs, Figures.Figure f, Attribution.Verdict verdict) {
        Ref last = null;
        for (Ref r : refs) {
            if (r.is("Person") && r.end() <= f.start() && SAYS.matcher(text.substring(r.end())).find()) {
                last = r;
            }
        }
        return last != null ? last : verdict.speaker();
    }

    /** What a figure is about: both partners of "between A and B", else the nearest thing it can measure. */
    private static List<Ref> measured(String text, List<Ref> refs, Figures.Figure f) {
        for (int i = 0; i + 1 < refs.size(); i++) {
            Ref a = refs.get(i);
            Ref b = refs.get(i + 1);
            String lead = text.substring(Math.max(0, a.start() - 10), a.start());
            String gap = text.substring(a.end(), b.start());
            boolean between = lead.matches("(?s).*\\bbetween\\s+(?:the\\s+)?$") && gap.matches("\\s*and\\s+(?:the\\s+)?");
            // "Kazakhstan-Iran trade": a pair of partners named as one
            boolean hyphened = gap.matches("[-–]") && text.substring(b.end()).matches("(?s)\\s+(?:trade|turnover|bilateral).*");
            if (a.isAny(MEASURED) && b.isAny(MEASURED) && (between || hyphened)) {
                return List.of(a, b);
            }
        }
        Ref best = null;
        int distance = Integer.MAX_VALUE;
        for (Ref r : refs) {
            if (!r.isAny(MEASURED)) {
                continue;
            }
            int d = r.end() <= f.start() ? f.start() - r.end() : (r.start() - f.end()) * 2;
            if (d >= 0 && d < distance) {
                distance = d;
                best = r;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** "the 13th meeting of the X Commission": the event is held under the body its name gives. */
    private static void heldUnder(List<Ref> refs, NameResolver names, List<Found> found) {
        for (Ref r : refs) {
            int of = r.surface().indexOf(" of ");
            if (!r.is("Event") || of < 0) {
                continue;
            }
            String body = r.surface().substring(of + 4).replaceFirst("^the\\s+", "");
            names.resolve(body).map(NameResolver.Resolution::entity).filter(k -> k.labels().stream().anyMatch(List.of("Organisation", "Bloc", "Format")::contains))
                    .ifPresent(k -> found.add(new Found("HELD_UNDER", r, Ref.of(k, r.start(), r.end(), body, false),
                            Map.of(), "meeting-of", 0.6, r.start(), r.end())));
        }
    }

    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile(
            "(?i)^(eastern|western|northern|southern|central)\\s+(?:branch|route|section|line|arm)\\s+of\\s+(?:the\\s+)?(.+)$");

    /**
     * What a name itself says: a service or line named by a chain of places ("Iran-China container
     * train") starts in the first and ends in the last, and a line passes through each state; a
     * branch named after its corridor is a section of it; an event named after two states' body
     * ("Russian-Turkmen ... Commission") has both as parties.
     */
    private static void namedParts(List<Ref> refs, NameResolver names, List<Found> found) {
        for (Ref r : refs) {
            if (r.isAny(CARRIERS)) {
                List<Ref> chain = chain(r, names);
                if (chain.size() >= 2) {
                    found.add(new Found("STARTS_IN", r, chain.get(0), Map.of(), "chain-name", 0.65, r.start(), r.end()));
                    found.add(new Found("ENDS_IN", r, chain.get(chain.size() - 1), Map.of(), "chain-name", 0.65, r.start(), r.end()));
                    if (!r.is("FreightService")) {
                        int order = 1;
                        for (Ref stop : chain) {
                            if (stop.is("State")) {
                                found.add(new Found("TRANSITS", r, stop, Map.of("order", order++), "chain-name", 0.55, r.start(), r.end()));
                            }
                        }
                    }
                }
                java.util.regex.Matcher b = BRANCH.matcher(r.surface());
                if (b.matches()) {
                    names.resolve(b.group(2)).map(NameResolver.Resolution::entity).filter(k -> k.labels().contains("Corridor")).ifPresent(k ->
                            found.add(new Found("SECTION_OF", r, Ref.of(k, r.start(), r.end(), b.group(2), false),
                                    Map.of("branch", b.group(1).toLowerCase(Locale.ROOT)), "branch-of", 0.65, r.start(), r.end())));
                }
            }
            if (r.is("Event")) {
                for (NameResolver.Mention m : names.mentions(r.surface())) {
                    NameResolver.Known k = m.entity();
                    if (k.labels().contains("State") && m.how() == NameResolver.How.DEMONYM) {
                        found.add(new Found("PARTICIPATED_IN", Ref.of(k, r.start(), r.end(), m.surface(), false), r,
                                Map.of("role", "party"), "named-parties", 0.5, r.start(), r.end()));
                    }
                }
            }
        }
    }

    /** The places a name's leading chain gives ("China-Iran-Europe"), when every link is a place. */
    private static List<Ref> chain(Ref r, NameResolver names) {
        java.util.regex.Matcher m = PLACE_CHAIN.matcher(r.name());
        if (!m.find()) {
            return List.of();
        }
        List<Ref> places = new ArrayList<>();
        for (String part : m.group(1).split("[-–]")) {
            Optional<NameResolver.Known> k = names.resolve(part).map(NameResolver.Resolution::entity);
            if (k.isEmpty() || k.get().labels().stream().noneMatch(List.of("State", "City", "Port", "Region")::contains)) {
                return List.of();
            }
            places.add(Ref.of(k.get(), r.start(), r.end(), part, false));
        }
        return places;
    }

    /** "on Monday", "last week": resolved against the publication date when the article gives one. */
    private static Optional<String> relativeDate(String text, PartialDate published) {
        return new RelativeDates().find(text, published).stream().map(RelativeDate::resolved).filter(d -> d != null && d.iso() != null)
                .map(PartialDate::iso).findFirst();
    }

    /** Where the article came from, as far as the text tells: the agency of its dateline, and the file it was read from. */
    private static String origin(ArticleMetadata metadata, Path file) {
        String name = file.getFileName().toString();
        return metadata.agency() == null ? "article file " + name : metadata.agency() + " news item (dateline), article file " + name;
    }

    private static int countQuotes(String text) {
        return (int) text.chars().filter(c -> c == '"').count();
    }

    /** A new entity a statement uses: proposed once; a state from the reference list gets its ISO codes. */
    private void use(Ref end, Map<String, CandidateEntity> fresh, Map<String, CandidateEntity> used, Sentence sentence) {
        if (end.inSeed() || used.containsKey(end.id())) {
            return;
        }
        CandidateEntity candidate = fresh.get(end.id());
        if (candidate == null) {
            Optional<WorldStates.WorldState> state = world.byName(end.name());
            if (state.isEmpty()) {
                return;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("iso2", state.get().iso2());
            props.put("iso3", state.get().iso3());
            candidate = new CandidateEntity(end.id(), state.get().name(), List.of("State"), List.of(), props, 0.9, "world-states", sentence.id());
        }
        used.put(end.id(), candidate);
    }

    /** Pass one: names the seed data lacks, each proposed once, under an id no seed entity has. */
    private Map<String, CandidateEntity> spotNew(Article article, NameResolver seedNames, Set<String> takenIds,
                                                Map<String, List<String>> extraAliases, Map<String, String> surnames,
                                                List<String> nearMisses) {
        Spotter spotter = new Spotter(name -> seedNames.resolve(name).isPresent());
        Map<String, CandidateEntity> byKey = new LinkedHashMap<>();
        Map<String, CandidateEntity> byId = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            for (Spotter.Spotted s : spotter.spot(sentence.text())) {
                if (s.label() == null || !schema.labels().containsKey(s.label())) {
                    continue;
                }
                Optional<NameResolver.Known> existing = seedNames.resolve(s.name()).map(NameResolver.Resolution::entity).filter(NameResolver.Known::inSeed);
                if (existing.isPresent()) {
                    // the seed entity, written another way here ("China-Iran" for its container train): find it by that too
                    String surface = sentence.text().substring(s.start(), s.end());
                    if (seedNames.resolve(surface).isEmpty()) {
                        extraAliases.computeIfAbsent(existing.get().id(), k -> new ArrayList<>()).add(surface);
                    }
                    continue;
                }
                String key = NameResolver.key(s.name());
                if (byKey.containsKey(key) || key.length() < 3) {
                    continue;
                }
                Map<String, Object> known = knownProps(s.label(), s.name());
                if (!requiredPropsKnown(s.label(), known)) {
                    continue;
                }
                String id = uniqueId(slug(s.name()), takenIds);
                List<String> aliases = new ArrayList<>();
                String surface = sentence.text().substring(s.start(), s.end());
                if (!NameResolver.key(surface).equals(key) && seedNames.resolve(surface).isEmpty()) {
                    // as the article writes it: "Iran-China container trains", "China-Iran"
                    aliases.add(surface);
                }
                if (s.label().equals("Person")) {
                    String surname = s.name().substring(s.name().lastIndexOf(' ') + 1);
                    Optional<NameResolver.Known> namesake = seedNames.resolve(surname).map(NameResolver.Resolution::entity);
                    if (namesake.isEmpty()) {
                        aliases.add(surname);
                    } else if (namesake.get().labels().contains("Person")) {
                        // two people, one surname: in this article the bare surname is the person it introduces
                        aliases.add(surname);
                        surnames.put(NameResolver.key(surname), id);
                        nearMisses.add(s.name() + " (new, " + sentence.id() + ") and " + namesake.get().name() + " (" + namesake.get().id()
                                + ") share the surname " + surname + ": kept apart; the bare surname here means " + s.name());
                    }
                }
                CandidateEntity c = new CandidateEntity(id, s.name(), List.of(s.label()), List.copyOf(aliases), known,
                        round(s.confidence()), s.rule(), sentence.id());
                byKey.put(key, c);
                byId.put(id, c);
            }
        }
        return byId;
    }

    /** A label whose required properties extract cannot know (a State's ISO codes) is never proposed from text alone. */
    private boolean requiredPropsKnown(String label, Map<String, Object> known) {
        return schema.labels().get(label).properties().values().stream().noneMatch(p -> p.required() && !known.containsKey(p.name()));
    }

    /**
     * What the name alone tells: a carrier's mode from its head noun (a railway or train is rail, a
     * pipeline pipeline, a highway road), multimodal when the name does not say, so that carriers,
     * which must have a mode, can still be proposed. A reviewer corrects a wrong guess.
     */
    private Map<String, Object> knownProps(String label, String name) {
        PropertyDef mode = schema.labels().get(label).properties().get("mode");
        if (!CARRIERS.contains(label) || mode == null) {
            return Map.of();
        }
        String n = name.toLowerCase(Locale.ROOT);
        String guess = n.contains("pipeline") ? "pipeline"
                : n.contains("rail") || n.contains("train") ? "rail"
                : n.contains("highway") || n.contains("road") || n.contains("truck") ? "road"
                : n.matches(".*\\b(sea|ferry|shipping|maritime)\\b.*") ? "sea"
                : "multimodal";
        List<String> allowed = mode.values();
        String value = allowed.isEmpty() || allowed.contains(guess) ? guess
                : allowed.contains("multimodal") ? "multimodal" : allowed.get(0);
        return Map.of("mode", value);
    }

    private static List<Ref> refs(String text, NameResolver names) {
        List<Ref> refs = new ArrayList<>();
        for (NameResolver.Mention m : names.mentions(text)) {
            NameResolver.Known k = m.entity();
            refs.add(Ref.of(k, m.start(), m.end(), m.surface(),
                    m.how() == NameResolver.How.POSSESSIVE));
        }
        return refs;
    }

    /** The props the schema declares for the type, if the ends fit it and every required one is there. */
    private Optional<Map<String, Object>> fitting(Found f) {
        RelationshipDef def = schema.relationships().get(f.type());
        if (def == null || f.subject().labels().stream().noneMatch(def.from()::contains)
                || f.object().labels().stream().noneMatch(def.to()::contains)) {
            return Optional.empty();
        }
        Map<String, Object> props = new LinkedHashMap<>();
        f.props().forEach((k, v) -> {
            if (def.properties().containsKey(k)) {
                props.put(k, v);
            }
        });
        for (PropertyDef p : def.properties().values()) {
            if (p.required() && !props.containsKey(p.name())) {
                return Optional.empty();
            }
            if (p.values() != null && !p.values().isEmpty() && props.containsKey(p.name()) && !p.values().contains(String.valueOf(props.get(p.name())))) {
                return Optional.empty();
            }
        }
        return Optional.of(props);
    }

    /**
     * At most eight words of the sentence, verbatim, around what the rule read, found in no other
     * sentence of the article; none when every window is shared with another sentence.
     */
    private static Optional<String> anchor(AnchorIndex article, Sentence sentence, Found f) {
        String text = sentence.text();
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int first = 0;
        while (first < words.size() - 1 && words.get(first)[1] <= Math.max(0, f.from())) {
            first++;
        }
        List<Integer> starts = new ArrayList<>();
        for (int d = 0; d < words.size(); d++) {
            for (int s : new int[] {first + d, first - d}) {
                if (s >= 0 && s < words.size() && !starts.contains(s)) {
                    starts.add(s);
                }
            }
        }
        int n = Math.min(SeedValidator.MAX_ANCHOR_WORDS, words.size());
        for (int s : starts) {
            int e = Math.min(words.size(), s + n);
            int st = Math.max(0, e - n);
            String candidate = trim(text.substring(words.get(st)[0], words.get(e - 1)[1]));
            if (!candidate.isEmpty() && article.occurrences(candidate) == 1) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Punctuation at the ends of a window belongs to the sentence, not to the anchor. */
    private static String trim(String s) {
        return s.replaceAll("^[\\p{Punct}“”‘’]+", "").replaceAll("[\\p{Punct}“”‘’]+$", "").strip();
    }


    private static String slug(String name) {
        String s = NameKey.of(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "entity" : s;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
