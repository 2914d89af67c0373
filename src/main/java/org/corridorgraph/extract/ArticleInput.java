package org.corridorgraph.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/**
 * Checks a new article before anything reads it as text: it exists, is not too large (measured
 * before reading, so a huge file is refused at once), is not binary, and is UTF-8.
 */
public final class ArticleInput {
    /** Articles are news items and analyses: 5 MB is far beyond the longest one seen. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public void check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw refused(file, "does not exist or is not a file", "give the path of a plain-text .txt article");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refused(file, "is " + size + " bytes, over the limit of " + MAX_BYTES + " bytes (5 MB)",
                        "split it into articles, or extract only the article's text");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw refused(file, "is empty", "give an article with at least one sentence");
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw refused(file, "holds a NUL byte at offset " + i + ": it is binary, not text",
                            "convert the article to plain UTF-8 text first");
                }
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw refused(file, "is not valid UTF-8", "save the article as UTF-8 text (for example with iconv -t UTF-8)");
            }
        } catch (IOException e) {
            throw new CorridorGraphException(ErrorKind.BAD_INPUT, "cannot read article " + file + ": " + e.getMessage(),
                    "check that the file is readable", e);
        }
    }

    private static CorridorGraphException refused(Path file, String what, String hint) {
        return new CorridorGraphException(ErrorKind.BAD_INPUT, "article " + file + " " + what, hint, null);
    }
}
