MATCH (n:Entity)
RETURN labels(n) AS labels, properties(n) AS properties
ORDER BY n.id
