// The full-text indexes the database has, with what each covers: one whose relationship types differ
// from the schema's is made again.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes
RETURN name, labelsOrTypes
