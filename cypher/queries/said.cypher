// @description Who said what: every statement the sources attribute to a named speaker, one row per statement, and one row per figure a speaker gave (the figure, what it measures and the statements that tie it to what it measures folded into that row). With a speaker, only what that person said, or what a person in office there said (a state's president); with about, only statements whose subject or object it is, that are about a figure measuring it, or whose details name it. A relation that several sources state is attributed to the speaker any of its statements names (the relationship keeps one speaker per statement in speakers).
// @param speaker: entity? — optional: who said it: a person, or a state or organisation whose office holders to take
// @param about: entity? — optional: what it is about: the subject or object of the statement, an entity a figure measures, or one its details name
// @column speaker: string — name of the person or actor the statement is attributed to
// @column speakerOffice: string? — for a person in office, the state or organisation and the office, e.g. Kazakhstan (President); null otherwise
// @column subject: string — name of the statement's subject; for a figure, the speaker
// @column relation: string — the relation in words, e.g. positions align with, cooperates with; reported for a figure
// @column object: string — name of the statement's object; for a figure, the name of the figure
// @column detail: string? — the statement's own details in words (key: value; …), or for a figure what it measures and how each entity figures in it; null when the statement has none
// @column figure: string? — for a figure, its value in words with its unit, e.g. more than 350 or +40%; null for other statements
// @column value: number? — for a figure, its value in the base unit (whole US dollars, percent, a count); null for other statements
// @column mentions: string[] — names of other entities the row is about: those a figure measures, and those its details name; may be empty
// @column kind: string — fact, assessment or reported: the strongest of the statements behind the row
// @column date: partialDate? — when it was said, when the sources give it; null otherwise
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source behind the row, articles before background; two or more when sources corroborate it
// @column background: boolean — true when no article states it, only background facts
// @column statement: string — id of the main statement behind the row (st-… from an article, bg-… background)
// @column statements: string[] — ids of every statement behind the row
// @column evidence: citations — the article sentences that support the row; empty for background facts
// @column paths: path[] — the statement, or the figure's ties to its speaker and what it measures, as links for pictures
// @example speaker=Tokayev
// @expect speaker: Kassym-Jomart Tokayev
// @expect speakerOffice: Kazakhstan (President)
// @expect figure: more than 350; about 4%; $2 billion
// @expect relation: positions align with; reported; cultural ties
// @expect object: Iran; Enterprises with Iranian capital in Kazakhstan (per Tokayev)
// @example speaker=Pezeshkian about=Kazakhstan
// @expect figure: +40%
// @expect detail: growth of Kazakhstan–Iran trade
// @example speaker=Atagulyev about=INSTC
// @expect relation: cooperates with
// @expect detail: joint development of the INSTC
// @expect mentions: International North–South Transport Corridor
// @example about="Iran–China container train service"
// @expect speaker: Mi'ad Salehi
// @expect relation: transits; ends in
// @example speaker=Turkmenistan
// @expect speaker: Nokerguly Atagulyev
// @expect detail: 2027
// with a speaker: it and the people in office there, whose statements the keyword index on speakers finds
// (a match on the whole id); without one, every statement and figure a speaker is named for
WITH CASE WHEN $speaker IS NULL THEN null
          ELSE [$speaker] + COLLECT { MATCH (p:Person)-[h:HOLDS_OFFICE]->(:Entity {id: $speaker}) WHERE h.statementId IS NOT NULL
                                     RETURN DISTINCT p.id } END AS askedFor
