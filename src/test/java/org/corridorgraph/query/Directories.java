package org.corridorgraph.query;

import java.util.List;

/** A small entity directory in memory, for tests of name resolution that need no database. */
final class Directories {
    static final EntityRef CHINA = new EntityRef("china", "China", List.of("State"), List.of("PRC"));
    static final EntityRef IRAN = new EntityRef("iran", "Iran", List.of("State"), List.of("Islamic Republic of Iran"));
    static final EntityRef KAZAKHSTAN = new EntityRef("kazakhstan", "Kazakhstan", List.of("State"), List.of("Republic of Kazakhstan"));
    static final EntityRef KYRGYZSTAN = new EntityRef("kyrgyzstan", "Kyrgyzstan", List.of("State"), List.of("Kyrgyz Republic"));
    static final EntityRef TURKMENISTAN = new EntityRef("turkmenistan", "Turkmenistan", List.of("State"), List.of());
    static final EntityRef RUSSIA = new EntityRef("russia", "Russia", List.of("State"), List.of("Russian Federation"));
    static final EntityRef CENTRAL_ASIA = new EntityRef("central-asia", "Central Asia", List.of("Region"), List.of());
    static final EntityRef SCO = new EntityRef("sco", "Shanghai Cooperation Organization", List.of("Bloc"), List.of("SCO"));
    static final EntityRef EEU = new EntityRef("eeu", "Eurasian Economic Union", List.of("Bloc"), List.of("EEU", "EAEU"));

    private Directories() {
    }

    static EntityDirectory eurasia() {
        return new EntityDirectory(List.of(CHINA, IRAN, KAZAKHSTAN, KYRGYZSTAN, TURKMENISTAN, RUSSIA, CENTRAL_ASIA, SCO, EEU));
    }
}
