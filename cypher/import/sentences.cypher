// The article's sentences after layout repair, each tied to its article. Photo captions are sentences
// too, with caption: true: citable, but apart from the body's paragraphs.
UNWIND $rows AS row
MATCH (src:Source {id: row.source})
MERGE (s:Sentence {id: row.id})
SET s = row
MERGE (s)-[:IN_SOURCE]->(src)
