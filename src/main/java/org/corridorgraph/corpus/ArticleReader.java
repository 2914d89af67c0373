package org.corridorgraph.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads articles as received (PDF-to-text layout defects and web page furniture included) and
 * repairs what the layout broke: paragraphs cut by page breaks, words hyphenated across them, photo
 * captions and photo credit lines in the body, a paragraph repeated at the end, escaped dollar signs,
 * markdown emphasis and typographic quotes, paragraphs that lost their blank lines, a news agency's
 * dateline before the first sentence and the page furniture after the body (related links, author
 * box, comment prompts, archive links). Every repair is reported with its file line. Photo captions
 * say who is in the picture, where and when, so they are kept as citable caption sentences, apart
 * from the body; the dateline's place, date and agency are kept on the article.
 */
public final class ArticleReader {
    /** Photo captions name where people stand: (R), (2nd-L), (C). */
    private static final Pattern CAPTION_MARK = Pattern.compile("\\((?:\\d+(?:st|nd|rd|th)-)?[LRC]\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern SINGLE_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*]+?)(?<!\\s)\\*(?![\\w*])");
    /** A repeat shorter than this is too weak to call a duplicate. */
    private static final int MIN_REPEAT_CHARS = 60;
    /** Furniture is a short line: a longer block is body text, whatever it starts with. */
    private static final int MAX_FURNITURE_WORDS = 12;
    /** Fewer lines than this in one block are never taken for paragraphs that lost their blank lines. */
    private static final int MIN_LINES_PER_PARAGRAPH_BLOCK = 3;
    /** Repairs quote what they dropped, cut to this many characters. */
    private static final int QUOTE_CHARS = 40;

