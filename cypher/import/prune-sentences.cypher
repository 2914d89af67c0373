MATCH (s:Sentence)
WHERE NOT s.id IN $ids
DETACH DELETE s
