// @description The entity's neighbourhood: every domain relationship within depth steps of it (derived LEG and IN_SOURCE links left out), and every statement attributed to it as speaker (at distance 1, its path that statement alone), one row per relationship with the shortest path from the entity that reaches it, so pictures can draw the subgraph.
// @param entity: entity — the centre
// @param depth: integer = 1 [1..3] — how many relationship steps away from the entity to go
// @column from: string — name of the entity the relationship starts from
// @column type: string — the relationship type
// @column to: string — name of the entity the relationship points to
// @column distance: integer — relationship steps from the centre to this relationship, 1 up to depth
// @column kind: string — fact, assessment or reported
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source that states it, articles before background; two or more when sources corroborate each other
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column evidence: citations — the article sentences that support the statement; empty for background facts
// @column path: path — the shortest chain from the centre that ends with this relationship, for pictures
// @example entity=Iran depth=2
// @expect from: Iran; Kazakhstan; Masoud Pezeshkian; Kassym-Jomart Tokayev
// @expect type: MEMBER_OF; VIEWS_NEGATIVELY; SANCTIONS_CONSTRAINED; HOLDS_OFFICE
// @expect to: Shanghai Cooperation Organization; United States; Central Asia
// @expect distance: 1; 2
// @example entity=Turkmenistan depth=3
// @expect distance: 1; 2; 3
// @example entity=Astana
// @expect from: Masoud Pezeshkian; Astana
// @expect to: Kazakhstan; Astana
MATCH (e:Entity {id: $entity})
// one branch per depth (Cypher takes no parameter as a length bound): depth 3 costs many times depth 2
CALL (e) {
  WITH e WHERE coalesce($depth, 1) = 1
  MATCH p = (e)-[rs*1..1]-(:Entity)
  WHERE all(r IN rs WHERE r.statementId IS NOT NULL)
  RETURN p, rs
  UNION ALL
  WITH e WHERE $depth = 2
  MATCH p = (e)-[rs*1..2]-(:Entity)
  WHERE all(r IN rs WHERE r.statementId IS NOT NULL)
  RETURN p, rs
  UNION ALL
  WITH e WHERE $depth = 3
  MATCH p = (e)-[rs*1..3]-(:Entity)
  WHERE all(r IN rs WHERE r.statementId IS NOT NULL)
  RETURN p, rs
  UNION ALL
  // what the entity said: statements attributed to it, whoever they are about, count as one step away;
  // found through the keyword index on speaker ids (a match on the id itself), not by reading every relationship
  WITH e, '"' + replace(replace(e.id, '\\', '\\\\'), '"', '\\"') + '"' AS quoted
  CALL db.index.fulltext.queryRelationships('statement_keys', 'speaker:' + quoted + ' OR speakers:' + quoted)
    YIELD relationship AS r
  WITH e, r WHERE r.statementId IS NOT NULL AND (r.speaker = e.id OR e.id IN coalesce(r.speakers, []))
  MATCH p = (:Entity)-[r]->(:Entity)
  RETURN p, [r] AS rs
}
WITH last(rs) AS r, p
ORDER BY length(p), [n IN nodes(p) | n.id], [x IN relationships(p) | x.statementId]
WITH r, head(collect(p)) AS path
RETURN startNode(r).name AS from,
       type(r) AS type,
       endNode(r).name AS to,
       length(path) AS distance,
       r.kind AS kind,
       r.source AS source,
       coalesce(r.sources, [r.source]) AS sources,
       r.source = 'background' AS background,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence,
       path
ORDER BY distance, from, type, to, statement
