// Relations new to the graph: one relationship each, however many sources state it. The type was
// checked against the schema.
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
