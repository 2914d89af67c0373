// One relationship per statement, keyed by its statement id; the type was checked against the schema.
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
MERGE (a)-[r:$(row.type) {statementId: row.props.statementId}]->(b)
SET r = row.props
