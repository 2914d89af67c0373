// Land borders as legs too, so a route can reach a corridor's first stop; queries rank them below
// corridors and services.
MATCH (a:State)-[r:BORDERS]->(b:State)
CREATE (a)-[:LEG {
  mode: 'border',
  carrierMode: null,
  carrier: null,
  carrierName: 'land border',
  branch: '',
  statements: coalesce(r.statements, [r.statementId]),
  evidence: coalesce(r.evidence, []),
  background: r.source = 'background'
}]->(b)
