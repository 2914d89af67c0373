// Every relationship between entities (statements and the legs derived from them), for the domain
// graph's digest: a statement by its id, any other by its type and ends.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN coalesce(r.statementId, type(r) + ' ' + a.id + '->' + b.id) AS id, type(r) AS type, a.id AS from, b.id AS to,
       properties(r) AS properties
