package org.corridorgraph.query;

/** A plain-language question placed on a canned query, with the arguments read from it (entities resolved). */
public record Question(String text, String query, Arguments args) {
}
