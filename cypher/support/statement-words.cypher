// Statements by id in plain words, subject, relation and object, for an answer that abstains and
// says what the articles do hold. Each id is looked up in the keyword index on statement ids (any
// relationship type), not by reading every relationship.
UNWIND $ids AS id
CALL db.index.fulltext.queryRelationships('statement_keys', 'statementId:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD relationship AS r
WITH DISTINCT r WHERE r.statementId IN $ids
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.statementId AS id, a.name + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + b.name AS words
ORDER BY id
