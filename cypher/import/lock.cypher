// Taken first in every import transaction: a second, concurrent import waits here until the first ends.
MERGE (s:ImportState {id: 'seed'})
SET s.locked = true
