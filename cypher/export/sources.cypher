MATCH (s:Source)
RETURN properties(s) AS properties
ORDER BY s.id
