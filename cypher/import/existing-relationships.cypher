// Every statement relationship in the graph, read once per import (after the lock) so the importer can
// tell which statements to update, create or remove. One scan, instead of a MERGE per row whose plan
// on an empty store scans every relationship written so far (quadratic).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.statementId IS NOT NULL
RETURN elementId(r) AS elementId, r.statementId + '|' + type(r) + '|' + a.id + '|' + b.id AS key
