// @description The shortest connections of any kind between two entities: every shortest chain of
// relationships the statements give (route legs and hops left out), with the relationship types on
// the way and the sentences that support them.
// @param from: entity — one end
// @param to: entity — the other end
// @param maxHops: integer = 4 [1..8] — the longest chain considered
// @column nodes: string[] — names of the entities along the chain, from one end to the other
// @column steps: string[] — each step in words with its direction: A -TYPE→ B, or A ←TYPE- B when the relationship points back
// @column types: string[] — the relationship types along the chain, in order
// @column hops: integer — how many relationships the chain has
// @column background: boolean — true when any relationship of the chain is a background fact
// @column evidence: citations — the article sentences behind the chain's relationships
// @column path: path — the chain as a path, for pictures
// @example from=Azerbaijan to=Kazakhstan
// @expect nodes: Azerbaijan; Kazakhstan
// @example from=Tokayev to=Pezeshkian
// @expect types: MET_WITH
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// an entity is not connected to itself: no rows, rather than a shortest-path error
WHERE a <> b
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE all(r IN relationships(p) WHERE r.statementId IS NOT NULL) AND length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.name] AS names, relationships(p) AS rels
RETURN names AS nodes,
       [i IN range(0, size(rels) - 1) |
          names[i] + CASE WHEN startNode(rels[i]) = nodes(p)[i] THEN ' -' + type(rels[i]) + '→ ' ELSE ' ←' + type(rels[i]) + '- ' END
          + names[i + 1]] AS steps,
       [r IN rels | type(r)] AS types,
       length(p) AS hops,
       any(r IN rels WHERE r.source = 'background') AS background,
       reduce(acc = [], r IN rels | acc + [e IN coalesce(r.evidence, []) WHERE NOT e IN acc]) AS evidence,
       p AS path
ORDER BY background, steps
