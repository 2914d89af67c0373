// How many of the articles' sentences at least one relationship cites.
OPTIONAL MATCH ()-[r]->()
WHERE r.evidence IS NOT NULL
UNWIND coalesce(r.evidence, []) AS sentenceId
WITH collect(DISTINCT sentenceId) AS cited
MATCH (s:Sentence)
RETURN count(s) AS total, count(CASE WHEN s.id IN cited THEN 1 END) AS cited
