// What was imported, so `serve` can tell whether the store is older than the seed data.
MATCH (s:ImportState {id: 'seed'})
SET s.fingerprint = $fingerprint, s.evidenceResolved = $evidenceResolved
REMOVE s.locked
