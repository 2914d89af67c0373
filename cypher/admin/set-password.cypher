// Run on the embedded system database when a store gets its password (a new store, or
// --neo4j-password changed it): the built-in user, with no change required at first sign-in.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
