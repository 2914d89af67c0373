// A relationship between entities that no statement wrote and no import derives was made outside an
// import (the graph check names it): an import removes it, so the graph is again what the seed data says.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.statementId IS NULL AND NOT type(r) IN ['LEG', 'HOP']
DELETE r
