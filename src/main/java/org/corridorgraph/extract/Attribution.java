package org.corridorgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence's claims belong to, and whether it asserts them at all. "X said", "according to X"
 * and a quotation attributed to X make a sentence reported with X as speaker; "according to him" and
 * quoted text continue the last speaker. A plan, a target or an expectation ("will", "planned",
 * "expected", "aims to") that no speaker claims is not asserted, so it is not drafted as fact.
 */
final class Attribution {
    private static final Pattern SAID_AFTER = Pattern.compile("\\b(?:said|says|stated|noted|added|told|stressed|emphasi[sz]ed|announced|explained|described)\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\baccording\\s+to\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:according\\s+to\\s+(?:him|her)|(?:he|she)\\s+(?:said|added|noted|stressed|stated)|(?:the\\s+\\w+\\s+)?(?:chief|minister|official|head|spokesman|spokesperson)\\s+said)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile("\\b(?:will|would|could|(?-i:may)|might|shall|should|plans?|planned|planning|expect(?:s|ed)?|aims?|aimed|intends?|intended"
            + "|target(?:s|ed)?|proposed|hopes?|is\\s+set\\s+to|are\\s+set\\s+to|is\\s+to|are\\s+to|nearing\\s+completion|draft)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern JUDGEMENT = Pattern.compile("\\b(?:likely|appears?|seems?|suggests?|underscor(?:e|es|ed|ing)|highlight(?:s|ed|ing)?|increasingly|arguably|strategic(?:ally)?|crucial|pivotal)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The verdict for one sentence: its speaker (or null) and whether it asserts what it says. */
    /** @param hedged the sentence speaks of a plan, target or expectation (its speaker claims it; it is not so yet) */
    record Verdict(Ref speaker, boolean asserted, boolean judgement, boolean hedged) {
        String kind() {
            return speaker != null ? "reported" : judgement ? "assessment" : "fact";
        }
    }

    private Ref lastSpeaker;

    Verdict judge(String text, List<Ref> refs, boolean quoted) {
        Ref speaker = named(text, refs);
        if (speaker == null && (PRONOUN.matcher(text).find() || quoted) && lastSpeaker != null) {
            speaker = lastSpeaker;
        }
        if (speaker != null) {
            lastSpeaker = speaker;
        }
        boolean hedged = HEDGE.matcher(text).find();
        return new Verdict(speaker, speaker != null || !hedged, JUDGEMENT.matcher(text).find(), hedged);
    }

    /** A person named right before "said" or right after "said" / "according to". */
    private static Ref named(String text, List<Ref> refs) {
        for (Ref r : refs) {
            if (!r.is("Person")) {
                continue;
            }
            String after = text.substring(r.end(), Math.min(text.length(), r.end() + 14));
            String before = text.substring(Math.max(0, r.start() - 16), r.start());
            Matcher a = SAID_AFTER.matcher(after);
            if ((a.find() && a.start() <= 2) || SAID_AFTER.matcher(before).find() || ACCORDING.matcher(before).find()) {
                return r;
            }
        }
        return null;
    }
}
