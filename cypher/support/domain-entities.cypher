// Every entity with its labels and properties, for the domain graph's digest.
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
