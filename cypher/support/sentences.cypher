// The text of cited sentences, for numbered citations.
MATCH (s:Sentence)
WHERE s.id IN $ids
RETURN s.id AS id, s.source AS source, s.text AS text, coalesce(s.caption, false) AS caption
