// Domain nodes: the key is Entity.id; labels are set to exactly those the seed data gives
// (the caller checked them against the schema).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
WITH n, row, [l IN labels(n) WHERE l <> 'Entity' AND NOT l IN row.labels] AS stale
REMOVE n:$(stale)
SET n:$(row.labels)
