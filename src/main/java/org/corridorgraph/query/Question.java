package org.corridorgraph.query;

/**
 * A plain-language question placed on a canned query, with the arguments read from it (entities resolved).
 *
 * @param asking the column of the query's {@code @unsaid} lines that the question asks for ("who
 *               attacked it" asks for the attacker); null when it asks for none in particular
 */
public record Question(String text, String query, Arguments args, String asking) {
    public Question(String text, String query, Arguments args) {
        this(text, query, args, null);
    }
}
