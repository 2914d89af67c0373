package org.corridorgraph.harness.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Parameter values a careless or hostile user might send: Cypher injection, quotes and
 * backslashes, right-to-left and combining marks, emoji, NUL and other control characters,
 * numbers far out of range, malformed dates, very long strings (up to 1 MB) and random unicode.
 * Deterministic for a given seed, so a failure can be replayed.
 */
public final class HostileValues {
    static final List<String> INJECTION = List.of(
            "' OR 1=1 //", "\" OR \"\"=\"", "Iran' OR '1'='1", "}) MATCH (n) DETACH DELETE n //",
            "'}) MATCH (n) DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n RETURN 1 //", "Iran\"}) RETURN 1 //",
            "$(x)", "$from", "$(from)", "${from}", "`Entity`", "``", "x` DETACH DELETE n //", "`) DETACH DELETE n //",
            "1; MATCH (n) SET n.hacked = true", "CREATE (n:Hacked {at: timestamp()})", "MERGE (n:Hacked) RETURN n",
            "MATCH (n) DETACH DELETE n", "CALL db.labels()", "CALL dbms.components()", "CALL apoc.cypher.runWrite('CREATE (n)', {})",
            "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "USING PERIODIC COMMIT", ":params {from: 'x'}", ":play start",
            "// comment", "/* comment */", "Iran /* */ OR 1=1", "RETURN 1 UNION MATCH (n) RETURN n", "*/ MATCH (n) DELETE n /*",
            "{{7*7}}", "${jndi:ldap://127.0.0.1/a}", "<script>alert(1)</script>", "../../../../etc/passwd", "%00", "%2e%2e%2f",
            "null", "NULL", "true", "[]", "{}", "[1,2,3]", "{\"$ne\": null}", "Iran\nMATCH (n) DELETE n", "Iran\r\n\r\nX-Injected: 1");
    static final List<String> QUOTES = List.of(
            "'", "\"", "\\", "\\'", "\\\"", "\\\\", "''", "\"\"", "'''", "\\u0027", "\\x27", "`", "´", "’", "‘", "“", "”", "«»",
            "Iran'", "'Iran", "Kazakh\\stan", "Iran\\", "C:\\\\Windows\\\\", "\\n\\r\\t", "\\0");
    static final List<String> UNICODE = List.of(
            "\u202Enari", "\u202Bایران\u202C", "ایران", "קזחסטן", "Қазақстан", "Түркменистан", "中国", "イラン", "🇮🇷", "😀😀😀",
            "👨‍👩‍👧‍👦", "Ira\u0301n", "I\u0336r\u0336a\u0336n\u0336", "Z\u0351\u0360\u0361a\u036E\u0364l\u0352\u0345g\u0308o",
            "Ir\u200Ban", "\uFEFFIran", "Iran\u200D", "\u00A0Iran\u00A0", "Kazakhstan\u3000", "ℌ𝔢𝔩𝔩𝔬", "ＩＲＡＮ", "İran", "ıran",
            "\u0000", "Iran\u0000", "\u0000' OR 1=1 //", "\u0001\u0002\u0003", "\u0007\u0008\u000B\u000C", "\u001B[31mred\u001B[0m",
            "\u007F", "\u0085", "\u2028\u2029", "\uFFFD", "\uFFFF", "\uD83D", "\uDE00x", "a\u0000b\u0000c");
    static final List<String> NUMBERS = List.of(
            "0", "-0", "-1", "1", "3", "10", "11", "-2147483648", "2147483648", "-9223372036854775808", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999", "1e309", "-1e309", "1E3", "NaN",
            "Infinity", "-Infinity", "0x10", "010", "1.5", "-1.5", "+5", " 5 ", "5 ", "٣", "५", "1_000", "1,000", "½", "Ⅻ");
    static final List<String> DATES = List.of(
            "2025-02-30", "2025-13-01", "0000-00-00", "-999999999-01-01", "+999999999-12-31", "9999-12-31", "0001-01-01",
            "2025-1-1", "2025/01/01", "01-01-2025", "2025-01-01T00:00:00Z", "2025-01-01' OR 1=1 //", "yesterday", "2025-W01");
    static final List<String> NAMES = List.of(
            "Iran", "iran", "IRAN", "Tehran", "Kazakhstan", "China", "SCO", "EEU", "Central Asia", "Kyrgyz Republic",
            "Iran,Iran,Iran", ",,,,", ",", " , ", "Iran,,Kazakhstan", "Iran, ' OR 1=1 //", "Iran;Kazakhstan", "Iran|Kazakhstan");

    private final Random random;

    public HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /**
     * N values: the fixed lists first (cycled), mixed with long strings, random unicode and
     * combinations. About 1 in 500 is a 1 MB string; the rest stay under a few thousand characters.
     */
    public List<String> generate(int n) {
        List<List<String>> fixed = List.of(INJECTION, QUOTES, UNICODE, NUMBERS, DATES, NAMES);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = i % 10;
            String value = switch (kind) {
                case 0, 1, 2, 3 -> {
                    List<String> list = fixed.get((i / 10 + kind) % fixed.size());
                    yield list.get((i / 7) % list.size());
                }
                case 4 -> randomUnicode(1 + random.nextInt(40));
                case 5 -> pick(INJECTION) + pick(UNICODE) + pick(QUOTES);
                case 6 -> pick(NAMES) + pick(INJECTION);
                case 7 -> Long.toString(random.nextLong() >> random.nextInt(63));
                case 8 -> longString(i);
                default -> controlString(1 + random.nextInt(20));
            };
            values.add(value);
        }
        return values;
    }

    private String longString(int i) {
        if (i % 500 == 8) {
            return "A".repeat(1 << 20); // 1 MB
        }
        int[] sizes = {499, 500, 501, 1000, 4000, 7000};
        String unit = pick(List.of("a", "é", "😀", "' OR 1=1 //", "\\", "\u0000", "Iran,"));
        int size = sizes[random.nextInt(sizes.length)];
        StringBuilder text = new StringBuilder(size + unit.length());
        while (text.length() < size) {
            text.append(unit);
        }
        return text.toString();
    }

    private String controlString(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7F + random.nextInt(0x21)));
        }
        return text.toString();
    }

    private String randomUnicode(int length) {
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x590, 0x6FF}, {0x400, 0x4FF}, {0x4E00, 0x4FFF},
                {0x200B, 0x202E}, {0x1F300, 0x1F6FF}, {0xFE00, 0xFE0F}, {0xE000, 0xE0FF}};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
