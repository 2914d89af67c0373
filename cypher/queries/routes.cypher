// @description The ways one place reaches another over corridors, railways, freight services and
// pipelines, with the states each route crosses in order. On every hop the route keeps to the
// carrier it is on where it can. Routes are ranked: fewest changes of carrier first, then fewest
// legs resting on background facts, then fewest legs. A land border may join one carrier to another,
// once per route; a route that needs it, or any background fact, says so (column background).
// Goods are not routed over oil or gas pipelines unless mode=pipeline asks for them.
// @param from: entity — where the route starts (a state or city)
// @param to: entity — where it ends
// @param via: entity? — a state or region the route must pass through
// @param avoid: entity[]? — states the route must not touch
// @param maxHops: integer = 6 [1..10] — the most legs a route may have
// @param mode: string? — only carriers of this mode: rail, road, sea, pipeline or multimodal (land borders still join them); absent: every mode but pipeline
// @column stops: string[] — names of the places the route passes, from start to end
// @column carriers: string[] — the carriers the route rides, in the order it first takes them (land border when a border joins two)
// @column legs: string[] — each leg in words: stop → next stop: carrier, with the branch where there is one
// @column modes: string[] — the mode of each leg, in route order: rail, road, sea, pipeline or multimodal (the carrier's), or border for a land border
// @column alsoServedBy: string[] — other carriers that serve some hop of the route but are not ridden; may be empty
// @column changes: integer — how many times the route changes carrier
// @column background: boolean — true when some leg rests on a background fact, such as a land border
// @column evidence: citations — the article sentences behind the legs, then those behind the carriers in alsoServedBy
// @column path: path — the route over the legs it rides, each edge labelled with its carrier, for pictures
// @example from=China to=Iran via="Central Asia"
// @expect stops: China; Kazakhstan; Turkmenistan; Iran
// @expect carriers: China–Iran freight train service
// @expect alsoServedBy: Kazakhstan–Turkmenistan–Iran railway
// @expect modes: rail; multimodal
// @example from=Russia to=Iran avoid=Kazakhstan
// @expect stops: Azerbaijan
// @expect carriers: International North–South Transport Corridor
// @example from=China to=Iran maxHops=8
// @expect stops: Turkmenistan; Russia; Azerbaijan
// @example from=Russia to=Iran mode=rail
// @expect stops: Russia; Kazakhstan; Turkmenistan; Iran
// @expect carriers: land border; China–Iran freight train service
// @expect modes: border; rail
// @example from=Kazakhstan to=Russia mode=pipeline
// @expect carriers: Caspian Pipeline Consortium
// @expect modes: pipeline
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// Cypher takes no parameter as a length bound, and a search to 10 legs costs 20× one to 6 on a large
// graph: one branch per bound runs, the others stop at their parameter test before expanding.
CALL (a, b) {
  WITH a, b WHERE $maxHops <= 4
  MATCH p = (a)-[:HOP*1..4]-(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE 4 < $maxHops <= 6
  MATCH p = (a)-[:HOP*1..6]-(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops > 6
  MATCH p = (a)-[:HOP*1..10]-(b)
  RETURN p
}
WITH p
WHERE length(p) <= $maxHops
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  AND none(n IN nodes(p) WHERE n.id IN $avoid)
  AND ($via IS NULL OR any(n IN nodes(p) WHERE n.id = $via OR EXISTS { (n)-[:PART_OF]->(:Entity {id: $via}) }))
// a hop counts as served when a carrier of the asked mode serves it (absent: any but a pipeline);
// every other hop needs a land border, and only one such hop is allowed, as before
WITH p, [h IN relationships(p) | any(m IN h.carrierModes WHERE CASE WHEN $mode IS NULL THEN m <> 'pipeline' ELSE m = toLower($mode) END)] AS usable
WHERE any(x IN usable WHERE x)
  AND all(i IN range(0, length(p) - 1) WHERE usable[i] OR relationships(p)[i].hasBorder)
  AND size([x IN usable WHERE NOT x]) <= 1
// the legs that serve each hop, in route order, of the asked mode or across a border
UNWIND range(0, length(p) - 1) AS i
WITH p, i, nodes(p)[i] AS here, nodes(p)[i + 1] AS next
MATCH (here)-[leg:LEG]-(next)
WHERE leg.mode = 'border' OR CASE WHEN $mode IS NULL THEN leg.carrierMode <> 'pipeline' ELSE leg.carrierMode = toLower($mode) END
WITH p, i, leg ORDER BY leg.background, leg.carrierName, leg.branch
WITH p, i, collect(leg) AS options ORDER BY i
WITH p, collect(options) AS options
// keep to the current carrier; else take one that also serves the next hop; else an article-sourced one
WITH p, options, reduce(s = {carrier: '', changes: 0, legs: []}, i IN range(0, size(options) - 1) |
  CASE WHEN any(o IN options[i] WHERE o.mode = 'carrier' AND o.carrier = s.carrier)
    THEN {carrier: s.carrier, changes: s.changes,
          legs: s.legs + [head([o IN options[i] WHERE o.mode = 'carrier' AND o.carrier = s.carrier])]}
    ELSE {carrier: coalesce(coalesce(
            head([o IN options[i] WHERE o.mode = 'carrier' AND any(n IN coalesce(options[i + 1], []) WHERE n.carrier = o.carrier)]),
            head([o IN options[i] WHERE o.mode = 'carrier']), head(options[i])).carrier, ''),
          changes: s.changes + CASE WHEN i = 0 THEN 0 ELSE 1 END,
          legs: s.legs + [coalesce(
            head([o IN options[i] WHERE o.mode = 'carrier' AND any(n IN coalesce(options[i + 1], []) WHERE n.carrier = o.carrier)]),
            head([o IN options[i] WHERE o.mode = 'carrier']), head(options[i]))]}
  END) AS chosen
WITH p, options, chosen.legs AS legs, chosen.changes AS changes,
     size([l IN chosen.legs WHERE l.background]) AS backgroundLegs
ORDER BY changes, backgroundLegs, length(p), [n IN nodes(p) | n.name]
LIMIT 10
// the route as a path over the legs it uses, so pictures label each edge with its carrier
CALL (p, legs) {
  WITH nodes(p)[0] AS start, nodes(p)[-1] AS end, legs
  MATCH route = (start) ((x)-[leg:LEG]-(y) WHERE leg IN legs){1,10} (end)
  WHERE length(route) = size(legs)
  RETURN route LIMIT 1
}
WITH p, route, legs, changes, backgroundLegs, [n IN nodes(p) | n.name] AS stops,
     reduce(acc = [], l IN legs | CASE WHEN l.carrierName IN acc THEN acc ELSE acc + l.carrierName END) AS carriers,
     reduce(acc = [], o IN reduce(all = [], opts IN options | all + opts) |
       CASE WHEN o.mode <> 'carrier' OR o.carrierName IN acc THEN acc ELSE acc + o.carrierName END) AS served,
     reduce(all = [], opts IN options | all + [o IN opts WHERE o.mode = 'carrier']) AS offered
RETURN stops,
       carriers,
       [i IN range(0, size(legs) - 1) | stops[i] + ' → ' + stops[i + 1] + ': ' + legs[i].carrierName
          + CASE WHEN legs[i].branch <> '' THEN ' (' + legs[i].branch + ' branch)' ELSE '' END] AS legs,
       [l IN legs | CASE WHEN l.mode = 'carrier' THEN l.carrierMode ELSE l.mode END] AS modes,
       [c IN served WHERE NOT c IN carriers] AS alsoServedBy,
       changes,
       backgroundLegs > 0 AS background,
       // the legs' sentences first, then those of the other carriers the row names as also serving it
       reduce(acc = [], l IN legs + [o IN offered WHERE NOT o.carrierName IN carriers]
              | acc + [e IN coalesce(l.evidence, []) WHERE NOT e IN acc]) AS evidence,
       route AS path
