package org.corridorgraph.extract;

/** The article's Source metadata as extract guesses it; accept writes it into seed-data/sources.jsonl. */
public record DraftSource(String id, String file, String title, String published, String origin) {
}
