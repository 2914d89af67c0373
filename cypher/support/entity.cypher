// One entity, for GET /api/entities/{name}; its relationships come from entity-relationships.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'] AS labels, n.aliases AS aliases,
       properties(n) AS properties
