package org.corridorgraph.seed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The world's states as the JDK's locale data names them (ISO 3166 codes and English names), so a
 * state the seed data lacks is still recognised, and proposed with its codes rather than typed by hand.
 */
public final class WorldStates {
    /** A state from the reference list: its English name and ISO 3166-1 codes. */
    public record WorldState(String name, String iso2, String iso3) {
    }

    private final List<WorldState> states;

    public WorldStates() {
        List<WorldState> all = new ArrayList<>();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            Locale locale = new Locale.Builder().setRegion(code).build();
            String name = locale.getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code)) {
                all.add(new WorldState(name, code, locale.getISO3Country()));
            }
        }
        this.states = List.copyOf(all);
    }

    public List<WorldState> all() {
        return states;
    }

    /** The states none of the given entities is, by ISO code or name, as resolver entries with proposed ids. */
    List<NameResolver.Known> notIn(Collection<NameResolver.Known> seed) {
        Set<String> names = new HashSet<>();
        seed.forEach(k -> {
            names.add(NameResolver.key(k.name()));
            k.aliases().forEach(a -> names.add(NameResolver.key(a)));
        });
        List<NameResolver.Known> result = new ArrayList<>();
        for (WorldState s : states) {
            if (!names.contains(NameResolver.key(s.name()))) {
                result.add(new NameResolver.Known(slug(s.name()), s.name(), List.of("State"), List.of(), false));
            }
        }
        return result;
    }

    public java.util.Optional<WorldState> byName(String name) {
        String key = NameResolver.key(name);
        return states.stream().filter(s -> NameResolver.key(s.name()).equals(key)).findFirst();
    }

    static String slug(String name) {
        return NameKey.of(name).replace(' ', '-');
    }
}
