// One node per article.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row
