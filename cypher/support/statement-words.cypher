// Statements by id in plain words, subject, relation and object, for an answer that abstains and
// says what the articles do hold.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.statementId IN $ids
RETURN r.statementId AS id, a.name + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + b.name AS words
ORDER BY id
