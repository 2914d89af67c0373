MATCH (n:Entity)
WHERE NOT n.id IN $ids
DETACH DELETE n
