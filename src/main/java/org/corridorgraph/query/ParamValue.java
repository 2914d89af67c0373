package org.corridorgraph.query;

/** One value given for a parameter: text still to be read, or an entity already resolved. */
public sealed interface ParamValue {
    /** The value as a user reads it. */
    String text();

    /** Typed by a user: read against the parameter's type, entity names resolved. */
    record Text(String text) implements ParamValue {
    }

    /** An entity a question already named; it is not looked up again. */
    record Entity(EntityRef ref) implements ParamValue {
        @Override
        public String text() {
            return ref.name();
        }
    }
}
