// One HOP per pair of neighbouring stops, however many carriers serve it, so a route search walks
// each way once instead of once per carrier; the LEGs keep which carriers serve the hop.
// carrierModes runs beside carriers, so a search can keep to carriers of some modes.
MATCH (a:Entity)-[l:LEG]-(b:Entity)
WHERE a.id < b.id
WITH a, b, l
ORDER BY l.carrierName, l.branch
WITH a, b, collect(l) AS legs
CREATE (a)-[:HOP {
  carriers: [l IN legs WHERE l.mode = 'carrier' | l.carrier],
  carrierModes: [l IN legs WHERE l.mode = 'carrier' | l.carrierMode],
  carrierName: reduce(names = '', l IN legs | names + CASE WHEN names = '' THEN '' ELSE ' / ' END + l.carrierName),
  hasCarrier: any(l IN legs WHERE l.mode = 'carrier'),
  hasBorder: any(l IN legs WHERE l.mode = 'border'),
  background: all(l IN legs WHERE l.background)
}]->(b)
