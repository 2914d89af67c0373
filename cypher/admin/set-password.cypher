// Run on the embedded system database when --neo4j-password changes the password of a store that
// has started (a new store gets its password before its first start: graph/InitialPassword):
// the built-in user, with no change required at first sign-in.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
