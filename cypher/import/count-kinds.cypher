// Statements by kind, background apart: a corroborated relationship counts each of its statements.
MATCH ()-[r]->()
WHERE r.statementId IS NOT NULL
WITH coalesce(r.kinds, [r.kind]) AS kinds, coalesce(r.sources, [r.source]) AS sources
UNWIND range(0, size(kinds) - 1) AS i
RETURN CASE WHEN sources[i] = 'background' THEN 'background' ELSE kinds[i] END AS kind, count(*) AS count
ORDER BY kind
