// @description Statements and sentences that hold the words given, best first: Neo4j's full-text indexes over each statement in words (its two ends, the relation, its values, the speaker) and over the articles' sentences, English stemming, so "attacks" finds "attacked". A statement scores its own match plus the best match of the sentences it cites; a sentence no matching statement cites is a row of its own. Rows about the entities given score higher. This is what /api/ask ranks when no shape of question fits, or when the shape finds nothing.
// @param text: string — the words to look for, as typed; punctuation and search operators are read as spaces
// @param entities: entity[]? — entities the answer should be about: a statement that touches one (either end, or the speaker) scores half as much again for each
// @param limit: integer = 10 [1..50] — how many rows to return
// @column says: string — the statement in words (subject, relation, object), or the sentence itself for a sentence no statement cites
// @column subject: string? — name of the entity the statement starts from; null for a sentence row
// @column relation: string? — the relationship type, e.g. ATTACKED; null for a sentence row
// @column object: string? — name of the entity the statement points to; null for a sentence row
// @column sentence: string? — the text of the best-matching sentence the statement cites, or of the sentence row; null for a background fact no sentence supports
// @column score: number — the full-text score, statement and sentence together, raised for the entities given; comparable within one answer only
// @column kind: string — fact, assessment or reported; sentence for a sentence no statement cites
// @column speaker: string? — name of the person or actor the statement is attributed to; null when none is named
// @column source: string — the id of the article the statement or sentence comes from, or background; the first of sources when several state it
// @column sources: string[] — every source that states it, articles before background
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column statement: string? — id of the statement behind the row (st-… from an article, bg-… background); null for a sentence row
// @column evidence: citations — the sentences behind the row
// @column path: path? — the statement as a one-step path, for pictures; null for a sentence row
// @example text="attacks on the pipeline consortium"
// @expect relation: ATTACKED
// @expect object: Caspian Pipeline Consortium
// @example text="Incheh Boroun"
// @expect sentence: Incheh Boroun
WITH reduce(s = toLower($text), c IN ['\\', '+', '-', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', '&', '|', '\'', '’', '–', '—', ',', '.', ';', '%', '$']
            | replace(s, c, ' ')) AS words
WHERE trim(words) <> ''
CALL (words) {
  CALL db.index.fulltext.queryNodes('sentence_text', words, {limit: 50}) YIELD node, score
  RETURN collect({id: node.id, text: node.text, source: node.source, score: score}) AS sentences
}
CALL (words) {
  CALL db.index.fulltext.queryRelationships('statement_text', words, {limit: 50}) YIELD relationship, score
  RETURN collect({r: relationship, score: score}) AS hits
}
// statements that cite a matching sentence count too: the sentence may hold words the statement lacks;
// found through the keyword index on what each statement cites (a match on the whole sentence id), not by reading every relationship
CALL (sentences) {
  UNWIND sentences AS s
  CALL db.index.fulltext.queryRelationships('statement_keys', 'evidence:"' + replace(replace(s.id, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD relationship AS r
  WITH s, r WHERE r.statementId IS NOT NULL AND s.id IN coalesce(r.evidence, [])
  RETURN collect(DISTINCT r) AS citing
}
WITH sentences, hits, citing
UNWIND [h IN hits | h.r] + citing AS r
WITH DISTINCT sentences, hits, r
WITH sentences, r, startNode(r) AS a, endNode(r) AS b,
     coalesce(head([h IN hits WHERE h.r = r | h.score]), 0.0) AS own,
     head([s IN sentences WHERE s.id IN coalesce(r.evidence, []) | s]) AS best
WITH sentences, r, a, b, best,
     (own + coalesce(best.score, 0.0)) * (1 + 0.5 * size([id IN $entities WHERE id IN [a.id, b.id, r.speaker]])) AS score
WITH sentences, collect({r: r, a: a, b: b, best: best, score: score}) AS found
WITH found, [s IN sentences WHERE NOT any(f IN found WHERE s.id IN coalesce(f.r.evidence, []))] AS loose
CALL (found, loose) {
  UNWIND found AS f
  WITH f.r AS r, f.a AS a, f.b AS b, f.best AS best, f.score AS score
  MATCH p = (a)-[r]->(b)
  RETURN a.name + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + b.name AS says,
         a.name AS subject, type(r) AS relation, b.name AS object,
         best.text AS sentence, score, r.kind AS kind, r.speaker AS speakerId,
         r.source AS source, coalesce(r.sources, [r.source]) AS sources, r.source = 'background' AS background,
         r.statementId AS statement, coalesce(r.evidence, []) AS evidence, p AS path
  UNION ALL
  UNWIND loose AS s
  RETURN s.text AS says, null AS subject, null AS relation, null AS object, s.text AS sentence,
         s.score AS score,
         'sentence' AS kind, null AS speakerId,
         s.source AS source, [s.source] AS sources, false AS background, null AS statement, [s.id] AS evidence, null AS path
}
OPTIONAL MATCH (sp:Entity {id: speakerId})
RETURN says, subject, relation, object, sentence, score, kind, sp.name AS speaker, source, sources, background, statement, evidence, path
ORDER BY score DESC, statement, says
LIMIT $limit
