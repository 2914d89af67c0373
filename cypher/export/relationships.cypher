// Every domain relationship with its endpoints and the text of its evidence, in a stable order.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.statementId IS NOT NULL
OPTIONAL MATCH (s:Sentence)
WHERE s.id IN coalesce(r.evidence, [])
WITH a, r, b, s
ORDER BY s.id
WITH a, r, b, collect(s.text) AS evidence
OPTIONAL MATCH (speaker:Entity {id: r.speaker})
RETURN a.id AS subjectId, a.name AS subjectName, labels(a) AS subjectLabels,
       type(r) AS type, properties(r) AS properties,
       b.id AS objectId, b.name AS objectName, labels(b) AS objectLabels,
       speaker.name AS speakerName, evidence
ORDER BY r.statementId
