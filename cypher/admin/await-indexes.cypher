// Waits until every index is online, so the first import and query can use them.
CALL db.awaitIndexes(60)
