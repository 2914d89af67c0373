package org.corridorgraph.query;

/**
 * A plain-language question placed on a canned query, with the arguments read from it (entities resolved).
 *
 * @param asking  the column of the query's {@code @unsaid} lines that the question asks for ("who
 *                attacked it" asks for the attacker); null when it asks for none in particular
 * @param confirm for a yes-or-no question, the row it needs ("is Turkmenistan under sanctions" needs a
 *                row whose target is Turkmenistan); null for other questions
 */
public record Question(String text, String query, Arguments args, String asking, Confirm confirm) {
    /** A row the answer must hold to say yes: this column with this value. */
    public record Confirm(String column, String value, String claim) {
    }

    public Question(String text, String query, Arguments args) {
        this(text, query, args, null, null);
    }

    public Question(String text, String query, Arguments args, String asking) {
        this(text, query, args, asking, null);
    }
}
