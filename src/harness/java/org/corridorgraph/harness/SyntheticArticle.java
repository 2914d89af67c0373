package org.corridorgraph.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.corridorgraph.extract.ArticleInput;
import org.corridorgraph.seed.NameResolver;
import org.corridorgraph.seed.ValidatedEntity;
import org.corridorgraph.seed.WorldStates;

/**
 * One long article for extract's benchmark, of about a given number of words, written in the constructions extract reads:
 * memberships ("X joined the Y in 2021"), signatures of a coined memorandum by a list of states, a coined railway running
 * through a list of states, a coined president who "said" a figure ("grew by 12%"), visits and meetings with dates, a coined
 * port located in a state, cooperation between two states in a field, a numbered meeting of a coined commission held in a city,
 * and plans that are held back as not asserted. The names are the seed data's (so extract resolves them), states of the world
 * the seed lacks (so it proposes them) and names coined here (so it spots them). Every word is generated here; nothing is
 * taken from a real article. Every paragraph opens with a coined name, so no paragraph repeats another (the reader drops
 * repeats). Deterministic for a given seed.
 */
public final class SyntheticArticle {
    private static final String[] SYLLABLES = {"bar", "dev", "kol", "mir", "tas", "ven", "zor", "lun", "pek", "rav", "sul", "gon",
            "fed", "hal", "nor", "kes"};
    private static final String[] FIRST_NAMES = {"Arlen", "Dovran", "Kemal", "Marat", "Nilufar", "Oksana", "Rustam", "Saule",
            "Timur", "Yelena", "Zarina", "Bakhyt"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
    private static final String[] FIELDS = {"energy", "transport", "trade", "logistics", "customs", "water"};
    private static final String[] GOODS = {"Grain", "Cotton", "Container", "Fertiliser", "Steel", "Timber"};
    private static final String[] ORDINALS = {"2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"};
    private static final String TITLE = "Corridor bulletin of a synthetic year";

    /** The seed's names extract should resolve, and the world's states the seed lacks (extract proposes them with ISO codes). */
    public record Names(List<String> states, List<String> people, List<String> blocs, List<String> cities, List<String> newStates) {
        public Names {
            if (states.size() < 3 || blocs.isEmpty() || cities.isEmpty() || newStates.isEmpty()) {
                throw new HarnessException("the seed data names too few states, blocs or cities for a synthetic article",
                        "use seed data with at least three states, a bloc and a city");
            }
        }

        /** By label, from the seed entities; new states are the world's states that neither the seed nor another name means. */
        public static Names of(List<ValidatedEntity> seed, WorldStates world) {
            NameResolver resolver = NameResolver.of(seed, null);
            List<String> newStates = world.all().stream().map(WorldStates.WorldState::name)
                    .filter(n -> n.matches("\\p{Lu}\\p{Ll}+") && resolver.resolve(n).isEmpty()).limit(40).toList();
            return new Names(named(seed, "State"), named(seed, "Person"), named(seed, "Bloc"), named(seed, "City"), newStates);
        }

        private static List<String> named(List<ValidatedEntity> seed, String label) {
            return seed.stream().filter(e -> e.labels().contains(label)).map(ValidatedEntity::name).sorted().toList();
        }
    }

    /** What was written: words are whitespace-separated tokens of the whole file, title included. */
    public record Written(Path file, long words, int paragraphs, int sentences, long bytes) {
    }

    private final Names names;
    private final Random random;
    /** People coined so far: later sentences visit and meet with them, as an article would go on about someone it introduced. */
    private final List<String> coinedPeople = new ArrayList<>();
    private int coined;

    public SyntheticArticle(Names names, long seed) {
        this.names = names;
        this.random = new Random(seed);
    }

    /** Writes about {@code words} words (at most one sentence more) to FILE; refused when it would pass extract's size limit. */
    public Written write(Path file, long words) {
        StringBuilder text = new StringBuilder(TITLE).append("\n\n");
        long count = TITLE.split(" ").length;
        int paragraphs = 0;
        int sentences = 0;
        while (count < words) {
            List<String> paragraph = new ArrayList<>();
            paragraph.add(opening());
            int length = 5 + random.nextInt(5);
            while (paragraph.size() < length) {
                paragraph.add(sentence());
            }
            for (String s : paragraph) {
                if (count >= words) {
                    break;
                }
                text.append(sentences == 0 || text.charAt(text.length() - 1) == '\n' ? "" : " ").append(s);
                count += s.split(" ").length;
                sentences++;
            }
            text.append("\n\n");
            paragraphs++;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ArticleInput.MAX_BYTES) {
            throw new HarnessException(words + " words make " + bytes.length + " bytes, over extract's limit of " + ArticleInput.MAX_BYTES,
                    "ask for fewer words; about 600000 fit");
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new HarnessException("cannot write " + file + ": " + e.getMessage(), "check the folder's permissions and space", e);
        }
        return new Written(file, count, paragraphs, sentences, bytes.length);
    }

    /** A sentence with a name coined for it, so its paragraph starts unlike any other. */
    private String opening() {
        return switch (random.nextInt(5)) {
            case 0 -> signed();
            case 1 -> railway();
            case 2 -> port();
            case 3 -> commission();
            default -> president();
        };
    }

    private String sentence() {
        int roll = random.nextInt(100);
        if (roll < 12) {
            return joined();
        } else if (roll < 22) {
            return signed();
        } else if (roll < 32) {
            return railway();
        } else if (roll < 42) {
            return president();
        } else if (roll < 54) {
            return visited();
        } else if (roll < 64) {
            return met();
        } else if (roll < 72) {
            return port();
        } else if (roll < 80) {
            return cooperation();
        } else if (roll < 86) {
            return commission();
        } else if (roll < 94) {
            return figure();
        }
        return plan();
    }

    private String joined() {
        return anyState() + " joined the " + pick(names.blocs()) + " in " + year() + " after talks with " + coinedName() + " delegates.";
    }

    private String signed() {
        List<String> parties = distinctStates(3);
        return parties.get(0) + ", " + parties.get(1) + " and " + parties.get(2) + " signed a Memorandum of Understanding on "
                + coinedName() + " " + pick(GOODS) + " Transit in " + pick(MONTHS) + " " + year() + ".";
    }

    private String railway() {
        List<String> stops = distinctStates(3);
        return "The " + coinedName() + " Railway runs through " + stops.get(0) + ", " + stops.get(1) + " and " + stops.get(2) + ".";
    }

    private String president() {
        String person = pick(FIRST_NAMES) + " " + coinedName();
        coinedPeople.add(person);
        List<String> two = distinctStates(2);
        return "President of " + two.get(0) + " " + person + " said that trade with " + two.get(1) + " grew by " + (2 + random.nextInt(60))
                + "% in " + year() + ".";
    }

    private String visited() {
        return someone() + " visited " + anyState() + " on " + day() + " " + pick(MONTHS) + " " + year() + " to inspect the "
                + coinedName() + " terminal.";
    }

    private String met() {
        String a = someone();
        String b = someone();
        return a + " met " + (a.equals(b) ? pick(FIRST_NAMES) + " " + coinedName() : b) + " in " + pick(names.cities()) + " on "
                + pick(MONTHS) + " " + day() + ", " + year() + ", for talks on " + coinedName() + " tariffs.";
    }

    private String port() {
        return "The port of " + coinedName() + " is located in " + anyState() + " and handled " + (10 + random.nextInt(900))
                + " thousand tonnes in " + year() + ".";
    }

    private String cooperation() {
        List<String> two = distinctStates(2);
        return "Cooperation between " + two.get(0) + " and " + two.get(1) + " in the field of " + pick(FIELDS) + " deepened in "
                + year() + " as the " + coinedName() + " Company opened an office.";
    }

    private String commission() {
        return "The " + pick(ORDINALS) + " meeting of the " + coinedName() + " Commission was held in " + pick(names.cities()) + ".";
    }

    private String figure() {
        List<String> two = distinctStates(2);
        return "Freight between " + two.get(0) + " and " + two.get(1) + " on the " + coinedName() + " line grew by "
                + (2 + random.nextInt(60)) + "% in " + year() + ", reaching " + (1 + random.nextInt(90)) + " million tonnes.";
    }

    private String plan() {
        return anyState() + " is expected to join the " + pick(names.blocs()) + " by " + year() + ", officials of the " + coinedName()
                + " Agency said.";
    }

    /** A seed person or a person this article introduced earlier; a new one when there is neither. */
    private String someone() {
        int pool = names.people().size() + coinedPeople.size();
        if (pool == 0) {
            return pick(FIRST_NAMES) + " " + coinedName();
        }
        int i = random.nextInt(pool);
        return i < names.people().size() ? names.people().get(i) : coinedPeople.get(i - names.people().size());
    }

    /** A seed state mostly, a state of the world the seed lacks now and then. */
    private String anyState() {
        return random.nextInt(5) == 0 ? pick(names.newStates()) : pick(names.states());
    }

    private List<String> distinctStates(int n) {
        Set<String> chosen = new HashSet<>();
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String s = anyState();
            if (chosen.add(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A capitalised name no other call returns: the counter, spread by an odd multiplier (a bijection modulo a power of two, so
     * neighbouring names do not share their first syllables), in base 16 with one syllable a digit: three syllables for the first
     * 4096 names, four for the next 65536.
     */
    private String coinedName() {
        int k = coined++;
        int digits = k < 4096 ? 3 : 4;
        int n = k < 4096 ? k * 1597 % 4096 : (k - 4096) * 40503 % 65536;
        StringBuilder name = new StringBuilder();
        for (int d = 0; d < digits; d++, n /= SYLLABLES.length) {
            name.insert(0, SYLLABLES[n % SYLLABLES.length]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String year() {
        return String.valueOf(1996 + random.nextInt(30));
    }

    private String day() {
        return String.valueOf(1 + random.nextInt(28));
    }
}
