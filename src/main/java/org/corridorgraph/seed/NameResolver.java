package org.corridorgraph.seed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides which entity a name means, for check, import, extract and ask. It
 * resolves a name, an alias, a spelling without diacritics, a transliteration (apostrophes and
 * doubled letters dropped), a long form ("Azerbaijan Republic", "Republic of Kazakhstan"), a
 * demonym given as an alias ("Turkmen", "Iranian", "Iranians") and a possessive ("Russia's"), and
 * finds every name it knows in free text with its position, longest names first.
 */
public final class NameResolver {
    /** How a name reached its entity: reported with merges, so a reader can check each. */
    public enum How { NAME, ALIAS, SPELLING, LONG_FORM, DEMONYM, POSSESSIVE, WORLD_STATE }

    /** A thing the resolver can name: a seed entity, or a state from the reference list the seed data lacks. */
    public record Known(String id, String name, List<String> labels, List<String> aliases, boolean inSeed) {
    }

    public record Resolution(Known entity, How how) {
    }

    /** A name found in text: character offsets in the text as given, and the text as written. */
    public record Mention(Known entity, How how, int start, int end, String surface) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern LONG_FORM = Pattern.compile("^(?:(?:the )?republic of (.+)|(.+) republic)$");
    /** No entity is found by a one-letter name, and no possessive "s" starts one. */
    private static final int MIN_KEY_CHARS = 2;

    private final Map<String, Known> byId = new LinkedHashMap<>();
    private final Map<String, Resolution> exact = new HashMap<>();
    private final Map<String, Resolution> loose = new HashMap<>();
    private final Trie trie = new Trie();

    private NameResolver(Collection<Known> entities, Collection<Known> world) {
        for (Known e : entities) {
            byId.put(e.id(), e);
            register(e, e.name(), How.NAME);
            e.aliases().forEach(a -> register(e, a, isDemonym(e, a) ? How.DEMONYM : How.ALIAS));
        }
        // the reference list only fills gaps: a seed entity always wins its name
        for (Known e : world) {
            if (resolve(e.name()).isEmpty() && !byId.containsKey(e.id())) {
                byId.put(e.id(), e);
                register(e, e.name(), How.WORLD_STATE);
                e.aliases().forEach(a -> register(e, a, How.WORLD_STATE));
            }
        }
    }

    /** A resolver over the validated seed entities, with the JDK's list of the world's states behind them. */
    public static NameResolver of(Collection<ValidatedEntity> entities, WorldStates world) {
        List<Known> known = entities.stream().map(e -> new Known(e.id(), e.name(), e.labels(), e.aliases(), true)).toList();
        return new NameResolver(known, world == null ? List.of() : world.notIn(known));
    }

    public static NameResolver ofKnown(Collection<Known> entities) {
        return new NameResolver(entities, List.of());
    }

    public Collection<Known> entities() {
        return byId.values();
    }

