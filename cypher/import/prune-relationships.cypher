// Statements removed from the seed data, or moved to other endpoints, leave the graph.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.statementId IS NOT NULL
  AND NOT (r.statementId + '|' + type(r) + '|' + a.id + '|' + b.id) IN $keys
DELETE r
