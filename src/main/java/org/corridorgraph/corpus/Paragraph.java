package org.corridorgraph.corpus;

import java.util.List;

/** A body paragraph: its 1-based number, the file line it starts on, and its sentences. */
public record Paragraph(int number, int line, String text, List<Sentence> sentences) {
}
