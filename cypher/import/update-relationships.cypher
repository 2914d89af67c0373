// Statements already in the graph with the same type and endpoints: their properties become the seed's.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r = row.props
