MATCH (s:ImportState {id: 'seed'})
WHERE s.fingerprint IS NOT NULL
RETURN s.fingerprint AS fingerprint, s.evidenceResolved AS evidenceResolved
