// Run on the embedded system database when --listen exposes it: the built-in user gets the
// password given on the command line, with no change required at first login.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