CALL (askedFor) {
  // statements attributed to a speaker that are not about a figure: one row each
  // a corroborated relation keeps each statement's speaker in speakers: what one source attributes stays attributed
  CALL (askedFor) {
    UNWIND askedFor AS who
    WITH '"' + replace(replace(who, '\\', '\\\\'), '"', '\\"') + '"' AS quoted
    CALL db.index.fulltext.queryRelationships('statement_keys', 'speaker:' + quoted + ' OR speakers:' + quoted)
      YIELD relationship AS r
    WITH DISTINCT r
    MATCH (s:Entity)-[r]->(o:Entity)
    RETURN s, r, o
    UNION ALL
    // the filter before the subquery: the planner would otherwise scan every entity and filter afterwards
    WITH askedFor WHERE askedFor IS NULL
    CALL () { MATCH (s:Entity)-[r]->(o:Entity) RETURN s, r, o }
    RETURN s, r, o
  }
  WITH s, r, o WHERE r.statementId IS NOT NULL AND NOT s:Measurement AND NOT o:Measurement
  UNWIND CASE WHEN r.speaker IS NOT NULL THEN [r.speaker] ELSE [x IN coalesce(r.speakers, []) WHERE x <> ''][0..1] END AS speakerId
  WITH s, r, o, speakerId,
       COLLECT { UNWIND keys(r) AS k WITH k
                 WHERE NOT k IN ['statementId', 'statements', 'kind', 'kinds', 'speaker', 'source', 'sources', 'sourceCount',
                                 'reference', 'anchor', 'anchors', 'evidence', 'evidenceStatus', 'text', 'speakers']
                 RETURN k ORDER BY k } AS own
  WITH s, r, o, speakerId,
       [k IN own | reduce(w = '', c IN split(k, '') | w + CASE WHEN c <> toLower(c) THEN ' ' + toLower(c) ELSE c END) + ': '
                   + CASE WHEN r[k] IS :: LIST<ANY> THEN reduce(t = '', v IN r[k] | t + CASE WHEN t = '' THEN '' ELSE ', ' END + toString(v))
                          WHEN r[k] IS :: BOOLEAN THEN CASE WHEN r[k] THEN 'yes' ELSE 'no' END
                          ELSE toString(r[k]) END] AS parts
  RETURN speakerId, s.name AS subject, toLower(replace(type(r), '_', ' ')) AS relation, o.name AS object,
         CASE WHEN size(parts) = 0 THEN null ELSE reduce(t = head(parts), x IN tail(parts) | t + '; ' + x) END AS detail,
         null AS figure, null AS value, [s.id, o.id] AS ends, [] AS measuredIds, toString(r.date) AS date,
         [r] AS rels, [pp = (s)-[x]->(o) WHERE x = r | pp] AS paths
  UNION ALL
  // figures a speaker gave: the report and the ties to what the figure measures that the speaker is given for
  CALL (askedFor) {
    UNWIND askedFor AS who
    CALL (who) {
      MATCH (:Entity {id: who})-[:REPORTED]->(m:Measurement)
      RETURN m
      UNION
      WITH '"' + replace(replace(who, '\\', '\\\\'), '"', '\\"') + '"' AS quoted
      CALL db.index.fulltext.queryRelationships('statement_keys', 'speaker:' + quoted + ' OR speakers:' + quoted)
        YIELD relationship AS r
      MATCH (m:Measurement)-[r]-(:Entity)
      RETURN m
    }
    WITH DISTINCT m
    MATCH (m)-[r]-(:Entity)
    RETURN m, r
    UNION ALL
    WITH askedFor WHERE askedFor IS NULL
    CALL () { MATCH (m:Measurement)-[r]-(:Entity) RETURN m, r }
    RETURN m, r
  }
  WITH m, r, CASE WHEN type(r) = 'REPORTED' THEN coalesce(r.speaker, startNode(r).id)
                  ELSE coalesce(r.speaker, head([x IN coalesce(r.speakers, []) WHERE x <> ''])) END AS speakerId
  WHERE speakerId IS NOT NULL
  WITH m, speakerId, r ORDER BY type(r) <> 'REPORTED', r.statementId
  WITH m, speakerId, collect(r) AS rels
  WITH m, speakerId, rels,
       COLLECT { MATCH (m)-[t:MEASURES]->(x:Entity) WHERE t.statementId IS NOT NULL
                 RETURN {id: x.id, text: x.name + coalesce(': ' + t.role, '')} AS tie ORDER BY x.name } AS ties,
       CASE m.approximation WHEN 'more-than' THEN 'more than ' WHEN 'less-than' THEN 'less than ' WHEN 'approximately' THEN 'about ' ELSE '' END AS approx,
       CASE WHEN abs(m.value) >= 1e9 THEN [m.value / 1e9, ' billion'] WHEN abs(m.value) >= 1e6 THEN [m.value / 1e6, ' million']
            ELSE [m.value, ''] END AS scaled
  WITH m, speakerId, rels, ties,
       approx + CASE
         WHEN m.unit = 'percent' THEN CASE WHEN m.status = 'growth' AND m.value > 0 THEN '+' ELSE '' END
                                      + CASE WHEN m.value = round(m.value) THEN toString(toInteger(m.value)) ELSE toString(m.value) END + '%'
         WHEN m.currency IS NOT NULL OR m.unit = 'USD' THEN
              CASE coalesce(m.currency, m.unit) WHEN 'USD' THEN '$' WHEN 'EUR' THEN '€' ELSE coalesce(m.currency, m.unit) + ' ' END
              + CASE WHEN scaled[0] = round(scaled[0]) THEN toString(toInteger(scaled[0])) ELSE toString(scaled[0]) END + scaled[1]
         WHEN m.unit IS NULL OR m.unit = 'count' THEN CASE WHEN m.value = round(m.value) THEN toString(toInteger(m.value)) ELSE toString(m.value) END
         ELSE CASE WHEN m.value = round(m.value) THEN toString(toInteger(m.value)) ELSE toString(m.value) END + ' ' + m.unit
       END AS figure
  MATCH (sp:Entity {id: speakerId})
  RETURN speakerId, sp.name AS subject, 'reported' AS relation, m.name AS object,
         coalesce(m.metric, m.name)
           + CASE WHEN size(ties) = 0 THEN '' ELSE ' (' + reduce(t = head(ties).text, x IN tail(ties) | t + '; ' + x.text) + ')' END AS detail,
         figure, m.value AS value, [sp.id, m.id] AS ends, [x IN ties | x.id] AS measuredIds,
         head([x IN rels WHERE type(x) = 'REPORTED' AND x.date IS NOT NULL | toString(x.date)]) AS date,
         rels,
         [pp = (sp)-[x:REPORTED]->(m) WHERE x IN rels | pp] + [pp = (m)-[x:MEASURES]->(:Entity) WHERE x IN rels | pp] AS paths
}
WITH *
WHERE $speaker IS NULL OR speakerId = $speaker
      OR EXISTS { MATCH (:Person {id: speakerId})-[h:HOLDS_OFFICE]->(:Entity {id: $speaker}) WHERE h.statementId IS NOT NULL }
