// What the import wrote, as digests, so `check --graph` and serve can tell a change made outside an
// import: the checksum of the domain graph, and (for graphs of moderate size) one digest an element.
MATCH (s:ImportState {id: 'seed'})
SET s.domainChecksum = $checksum, s.entityDigests = $entities, s.relationshipDigests = $relationships
