package org.corridorgraph.seed;

/** What kind of claim a statement is. */
public enum Kind {
    /** The article asserts it. */
    FACT,
    /** The author's analysis or opinion. */
    ASSESSMENT,
    /** Said by a named speaker. */
    REPORTED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
