MATCH (s:Sentence)
RETURN properties(s) AS properties
ORDER BY s.source, s.paragraph, s.number
