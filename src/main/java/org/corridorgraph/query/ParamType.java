package org.corridorgraph.query;

/** The parameter types a query header may declare. */
public enum ParamType {
    STRING("string", "a string"),
    INTEGER("integer", "a whole number"),
    DATE("date", "an ISO date yyyy-mm-dd"),
    ENTITY("entity", "the name or alias of an entity"),
    ENTITY_LIST("entity[]", "names or aliases of entities, comma-separated"),
    STRING_LIST("string[]", "strings, comma-separated");

    private final String declared;
    private final String expected;

    ParamType(String declared, String expected) {
        this.declared = declared;
        this.expected = expected;
    }

    public String declared() {
        return declared;
    }

    public String expected() {
        return expected;
    }

    public boolean isList() {
        return this == ENTITY_LIST || this == STRING_LIST;
    }

    public boolean namesEntities() {
        return this == ENTITY || this == ENTITY_LIST;
    }

    static ParamType parse(String text) {
        for (ParamType t : values()) {
            if (t.declared.equals(text)) {
                return t;
            }
        }
        return null;
    }
}
