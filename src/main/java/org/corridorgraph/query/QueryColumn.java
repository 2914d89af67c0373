package org.corridorgraph.query;

import org.corridorgraph.seed.ValueType;

/**
 * A column a canned query returns, as its header declares it.
 *
 * @param nullable whether rows may hold null in it
 */
public record QueryColumn(String name, ValueType type, boolean nullable, String description) {
    /** The name answers give the column: the sentence ids of a citations column become numbered citations. */
    public String answerName() {
        return type == ValueType.CITATIONS ? CITATIONS : name;
    }

    /** What answers call a column of sentence ids. */
    public static final String CITATIONS = "citations";
}
