MATCH (s:ImportState {id: 'seed'})
RETURN s.fingerprint AS fingerprint
