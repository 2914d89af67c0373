// Statements removed from the seed data, or moved to another type or other endpoints, leave the graph.
UNWIND $elementIds AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
DELETE r