    /** A line that is only a photo credit: "Photo: ...", "Image by ...", "Credit: ...", "© ...". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:(?:photo(?:graph)?|image|picture|illustration|pictured)s?(?:\\s+credits?)?\\s*(?::|\\bby\\b)"
                    + "|(?:photo\\s+)?credits?\\s*:|©|\\(c\\)\\s).*",
            Pattern.CASE_INSENSITIVE);
    /**
     * Lines that open the furniture after a web article's body: related links ("Also read:"), an
     * author box ("Author: ..."), comment prompts ("Add your comment"), archive and share links, tags.
     */
    private static final Pattern TRAILER_LABEL = Pattern.compile(
            "(?:also\\s+read|read\\s+(?:also|more|next)|see\\s+also|more\\s+on\\s+this(?:\\s+topic)?|related"
                    + "(?:\\s+(?:articles?|stories|news|posts|links|content|reading))?|recommended(?:\\s+for\\s+you)?"
                    + "|you\\s+may\\s+also\\s+like|most\\s+read|latest\\s+news)\\s*:?"
                    + "|(?:about\\s+the\\s+)?authors?(?:\\s*:.*)?"
                    + "|(?:add|leave|post|write|submit|show|view|read)\\s+(?:a\\s+|your\\s+|new\\s+|all\\s+|the\\s+)?(?:comments?|reply|replies)\\s*:?"
                    + "|\\d*\\s*comments?(?:\\s*\\(\\d+\\))?\\s*:?|\\d*\\s*characters?\\s+(?:remaining|left)\\.?"
                    + "|(?:date|news|article|site)?\\s*archives?\\s*:?"
                    + "|share(?:\\s+(?:this|on))?(?:\\s+(?:article|story|page|post))?\\s*:?|tags?\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String AGENCY = "\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}";
    /**
     * A news agency's dateline before the first sentence: the place in capitals, an optional date and
     * the agency in slashes or brackets, as in "CITY, May 5. /AGENCY/." or "CITY (Agency) -".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "((?<place>\\p{Lu}[\\p{Lu}\\p{M}'. -]*\\p{Lu})\\.?(?:\\s*,\\s*(?<month>(?i:" + MONTH + "))\\s+(?<day>\\d{1,2})"
                    + "(?:\\s*,\\s*(?<year>\\d{4}))?)?\\s*[.,]?\\s*"
                    + "(?:/\\s*(?<slashed>" + AGENCY + ")\\s*/\\s*[.:]?|\\(\\s*(?<bracketed>" + AGENCY + ")\\s*\\)\\s*[-–—]))(?:\\s+|$)");
    /** A last opening bracket that never closes: the layout cut it off, as in a position mark "(1". */
    private static final Pattern UNCLOSED = Pattern.compile("\\([^()]*$");
    private static final Pattern CURLY_QUOTES = Pattern.compile("[‘’‚‛“”„‟]");

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
        List<Paragraph> captions = new ArrayList<>();
        for (Block block : withoutTrailer(id, blocks(id, raw, repairs), repairs)) {
            if (CAPTION_MARK.matcher(block.text).find()) {
                captions.add(caption(id, captions.size() + 1, block, repairs));
            } else if (isPhotoCredit(block.text)) {
                repairs.add(id + ".txt:" + block.line + ": photo credit left out of the body: " + quote(block.text));
            } else {
                blocks.add(block);
            }
        }
        List<Block> merged = mergeBrokenParagraphs(id, blocks, repairs);

        String title = null;
        Dateline dateline = null;
        List<Block> body = new ArrayList<>();
        for (Block block : merged) {
            if (isHeading(block.text)) {
                if (title == null) {
                    title = block.text;
                }
                continue;
            }
            if (body.isEmpty()) {
                Matcher m = DATELINE.matcher(block.text);
                if (m.lookingAt()) {
                    dateline = dateline == null ? dateline(block.line, m) : dateline;
                    block = withoutDateline(id, block, m, repairs);
                    if (block == null) {
                        continue;
                    }
                }
            }
            Block earlier = repeatedFrom(block, body);
            if (earlier != null) {
                repairs.add(id + ".txt:" + block.line + ": repeat of the paragraph at line " + earlier.line + " dropped: "
                        + quote(block.text));
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
        return new Article(id, file, title == null ? id : title, List.copyOf(paragraphs), List.copyOf(repairs),
                List.copyOf(captions), title, dateline);
    }

    /**
     * A photo caption as its own numbered paragraph of caption sentences. A caption the layout cut
     * mid-bracket is kept as written and reported: guessing the rest of a position mark would put
     * words in the article's mouth.
     */
    private Paragraph caption(String id, int number, Block block, List<String> repairs) {
        List<Sentence> sentences = new ArrayList<>();
        for (String text : splitter.split(block.text)) {
            sentences.add(new Sentence(id, number, sentences.size() + 1, block.line, text, true));
        }
        repairs.add(id + ".txt:" + block.line + ": photo caption kept as a citable caption sentence, out of the body ("
                + sentences.get(0).id() + "): " + quote(block.text));
        for (Sentence sentence : sentences) {
            Matcher unclosed = UNCLOSED.matcher(sentence.text());
            if (unclosed.find()) {
                repairs.add(id + ".txt:" + block.line + ": photo caption has a bracket the layout cut short, kept as written: \""
                        + unclosed.group().split("\\s+")[0] + "\"");
            }
        }
        return new Paragraph(number, block.line, block.text, List.copyOf(sentences));
    }

    private static Dateline dateline(int line, Matcher m) {
        String month = m.group("month");
        return new Dateline(line, m.group(1).strip(), m.group("place").strip(),
                month == null ? null : month(month),
                m.group("day") == null ? null : Integer.valueOf(m.group("day")),
                m.group("year") == null ? null : Integer.valueOf(m.group("year")),
                m.group("slashed") != null ? m.group("slashed").strip() : m.group("bracketed").strip());
    }

    /** Jan, Sept., October: the first three letters name the month. */
    private static Month month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
                return month;
            }
        }
        throw new IllegalStateException("the dateline pattern admits only month names: " + name);
    }

    /**
     * Blocks of text separated by blank lines, cleaned of escapes, emphasis and typographic quotes. A
     * block of at least three lines where each line but the last ends a sentence and the next starts
     * one is a page that lost the blank lines between its paragraphs: each line is a paragraph.
     */
    private List<Block> blocks(String id, String raw, List<String> repairs) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> current = new ArrayList<>();
        int startLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    if (isParagraphPerLine(current)) {
                        repairs.add(id + ".txt:" + startLine + ": " + current.size()
                                + " lines without blank lines between them read as " + current.size() + " paragraphs");
                        for (int k = 0; k < current.size(); k++) {
                            blocks.add(block(id, startLine + k, current.get(k), repairs));
                        }
                    } else {
                        blocks.add(block(id, startLine, String.join(" ", current), repairs));
                    }
                    current.clear();
                }
                continue;
            }
            if (current.isEmpty()) {
                startLine = i + 1;
            }
            current.add(line);
        }
        return blocks;
    }

    private static Block block(String id, int line, String text, List<String> repairs) {
        String straight = straightQuotes(text);
        if (!straight.equals(text)) {
            repairs.add(id + ".txt:" + line + ": typographic quotes made straight");
        }
        return new Block(line, clean(straight));
    }

    private static boolean isParagraphPerLine(List<String> lines) {
        if (lines.size() < MIN_LINES_PER_PARAGRAPH_BLOCK) {
            return false;
        }
        for (int k = 0; k + 1 < lines.size(); k++) {
            if (!endsSentence(lines.get(k)) || !startsSentence(lines.get(k + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String line) {
        return line.matches(".*\\p{L}.*[.!?][\"”’)]*");
    }

    private static boolean startsSentence(String line) {
        char first = line.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘(".indexOf(first) >= 0;
    }

    /** ‘ ’ become ' and “ ” become ", so that the sentences read the same whichever quotes the page used. */
    static String straightQuotes(String text) {
        return CURLY_QUOTES.matcher(text).replaceAll(m -> "‘’‚‛".contains(m.group()) ? "'" : "\"");
    }

    /**
     * The page furniture after a web article's body: from the first short line that labels related
     * links, an author box, comments, archives, sharing or tags, to the end of the file. It must
     * follow body text, and what it drops must be shorter than the body before it.
     */
    private static List<Block> withoutTrailer(String id, List<Block> blocks, List<String> repairs) {
        int bodyWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (bodyWords > 0 && isFurnitureLine(block.text, TRAILER_LABEL)) {
                int trailerWords = 0;
                for (Block rest : blocks.subList(i, blocks.size())) {
                    trailerWords += words(rest.text);
                }
                if (trailerWords < bodyWords) {
                    for (Block rest : blocks.subList(i, blocks.size())) {
                        repairs.add(id + ".txt:" + rest.line + ": page furniture after the body left out"
                                + (rest == block ? "" : " (it follows line " + block.line + ")") + ": " + quote(rest.text));
                    }
                    return blocks.subList(0, i);
                }
            }
            if (!isHeading(block.text)) {
                bodyWords += words(block.text);
            }
        }
        return blocks;
    }

    private static boolean isPhotoCredit(String text) {
        return isFurnitureLine(text, PHOTO_CREDIT);
    }

    private static boolean isFurnitureLine(String text, Pattern shape) {
        return words(text) <= MAX_FURNITURE_WORDS && shape.matcher(text).matches();
    }

    /** The first body paragraph without the news agency's dateline it opens with; null if the dateline was all of it. */
    private static Block withoutDateline(String id, Block block, Matcher m, List<String> repairs) {
        if (m.end() == block.text.length()) {
            repairs.add(id + ".txt:" + block.line + ": news agency dateline left out of the body: " + quote(block.text));
            return null;
        }
        repairs.add(id + ".txt:" + block.line + ": news agency dateline stripped from the first sentence: " + quote(m.group(1)));
        return new Block(block.line, block.text.substring(m.end()));
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** What a repair dropped, in quotes and cut short. */
    private static String quote(String text) {
        if (text.length() <= QUOTE_CHARS) {
            return "\"" + text + "\"";
        }
        int cut = text.lastIndexOf(' ', QUOTE_CHARS);
        return "\"" + text.substring(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS) + "…\"";
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
