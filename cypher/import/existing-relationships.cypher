// Every statement relationship in the graph, read once per import (after the lock) so the importer can
// tell which relations to update, create or remove. One scan, instead of a MERGE per row whose plan
// on an empty store scans every relationship written so far (quadratic). A relationship may hold several
// corroborating statements: a relation that keeps any of them keeps the relationship.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.statementId IS NOT NULL
RETURN elementId(r) AS elementId, type(r) AS type, a.id AS subject, b.id AS object,
       coalesce(r.statements, [r.statementId]) AS statements
