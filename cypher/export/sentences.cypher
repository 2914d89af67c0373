MATCH (s:Sentence)
RETURN properties(s) AS properties
ORDER BY s.source, coalesce(s.caption, false), s.paragraph, s.number
