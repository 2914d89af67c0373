// The domain graph's digests as the last import recorded them.
MATCH (s:ImportState {id: 'seed'})
RETURN s.domainChecksum AS checksum, coalesce(s.entityDigests, []) AS entities, coalesce(s.relationshipDigests, []) AS relationships
