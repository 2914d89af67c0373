// The article's sentences after layout repair, each tied to its article.
UNWIND $rows AS row
MATCH (src:Source {id: row.source})
MERGE (s:Sentence {id: row.id})
SET s = row
MERGE (s)-[:IN_SOURCE]->(src)