MATCH (sp:Entity {id: speakerId})
// the other entities the row is about: what a figure measures, and what its details name (by name or alias, whole words)
WITH *, ' ' + reduce(t = toLower(coalesce(detail, '')),
                     c IN [',', '.', ';', ':', '(', ')', '-', '–', '—', '/', '"', '\'', '’', '$', '%', '!', '?'] | replace(t, c, ' ')) + ' ' AS spaced
WITH *, replace(replace(replace(spaced, '    ', ' '), '  ', ' '), '  ', ' ') AS words
WITH *, COLLECT { MATCH (n:Entity)
                  WHERE NOT n.id IN ends AND NOT n:Measurement
                    AND (n.id IN measuredIds OR any(k IN coalesce(n.nameKeys, []) WHERE size(k) > 1 AND words CONTAINS ' ' + k + ' '))
                  RETURN n ORDER BY n.name } AS mentioned
WHERE $about IS NULL OR $about IN ends OR any(n IN mentioned WHERE n.id = $about)
WITH *, reduce(all = [], x IN rels | all + coalesce(x.sources, [x.source])) AS allSources
WITH *, reduce(acc = [], x IN allSources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN sp.name AS speaker,
       head(COLLECT { MATCH (sp:Person)-[o:HOLDS_OFFICE]->(st:Entity) WHERE o.statementId IS NOT NULL
                      RETURN st.name + ' (' + o.role + ')' ORDER BY o.source = 'background', st.name }) AS speakerOffice,
       subject, relation, object, detail, figure, value,
       [n IN mentioned | n.name] AS mentions,
       CASE WHEN any(x IN rels WHERE x.kind = 'fact') THEN 'fact'
            WHEN any(x IN rels WHERE x.kind = 'reported') THEN 'reported' ELSE 'assessment' END AS kind,
       date,
       head(rels).source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       all(x IN rels WHERE x.source = 'background') AS background,
       head(rels).statementId AS statement,
       reduce(all = [], x IN rels | all + [s IN coalesce(x.statements, [x.statementId]) WHERE NOT s IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], x IN rels | all + coalesce(x.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       paths
ORDER BY speaker, relation = 'reported', subject, relation, object, statement
