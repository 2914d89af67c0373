// Names of the indexes the database already has (see schema-names).
SHOW INDEXES YIELD name
RETURN name
