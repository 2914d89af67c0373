// One entity and every domain relationship it takes part in, with provenance.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(other:Entity)
WHERE r.statementId IS NOT NULL
WITH n, r, other
ORDER BY type(r), other.name, r.statementId
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'] AS labels, n.aliases AS aliases,
       properties(n) AS properties,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {
         direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
         type: type(r),
         other: other.name,
         otherId: other.id,
         otherLabels: [l IN labels(other) WHERE l <> 'Entity'],
         properties: properties(r)
       } END) AS relationships
