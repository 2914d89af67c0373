package org.corridorgraph.query;

import java.util.List;

/**
 * How a plain-language question was answered, so a reader can judge the answer.
 *
 * @param question  as asked
 * @param method    {@code router}: a shape of question placed it on a canned query; {@code retrieval}:
 *                  statements and sentences ranked against its words
 * @param shape     the canned query that answered (for retrieval, {@code search})
 * @param how       the finding in words: the shape and its parameters, or the retrieval's best score
 *                  against the threshold
 * @param abstained true when the articles do not give what was asked: the rows are then what they do
 *                  say about the entities named, never a guess
 * @param answer    for an abstention, what the articles say and what they do not; null otherwise
 * @param scores    for retrieval, each row's score (the share of the question's words the statement
 *                  and its sentence hold, raised for the entities named), in row order; else empty
 * @param threshold for retrieval, the score below which it abstains; null for the router
 */
public record Asked(String question, String method, String shape, String how, boolean abstained, String answer,
                    List<Double> scores, Double threshold) {
    public static final String ROUTER = "router";
    public static final String RETRIEVAL = "retrieval";
}
