package org.corridorgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.CorridorGraphException;

/**
 * What a report asks, from options or from a spec file with one line per question:
 * <pre>
 * title: Corridors through Central Asia
 * query routes from=China to=Iran via="Central Asia"
 * ask what is Kazakhstan a member of
 * </pre>
 */
record ReportSpec(String title, List<Item> items) {
    /** A canned query with parameters, or (query null) a plain-language question. */
    record Item(String query, Map<String, List<String>> params, String question) {
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S+))");

    static ReportSpec read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot read report spec " + file + ": " + e.getMessage(), "check the path", e);
        }
        String title = null;
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("title:")) {
                title = line.substring(6).strip();
            } else if (line.startsWith("ask ")) {
                items.add(new Item(null, Map.of(), line.substring(4).strip()));
            } else if (line.startsWith("query ")) {
                String rest = line.substring(6).strip();
                int space = rest.indexOf(' ');
                String name = space < 0 ? rest : rest.substring(0, space);
                String args = space < 0 ? "" : rest.substring(space + 1);
                Map<String, List<String>> params = new LinkedHashMap<>();
                Matcher m = ASSIGNMENT.matcher(args);
                int consumed = 0;
                while (m.find() && args.substring(consumed, m.start()).isBlank()) {
                    params.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2) != null ? m.group(2) : m.group(3));
                    consumed = m.end();
                }
                if (!args.substring(consumed).isBlank()) {
                    throw new CorridorGraphException(file + ":" + (i + 1) + ": cannot read parameters near '"
                            + args.substring(consumed).strip() + "'", "write key=value pairs; quote values with spaces");
                }
                items.add(new Item(name, params, null));
            } else {
                throw new CorridorGraphException(file + ":" + (i + 1) + ": expected 'title:', 'query NAME k=v …' or 'ask QUESTION'",
                        "see `report --help`");
            }
        }
        if (items.isEmpty()) {
            throw new CorridorGraphException("report spec " + file + " asks nothing", "add 'query …' or 'ask …' lines");
        }
        return new ReportSpec(title, items);
    }
}
