// Route legs and hops are derived data: rebuilt from the statements on every import.
MATCH ()-[derived:LEG|HOP]->()
DELETE derived
