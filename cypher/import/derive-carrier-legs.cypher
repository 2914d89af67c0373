// One LEG between consecutive stops of every corridor, railway, freight service or pipeline (per
// branch), so route queries walk State to State. Each leg keeps the statements (every corroborating one)
// and evidence behind it. mode tells carrier legs from border legs; carrierMode is the carrier's own
// (rail, road, sea, pipeline, multimodal), so routes can leave pipelines out.
MATCH (carrier:Entity)-[r:STARTS_IN|TRANSITS|ENDS_IN]->()
WITH carrier, collect(DISTINCT CASE WHEN type(r) = 'TRANSITS' THEN coalesce(r.branch, '') END) AS branches
UNWIND CASE WHEN size(branches) = 0 THEN [''] ELSE branches END AS branch
CALL (carrier, branch) {
  MATCH (carrier)-[r:STARTS_IN|TRANSITS|ENDS_IN]->(stop:Entity)
  WHERE type(r) <> 'TRANSITS' OR coalesce(r.branch, '') = branch
  WITH stop, r, CASE type(r) WHEN 'STARTS_IN' THEN -1 WHEN 'ENDS_IN' THEN 1000000 ELSE r.order END AS position
  ORDER BY position, r.statementId
  RETURN collect({stop: stop, rel: r}) AS stops
}
UNWIND range(0, size(stops) - 2) AS i
WITH carrier, branch, stops[i].stop AS here, stops[i + 1].stop AS next, stops[i].rel AS r1, stops[i + 1].rel AS r2
WHERE here <> next
CREATE (here)-[:LEG {
  mode: 'carrier',
  carrierMode: carrier.mode,
  carrier: carrier.id,
  carrierName: carrier.name,
  branch: branch,
  statements: coalesce(r1.statements, [r1.statementId]) + [x IN coalesce(r2.statements, [r2.statementId]) WHERE NOT x IN coalesce(r1.statements, [r1.statementId])],
  evidence: coalesce(r1.evidence, []) + [e IN coalesce(r2.evidence, []) WHERE NOT e IN coalesce(r1.evidence, [])],
  background: r1.source = 'background' OR r2.source = 'background'
}]->(next)
