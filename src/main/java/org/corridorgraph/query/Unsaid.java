package org.corridorgraph.query;

/**
 * What a query's column leaves unsaid when it is null: "@unsaid attacker — who attacked it" makes an
 * answer whose every row lacks an attacker say that the articles do not say who attacked it.
 */
public record Unsaid(String column, String what) {
}
