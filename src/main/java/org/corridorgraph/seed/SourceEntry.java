package org.corridorgraph.seed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of seed-data/sources.jsonl as written: what we know of an article's publication. The
 * values are still raw JSON; {@link SourceValidator} checks them.
 *
 * @param id         the article's document id (its file name without .txt)
 * @param title      the title; for an article that has no headline, one we gave it
 * @param titleGiven false when the article has no headline of its own and the title is ours (null: not said)
 * @param published  yyyy, yyyy-mm or yyyy-mm-dd, or JSON null when the article is undated (null: not said)
 * @param origin     where it came from: its address, or a description of the publication
 */
public record SourceEntry(String id, String title, JsonNode titleGiven, JsonNode published, String origin, Location at) {
}
