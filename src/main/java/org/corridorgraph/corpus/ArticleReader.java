package org.corridorgraph.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads articles as received (PDF-to-text layout defects included) and repairs what the text
 * layout broke: paragraphs cut by page breaks, words hyphenated across them, photo captions in the
 * body, a paragraph repeated at the end, escaped dollar signs and markdown emphasis.
 */
public final class ArticleReader {
    /** Photo captions name where people stand: (R), (2nd-L), (C). */
    private static final Pattern CAPTION_MARK = Pattern.compile("\\((?:\\d+(?:st|nd|rd|th)-)?[LRC]\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern SINGLE_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*]+?)(?<!\\s)\\*(?![\\w*])");
    /** A repeat shorter than this is too weak to call a duplicate. */
    private static final int MIN_REPEAT_CHARS = 60;

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Every .txt article in a folder, in file-name order. */
    public List<Article> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("corpus folder " + folder + " does not exist",
                    "pass --corpus with a folder of .txt articles, or leave it out to load statements without evidence", null);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (articles.isEmpty()) {
                throw new CorpusException("corpus folder " + folder + " holds no .txt article",
                        "put the articles there as plain-text .txt files", null);
            }
            return articles.stream().map(this::read).toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list corpus folder " + folder + ": " + e.getMessage(), "check its permissions", e);
        }
    }

    public Article read(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        try {
            return parse(id, file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CorpusException("cannot read article " + file + ": " + e.getMessage(), "check that it is a UTF-8 text file", e);
        }
    }

    Article parse(String id, Path file, String raw) {
        List<String> repairs = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Block block : blocks(raw)) {
            if (CAPTION_MARK.matcher(block.text).find()) {
                repairs.add(id + ".txt:" + block.line + ": photo caption left out of the body");
            } else {
                blocks.add(block);
            }
        }
        List<Block> merged = mergeBrokenParagraphs(id, blocks, repairs);

        String title = null;
        List<Block> body = new ArrayList<>();
        for (Block block : merged) {
            if (isHeading(block.text)) {
                if (title == null) {
                    title = block.text;
                }
                continue;
            }
            Block earlier = repeatedFrom(block, body);
            if (earlier != null) {
                repairs.add(id + ".txt:" + block.line + ": repeat of the paragraph at line " + earlier.line + " dropped");
                continue;
            }
            body.add(block);
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : body) {
            int number = paragraphs.size() + 1;
            List<Sentence> sentences = new ArrayList<>();
            for (String text : splitter.split(block.text)) {
                sentences.add(new Sentence(id, number, sentences.size() + 1, block.line, text));
            }
            paragraphs.add(new Paragraph(number, block.line, block.text, List.copyOf(sentences)));
        }
        return new Article(id, file, title == null ? id : title, List.copyOf(paragraphs), List.copyOf(repairs));
    }

    /** Blocks of text separated by blank lines, cleaned of escapes and emphasis. */
    private List<Block> blocks(String raw) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder current = new StringBuilder();
        int startLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(startLine, clean(current.toString())));
                    current.setLength(0);
                }
                continue;
            }
            if (current.isEmpty()) {
                startLine = i + 1;
            } else {
                current.append(' ');
            }
            current.append(line);
        }
        return blocks;
    }

    private static String clean(String text) {
        String unescaped = text.replace("\\$", "$");
        String plain = EMPHASIS.matcher(unescaped).replaceAll("$2");
        plain = SINGLE_EMPHASIS.matcher(plain).replaceAll("$1");
        return plain.replaceAll("\\s+", " ").strip();
    }

    /**
     * A block that stops mid-sentence and a following block that starts in lower case are one
     * paragraph cut by a page break; a trailing hyphen there splits one word.
     */
    private static List<Block> mergeBrokenParagraphs(String id, List<Block> blocks, List<String> repairs) {
        List<Block> merged = new ArrayList<>();
        for (Block block : blocks) {
            Block previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && endsMidSentence(previous.text) && startsLowerCase(block.text)) {
                String joined;
                if (previous.text.matches(".*\\p{L}-$")) {
                    joined = previous.text.substring(0, previous.text.length() - 1) + block.text;
                    repairs.add(id + ".txt:" + block.line + ": word hyphenated across a page break joined to line " + previous.line);
                } else {
                    joined = previous.text + " " + block.text;
                    repairs.add(id + ".txt:" + block.line + ": paragraph cut by a page break joined to line " + previous.line);
                }
                merged.set(merged.size() - 1, new Block(previous.line, joined));
            } else {
                merged.add(block);
            }
        }
        return merged;
    }

    private static boolean endsMidSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?:\"”’)".indexOf(last) < 0;
    }

    private static boolean startsLowerCase(String text) {
        return Character.isLowerCase(text.charAt(0));
    }

    /** Titles and section headings: short lines that end without punctuation. */
    private static boolean isHeading(String text) {
        return endsMidSentence(text) && text.split(" ").length <= 12;
    }

    private static Block repeatedFrom(Block block, List<Block> earlier) {
        String key = letters(block.text);
        if (key.length() < MIN_REPEAT_CHARS) {
            return null;
        }
        for (Block candidate : earlier) {
            if (letters(candidate.text).startsWith(key)) {
                return candidate;
            }
        }
        return null;
    }

    /** Letters and digits only: spacing slips such as a lost blank between words do not hide a repeat. */
    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private record Block(int line, String text) {
    }
}
