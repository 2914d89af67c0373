// Names of the constraints and indexes the database already has: schema statements whose name is
// among them are skipped, as IF NOT EXISTS would, without a round trip and a plan each.
SHOW CONSTRAINTS YIELD name
RETURN name
