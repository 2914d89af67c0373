package org.corridorgraph.seed;

import java.text.Normalizer;
import java.util.Locale;

/** How names and aliases are compared: case, diacritics and punctuation do not matter. */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}+]+", " ").strip();
    }
}
