MATCH ()-[r]->()
WHERE r.statementId IS NOT NULL
RETURN CASE WHEN r.source = 'background' THEN 'background' ELSE r.kind END AS kind, count(*) AS count
ORDER BY kind
