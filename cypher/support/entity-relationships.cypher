// Every domain relationship one entity takes part in, one row each, with its provenance.
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
WHERE r.statementId IS NOT NULL
RETURN CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       type(r) AS type,
       other.name AS other,
       other.id AS otherId,
       [l IN labels(other) WHERE l <> 'Entity'] AS otherLabels,
       properties(r) AS properties,
       coalesce(r.evidence, []) AS evidence
ORDER BY type, other, r.statementId
