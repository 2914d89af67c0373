// @description The entity's neighbourhood: every domain relationship within depth steps of it (derived LEG and IN_SOURCE links left out), one row per relationship with the shortest path from the entity that reaches it, so pictures can draw the subgraph.
// @param entity: entity — the centre
// @param depth: integer = 1 [1..3] — how many relationship steps away from the entity to go
// @example entity=Iran depth=2
// @expect from: Iran; Kazakhstan; Masoud Pezeshkian; Kassym-Jomart Tokayev
// @expect type: MEMBER_OF; VIEWS_NEGATIVELY; SANCTIONS_CONSTRAINED; HOLDS_OFFICE
// @expect to: Shanghai Cooperation Organization; United States; Central Asia
// @expect distance: 1; 2
// @example entity=Astana
// @expect from: Masoud Pezeshkian; Astana
// @expect to: Kazakhstan; Astana
MATCH p = (e:Entity {id: $entity})-[rs*1..3]-(:Entity)
WHERE length(p) <= coalesce($depth, 1)
  AND all(r IN rs WHERE r.statementId IS NOT NULL)
WITH last(rs) AS r, p
ORDER BY length(p), [n IN nodes(p) | n.id], [x IN relationships(p) | x.statementId]
WITH r, head(collect(p)) AS path
RETURN startNode(r).name AS from,
       type(r) AS type,
       endNode(r).name AS to,
       length(path) AS distance,
       r.kind AS kind,
       r.source AS source,
       r.source = 'background' AS background,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence,
       path
ORDER BY distance, from, type, to, statement
