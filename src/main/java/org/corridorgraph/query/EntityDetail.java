package org.corridorgraph.query;

import java.util.List;
import java.util.Map;

/** GET /api/entities/{name}: an entity, its properties, and its relationships with their evidence. */
public record EntityDetail(String id, String name, List<String> labels, List<String> aliases, Map<String, Object> properties,
                           List<Link> relationships, List<Citation> citations) {
    /**
     * @param direction out when the entity is the subject, in when it is the object
     * @param citations numbers of the citations supporting this relationship
     */
    public record Link(String direction, String type, String other, String otherId, List<String> otherLabels,
                       Map<String, Object> properties, String kind, String speaker, String source, String reference,
                       List<Integer> citations) {
    }
}
