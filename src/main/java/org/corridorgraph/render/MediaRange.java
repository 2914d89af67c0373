package org.corridorgraph.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One media range of an Accept header, such as {@code text/*;q=0.5}.
 *
 * @param position where it stood in the header, from 0
 */
record MediaRange(String type, String subtype, double q, int position) {
    private static final String ANY = "*";

    /** The ranges of an Accept header in header order; malformed ranges are left out. */
    static List<MediaRange> parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        if (header == null) {
            return ranges;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String mediaType = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (mediaType.equals(ANY)) {
                mediaType = "*/*"; // some old clients send a bare *
            }
            int slash = mediaType.indexOf('/');
            if (slash <= 0 || slash == mediaType.length() - 1) {
                continue;
            }
            Double q = q(pieces);
            if (q != null) {
                ranges.add(new MediaRange(mediaType.substring(0, slash).strip(), mediaType.substring(slash + 1).strip(),
                        q, ranges.size()));
            }
        }
        return ranges;
    }

    /** The q parameter, 1 when absent, null when unreadable. */
    private static Double q(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String[] param = pieces[i].split("=", 2);
            if (param.length == 2 && param[0].strip().equalsIgnoreCase("q")) {
                try {
                    double q = Double.parseDouble(param[1].strip());
                    return Double.isNaN(q) ? null : Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return 1.0;
    }

    /** How closely this range names the media type: 2 exact, 1 type/*, 0 *&#47;*, -1 not at all. */
    int specificity(String mediaType) {
        int slash = mediaType.indexOf('/');
        String otherType = mediaType.substring(0, slash);
        String otherSubtype = mediaType.substring(slash + 1);
        if (type.equals(ANY)) {
            return subtype.equals(ANY) ? 0 : -1;
        }
        if (!type.equals(otherType)) {
            return -1;
        }
        if (subtype.equals(ANY)) {
            return 1;
        }
        return subtype.equals(otherSubtype) ? 2 : -1;
    }
}
