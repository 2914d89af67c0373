package org.corridorgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at . ! ? followed by whitespace and a capital letter, a digit or
 * an opening quote, except after common abbreviations and single initials.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "no",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt");

    List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"”’)".indexOf(paragraph.charAt(end)) >= 0) {
                end++;
            }
            if (end >= n || !Character.isWhitespace(paragraph.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next >= n || !startsSentence(paragraph.charAt(next)) || (c == '.' && isAbbreviation(paragraph, start, i))) {
                continue;
            }
            sentences.add(paragraph.substring(start, end).trim());
            start = next;
            i = next - 1;
        }
        String rest = paragraph.substring(start).trim();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘(".indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int period) {
        int wordStart = period;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, period).replaceAll("^[\"“(]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, as in "J. Smith"
        }
        return ABBREVIATIONS.contains(word.toLowerCase());
    }
}
