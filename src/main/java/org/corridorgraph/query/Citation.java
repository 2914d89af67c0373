package org.corridorgraph.query;

/** One evidence sentence, numbered once per result; rows refer to it by number. */
public record Citation(int number, String sentenceId, String source, String text) {
}
