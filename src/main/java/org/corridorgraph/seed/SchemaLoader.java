package org.corridorgraph.seed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridorgraph.resources.ProjectFolder;

/** Reads seed-data/schema.json and checks that it is a usable schema. */
public final class SchemaLoader {
    public static final String FILE = "schema.json";
    private static final String NAME_PATTERN = "[A-Z][A-Za-z0-9]*";
    private static final String TYPE_PATTERN = "[A-Z][A-Z0-9_]*";
    private static final String COLOUR_PATTERN = "#[0-9a-f]{6}";

    /** Every relationship carries its provenance under these names. */
    public static final List<String> RESERVED_RELATIONSHIP_PROPERTIES =
            List.of("statementId", "statements", "kind", "kinds", "speaker", "source", "sources", "sourceCount", "reference",
                    "anchor", "anchors", "evidence", "evidenceStatus", "text", "speakers");

    private final ObjectMapper mapper;

    public SchemaLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Schema load(ProjectFolder folder) {
        String text = folder.read(FILE);
        String file = folder.describe(FILE);
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SeedValidationException(List.of(new Problem(new Location(file, line),
                    "not valid JSON: " + e.getOriginalMessage(), "check brackets, commas and quotes near that line")));
        }
        Map<String, LabelDef> labels = new LinkedHashMap<>();
        for (JsonNode node : root.path("labels")) {
            String name = node.path("name").asText("");
            Location at = new Location(file, lineOf(text, "\"" + name + "\""));
            if (!name.matches(NAME_PATTERN)) {
                problems.add(new Problem(at, "label name '" + name + "' is not PascalCase", "use names such as State or FreightService"));
                continue;
            }
            if (name.equals(Schema.ENTITY_LABEL) || Schema.PLUMBING_LABELS.contains(name)) {
                problems.add(new Problem(at, "label " + name + " is reserved for the importer", "remove it from schema.json"));
                continue;
            }
            Map<String, PropertyDef> properties = properties(node.path("properties"), at, "label " + name, problems);
            LabelStyle style = style(node.path("style"), at, name, properties, problems);
            if (labels.put(name, new LabelDef(name, node.path("description").asText(""), style, properties)) != null) {
                problems.add(new Problem(at, "label " + name + " is declared twice", "keep one declaration"));
            }
        }
        Map<String, LabelDef> documentLabels = new LinkedHashMap<>();
        for (JsonNode node : root.path("documentLabels")) {
            String name = node.path("name").asText("");
            Location at = new Location(file, lineOf(text, "\"" + name + "\""));
            if (!Schema.PLUMBING_LABELS.contains(name)) {
                problems.add(new Problem(at, "documentLabels lists " + name + ", which the importer does not write",
                        "list only " + String.join(" or ", Schema.PLUMBING_LABELS)));
                continue;
            }
            documentLabels.put(name, new LabelDef(name, node.path("description").asText(""),
                    style(node.path("style"), at, name, Map.of(), problems), Map.of()));
        }
        Map<String, RelationshipDef> types = new LinkedHashMap<>();
        for (JsonNode node : root.path("relationships")) {
            String type = node.path("type").asText("");
            Location at = new Location(file, lineOf(text, "\"" + type + "\""));
            if (!type.matches(TYPE_PATTERN)) {
                problems.add(new Problem(at, "relationship type '" + type + "' is not UPPER_SNAKE_CASE", "write it as MEMBER_OF"));
                continue;
            }
            for (String reserved : RESERVED_RELATIONSHIP_PROPERTIES) {
                if (node.path("properties").has(reserved)) {
                    problems.add(new Problem(at, "relationship " + type + " declares property " + reserved + ", which holds provenance",
                            "rename it; reserved: " + String.join(", ", RESERVED_RELATIONSHIP_PROPERTIES)));
                }
            }
            List<String> from = labelList(node.path("from"), labels, at, type, "from", problems);
            List<String> to = labelList(node.path("to"), labels, at, type, "to", problems);
            if (types.put(type, new RelationshipDef(type, node.path("description").asText(""), from, to,
                    properties(node.path("properties"), at, "relationship " + type, problems))) != null) {
                problems.add(new Problem(at, "relationship type " + type + " is declared twice", "keep one declaration"));
            }
        }
        if (labels.isEmpty() || types.isEmpty()) {
            problems.add(new Problem(new Location(file, 0), "the schema declares no labels or no relationship types",
                    "schema.json needs a \"labels\" and a \"relationships\" array"));
        }
        if (!problems.isEmpty()) {
            throw new SeedValidationException(problems);
        }
        return new Schema(Map.copyOf(labels), Map.copyOf(types), Map.copyOf(documentLabels));
    }

    /** Every label says how it is drawn: colours as #rrggbb, and a caption property it has. */
    private static LabelStyle style(JsonNode node, Location at, String label, Map<String, PropertyDef> properties, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(at, "label " + label + " has no style", "add \"style\": {\"fill\": \"#dbeafe\", \"border\": \"#1d4ed8\", "
                    + "\"text\": \"#111827\", \"caption\": \"name\"}"));
            return LabelStyle.UNLABELLED;
        }
        String[] colours = new String[3];
        String[] keys = {"fill", "border", "text"};
        for (int i = 0; i < keys.length; i++) {
            colours[i] = node.path(keys[i]).asText("");
            if (!colours[i].matches(COLOUR_PATTERN)) {
                problems.add(new Problem(at, "label " + label + ": style." + keys[i] + " '" + colours[i] + "' is not a colour",
                        "write it as #rrggbb in lower case, e.g. #dbeafe"));
            }
        }
        String caption = node.path("caption").asText("");
        boolean known = caption.equals("name") || caption.equals(LabelDef.KEY) || properties.containsKey(caption)
                || (Schema.PLUMBING_LABELS.contains(label) && !caption.isBlank());
        if (!known) {
            problems.add(new Problem(at, "label " + label + ": style.caption '" + caption + "' is not a property of the label",
                    "use name, id or one of its properties"));
        }
        return new LabelStyle(colours[0], colours[1], colours[2], caption);
    }

    private static List<String> labelList(JsonNode node, Map<String, LabelDef> labels, Location at, String type,
                                          String end, List<Problem> problems) {
        List<String> result = new ArrayList<>();
        for (JsonNode label : node) {
            if (!labels.containsKey(label.asText())) {
                problems.add(new Problem(at, "relationship " + type + " names unknown label " + label.asText() + " in '" + end + "'",
                        "declare the label first, or use one of " + String.join(", ", labels.keySet())));
            }
            result.add(label.asText());
        }
        if (result.isEmpty()) {
            problems.add(new Problem(at, "relationship " + type + " has no '" + end + "' labels", "list the labels allowed at that end"));
        }
        return List.copyOf(result);
    }

    private static Map<String, PropertyDef> properties(JsonNode node, Location at, String owner, List<Problem> problems) {
        Map<String, PropertyDef> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String typeName = field.getValue().path("type").asText("");
            ValueType type = ValueType.parse(typeName, ValueType.Use.PROPERTY);
            if (type == null) {
                problems.add(new Problem(at, owner + ": property " + field.getKey() + " has unknown type '" + typeName + "'",
                        "use " + ValueType.names(ValueType.Use.PROPERTY)));
                continue;
            }
            List<String> values = new ArrayList<>();
            field.getValue().path("values").forEach(v -> values.add(v.asText()));
            result.put(field.getKey(), new PropertyDef(field.getKey(), type, field.getValue().path("required").asBoolean(false),
                    List.copyOf(values), field.getValue().path("description").asText("")));
        }
        return result;
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return index < 0 ? 0 : (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
