// @description The states and carriers (corridors, railways, services, pipelines) whose loss cuts
// one place off from another or makes the way longer, each with the shortest way that survives.
// Only ways served by a carrier count here: land borders alone are not a route.
// @param from: entity — where the way starts
// @param to: entity — where it ends
// @column chokepoint: string — name of the stop or carrier whose loss is tested
// @column kind: string — state (a stop on the way) or carrier (a corridor, railway, freight service or pipeline)
// @column effect: string — cuts off (no carrier-served way is left without it) or lengthens (the best way left has more hops)
// @column baseHops: integer — hops on the shortest carrier-served way when nothing is lost
// @column hopsWithout: integer? — hops on the shortest way left without the chokepoint; null when it cuts off
// @column survivingWay: string[]? — names of the stops on that way, in order from start to end; null when it cuts off
// @column path: path? — that way as a path, for pictures; null when it cuts off
// @example from=China to=Iran
// @expect chokepoint: Kazakhstan; Turkmenistan
// @expect effect: cuts off; lengthens
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// a place cannot be cut off from itself: no rows, rather than a shortest-path error
WHERE a <> b
MATCH base = shortestPath((a)-[:HOP*..10]-(b))
WHERE all(h IN relationships(base) WHERE h.hasCarrier)
WITH a, b, length(base) AS baseHops
// candidates: every stop and carrier on some carrier-served way no more than two hops longer
MATCH p = (a)-[:HOP*1..10]-(b)
WHERE length(p) <= baseHops + 2 AND all(h IN relationships(p) WHERE h.hasCarrier)
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH a, b, baseHops,
     reduce(acc = [], n IN nodes(p)[1..-1] | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS stops,
     reduce(acc = [], h IN relationships(p) | acc + [c IN h.carriers WHERE NOT c IN acc]) AS carriers
UNWIND stops + carriers AS candidate
WITH DISTINCT a, b, baseHops, candidate
CALL (a, b, candidate) {
  // a stop is lost: ways through it are gone
  WITH a, b, candidate WHERE candidate IS :: NODE
  OPTIONAL MATCH alt = shortestPath((a)-[:HOP*..10]-(b))
  WHERE all(h IN relationships(alt) WHERE h.hasCarrier) AND NOT candidate IN nodes(alt)
  RETURN candidate.name AS chokepoint, 'state' AS kind, alt
  UNION
  // a carrier is lost: hops it alone served are gone
  WITH a, b, candidate WHERE candidate IS :: STRING
  MATCH (c:Entity {id: candidate})
  OPTIONAL MATCH alt = shortestPath((a)-[:HOP*..10]-(b))
  WHERE all(h IN relationships(alt) WHERE any(x IN h.carriers WHERE x <> candidate))
  RETURN c.name AS chokepoint, 'carrier' AS kind, alt
}
WITH chokepoint, kind, baseHops, alt
WHERE alt IS NULL OR length(alt) > baseHops
RETURN chokepoint, kind,
       CASE WHEN alt IS NULL THEN 'cuts off' ELSE 'lengthens' END AS effect,
       baseHops,
       length(alt) AS hopsWithout,
       [n IN nodes(alt) | n.name] AS survivingWay,
       alt AS path
ORDER BY effect, chokepoint
