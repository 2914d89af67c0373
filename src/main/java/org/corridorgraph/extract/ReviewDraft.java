package org.corridorgraph.extract;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A draft as the review page shows it (GET /api/review/draft): each candidate statement with its
 * ends' names, the sentence its anchor is in and where, and what was decided about it so far.
 */
public record ReviewDraft(DraftSource source, List<Candidate> candidates, List<EntityCandidate> entities,
                          List<SentenceText> sentences) {

    /**
     * @param sentence    the id of the sentence holding the anchor; null when the anchor is in none
     * @param anchorStart where the anchor starts in that sentence's text, -1 when it is in none
     * @param decision    accept, edit or reject, once decided; null before
     * @param acceptedAs  the statement id it was accepted as; null otherwise
     */
    public record Candidate(String id, String type, End subject, End object, JsonNode props, String kind, String speaker,
                            String anchor, double confidence, String rule, String sentence, int anchorStart, int anchorEnd,
                            String decision, String acceptedAs) {
    }

    /**
     * One end of a candidate.
     *
     * @param proposed whether it is an entity the draft proposes (true) or one the seed data has (false)
     * @param name     its name; null when neither the draft nor the seed data knows the id
     */
    public record End(String id, String name, boolean proposed) {
    }

    public record EntityCandidate(String id, String name, List<String> labels, double confidence, String rule, String sentence) {
    }

    /** A sentence of the article after layout repair, as the anchors are matched against it. */
    public record SentenceText(String id, String text) {
    }
}