    public Optional<Known> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entity a whole name means, if any. */
    public Optional<Resolution> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = key(name);
        Resolution r = exact.get(key);
        if (r != null) {
            return Optional.of(r);
        }
        String stripped = withoutPossessive(key);
        if (!stripped.equals(key) && exact.containsKey(stripped)) {
            return Optional.of(new Resolution(exact.get(stripped).entity(), How.POSSESSIVE));
        }
        Matcher m = LONG_FORM.matcher(key);
        if (m.matches()) {
            String shortForm = m.group(1) != null ? m.group(1) : m.group(2);
            Resolution s = exact.get(shortForm);
            if (s != null && s.entity().labels().contains("State")) {
                return Optional.of(new Resolution(s.entity(), How.LONG_FORM));
            }
        }
        if (key.endsWith("s") && exact.containsKey(key.substring(0, key.length() - 1))) {
            Resolution d = exact.get(key.substring(0, key.length() - 1));
            if (d.how() == How.DEMONYM) {
                return Optional.of(d);
            }
        }
        Resolution l = loose.get(looseKey(key));
        return l == null ? Optional.empty() : Optional.of(new Resolution(l.entity(), How.SPELLING));
    }

    /** Every known name in the text, longest first and without overlaps, in text order. */
    public List<Mention> mentions(String text) {
        List<Token> tokens = tokens(text);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Trie.Hit hit = trie.longest(tokens, i);
            if (hit == null) {
                i++;
                continue;
            }
            Token first = tokens.get(i);
            How how = hit.resolution().how();
            int after = hit.end();
            if (after < tokens.size() && tokens.get(after).key().equals("republic") && hit.resolution().entity().labels().contains("State")
                    && !tokens.get(after - 1).possessive()) {
                // "the Azerbaijan Republic": the long form is one name
                after++;
                how = How.LONG_FORM;
                hit = new Trie.Hit(hit.resolution(), after);
            }
            Token last = tokens.get(hit.end() - 1);
            int end = last.end();
            if (last.possessive()) {
                how = How.POSSESSIVE;
            }
            found.add(new Mention(hit.resolution().entity(), how, first.start(), end, text.substring(first.start(), end)));
            i = hit.end();
        }
        found.addAll(variants(text, found));
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * As {@link #mentions}, and also names misspelt or written in a long form in lower case: what a
     * user types into a question box ("route from turkmenstan to china"), where running text from an
     * article would have capitalised them.
     */
    public List<Mention> mentionsForgiving(String text) {
        List<Mention> found = new ArrayList<>(mentions(text));
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (covered(found, tokens.get(i))) {
                continue;
            }
            for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + n - 1);
                if (covered(found, last)) {
                    continue;
                }
                String part = text.substring(first.start(), last.end());
                Optional<Resolution> r = resolve(part).or(() -> misspelt(part));
                if (r.isPresent()) {
                    How how = r.get().how() == How.NAME || r.get().how() == How.ALIAS ? How.SPELLING : r.get().how();
                    found.add(new Mention(r.get().entity(), how, first.start(), last.end(), part));
                    i += n - 1;
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean covered(List<Mention> found, Token t) {
        return found.stream().anyMatch(m -> m.start() < t.end() && t.start() < m.end());
    }

    private static final Pattern CAPITALISED = Pattern.compile("(?:[Rr]epublic\\s+of\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}");

    /**
     * Names written otherwise than any alias, found in running text: a long form ("Azerbaijan
     * Republic") or a spelling ("Kazakstan", "Tokaev"), tried on capitalised runs no name covers.
     */
    private List<Mention> variants(String text, List<Mention> known) {
        List<Mention> extra = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (known.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                continue;
            }
            String run = m.group();
            // the longest leading part of the run that resolves, so "Kazakstan Railways" is not taken for Kazakhstan
            String[] words = run.split("\\s+");
            for (int n = words.length; n >= 1; n--) {
                String part = String.join(" ", java.util.Arrays.copyOf(words, n));
                Optional<Resolution> r = resolve(part).or(() -> misspelt(part));
                if (r.isPresent() && (r.get().how() == How.LONG_FORM || r.get().how() == How.SPELLING)) {
                    int start = m.start();
                    int end = start + run.indexOf(words[n - 1], part.length() - words[n - 1].length()) + words[n - 1].length();
                    extra.add(new Mention(r.get().entity(), r.get().how(), start, Math.min(end, m.end()), text.substring(start, Math.min(end, m.end()))));
                    break;
                }
            }
        }
        return extra;
    }

    /** Names this long or longer may be one letter off in running text ("Kazakstan"); shorter ones must match. */
    static final int MIN_MISSPELT_CHARS = 7;

    /** The one name a letter away from this one, if exactly one entity has such a name. */
    Optional<Resolution> misspelt(String name) {
        String key = key(name);
        if (key.length() < MIN_MISSPELT_CHARS) {
            return Optional.empty();
        }
        Known only = null;
        for (Map.Entry<String, Resolution> e : exact.entrySet()) {
            if (Math.abs(e.getKey().length() - key.length()) <= 1 && NameKey.distance(e.getKey(), key) == 1) {
                if (only != null && !only.id().equals(e.getValue().entity().id())) {
                    return Optional.empty();
                }
                only = e.getValue().entity();
            }
        }
        return only == null ? Optional.empty() : Optional.of(new Resolution(only, How.SPELLING));
    }

    /** The key names are compared by: no case, no diacritics, punctuation as spaces. */
    public static String key(String name) {
        return NameKey.of(name.replace('’', '\'').replaceAll("'(?=\\p{L})", ""));
    }

    /** A looser key for spellings and transliterations: no spaces or hyphens, doubled letters once, y as i, sh as s (Turkmenbasy). */
    static String looseKey(String key) {
        // a y between vowels is a glide some spellings leave out: Tokayev, Tokaev
        String s = key.replaceAll("(?<=[aeiou])y(?=[aeiou])", "").replace(" ", "").replace('y', 'i').replace("ou", "u")
                .replace("kh", "h").replace("sh", "s");
        return s.replaceAll("(\\p{L})\\1+", "$1");
    }

    private static String withoutPossessive(String key) {
        return key.endsWith(" s") ? key.substring(0, key.length() - 2) : key;
    }

    private static boolean isDemonym(Known e, String alias) {
        // an alias that is one lowercase-able word and not the name's own start reads as an adjective:
        // "Turkmen" for Turkmenistan, "Iranian" for Iran
        String a = key(alias);
        String n = key(e.name());
        return e.labels().contains("State") && !a.contains(" ") && !a.equals(n) && a.length() >= 4
                && n.startsWith(a.substring(0, Math.min(3, a.length()))) && !alias.equals(alias.toUpperCase(Locale.ROOT));
    }

    private void register(Known e, String name, How how) {
        String key = key(name);
        if (key.length() < MIN_KEY_CHARS) {
            return;
        }
        Resolution r = new Resolution(e, how);
        if (exact.putIfAbsent(key, r) == null) {
            trie.add(key.split(" "), r);
        }
        // transliterations are only looked up for whole names, never found loosely in running text
        if (key.length() >= 5) {
            loose.putIfAbsent(looseKey(key), r);
        }
    }

    /** Words of the text with their offsets; a possessive "'s" is folded into the word before it. */
    static List<Token> tokens(String text) {
        // offsets must refer to the text as given: normalise word by word instead of the whole text
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int start = m.start();
            int end = m.end();
            boolean apostropheBefore = start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’');
            if (apostropheBefore && !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == start - 1) {
                Token prev = tokens.remove(tokens.size() - 1);
                if (word.equals("s")) {
                    tokens.add(new Token(prev.key(), prev.start(), prev.end(), true));
                } else {
                    // an apostrophe inside a name (Mi'ad) joins its halves, as key() does
                    tokens.add(new Token(prev.key() + NameKey.of(word), prev.start(), end, false));
                }
                continue;
            }
            tokens.add(new Token(NameKey.of(word), start, end, false));
        }
        return tokens;
    }

    record Token(String key, int start, int end, boolean possessive) {
    }

    /** Names as sequences of word keys, so text is scanned once, word by word. */
    private static final class Trie {
        record Hit(Resolution resolution, int end) {
        }

        private final Map<String, Trie> next = new HashMap<>();
        private Resolution value;

        void add(String[] words, Resolution r) {
            Trie node = this;
            for (String w : words) {
                node = node.next.computeIfAbsent(w, k -> new Trie());
            }
            if (node.value == null) {
                node.value = r;
            }
        }

        Hit longest(List<Token> tokens, int from) {
            Trie node = this;
            Hit best = null;
            for (int i = from; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                Trie child = node.next.get(t.key());
                if (child == null && t.key().endsWith("s") && t.key().length() > 4) {
                    // a plural: of a demonym ("Iranians"), or the last word of a longer name ("China-Iran container trains")
                    Trie singular = node.next.get(t.key().substring(0, t.key().length() - 1));
                    if (singular != null && singular.value != null && (singular.value.how() == How.DEMONYM || i > from)) {
                        child = singular;
                    }
                }
                if (child == null) {
                    break;
                }
                node = child;
                if (node.value != null) {
                    best = new Hit(node.value, i + 1);
                }
                if (t.possessive()) {
                    break;
                }
            }
            return best;
        }
    }
}
