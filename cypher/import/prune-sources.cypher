MATCH (s:Source)
WHERE NOT s.id IN $ids
DETACH DELETE s
