// Relations already in the graph with the same type and endpoints: their properties become the seed's
// (a corroborating statement added or removed changes statements, sources and evidence in place).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r = row.props
