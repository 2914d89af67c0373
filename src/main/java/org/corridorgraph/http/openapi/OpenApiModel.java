package org.corridorgraph.http.openapi;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parts of OpenAPI 3.0.3 the API publishes, as records Jackson writes; what is null or empty is
 * left out. (swagger-core's models would pull javax/jakarta XML and validation APIs that clash with
 * the embedded Neo4j server's, so the few objects we need are written here.)
 */
public final class OpenApiModel {
    private OpenApiModel() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Document(String openapi, Info info, Map<String, PathItem> paths, Components components) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Info(String title, String version, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PathItem(Operation get) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Operation(String operationId, String summary, List<Parameter> parameters, Map<String, Response> responses) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameter(String name, String in, boolean required, Schema schema, String description, String example,
                            Boolean explode) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Response(String description, Map<String, MediaType> content, Map<String, Header> headers) {
        public Response(String description, Map<String, MediaType> content) {
            this(description, content, Map.of());
        }
    }

    /** A response header. */
    public record Header(String description, Schema schema) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MediaType(Schema schema) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Components(Map<String, Schema> schemas) {
    }

    /** A JSON Schema object in OpenAPI's 3.0 dialect. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schema(@JsonProperty("$ref") String ref, String type, String format, String description,
                         Map<String, Schema> properties, Schema items, @JsonProperty("enum") List<String> enumeration,
                         @JsonProperty("default") Object defaultValue, Long minimum, Long maximum, Boolean nullable,
                         Boolean additionalProperties) {
        public static Schema ref(String component) {
            return new Schema("#/components/schemas/" + component, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static Schema of(String type) {
            return new Schema(null, type, null, null, null, null, null, null, null, null, null, null);
        }

        public static Schema object(String description, Map<String, Schema> properties) {
            return new Schema(null, "object", null, description, properties, null, null, null, null, null, null, null);
        }

        /** An object whose keys are not fixed, such as a property bag. */
        public static Schema map(String description) {
            return new Schema(null, "object", null, description, null, null, null, null, null, null, null, true);
        }

        public static Schema array(Schema items) {
            return new Schema(null, "array", null, null, null, items, null, null, null, null, null, null);
        }

        public Schema describedAs(String text) {
            return new Schema(ref, type, format, text, properties, items, enumeration, defaultValue, minimum, maximum, nullable,
                    additionalProperties);
        }

        public Schema withFormat(String f) {
            return new Schema(ref, type, f, description, properties, items, enumeration, defaultValue, minimum, maximum, nullable,
                    additionalProperties);
        }

        public Schema withEnum(List<String> values) {
            return new Schema(ref, type, format, description, properties, items, values, defaultValue, minimum, maximum, nullable,
                    additionalProperties);
        }

        public Schema withDefault(Object value) {
            return new Schema(ref, type, format, description, properties, items, enumeration, value, minimum, maximum, nullable,
                    additionalProperties);
        }

        public Schema withBounds(Long min, Long max) {
            return new Schema(ref, type, format, description, properties, items, enumeration, defaultValue, min, max, nullable,
                    additionalProperties);
        }

        public Schema asNullable() {
            return new Schema(ref, type, format, description, properties, items, enumeration, defaultValue, minimum, maximum, true,
                    additionalProperties);
        }
    }
}
