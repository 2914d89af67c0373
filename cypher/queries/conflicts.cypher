// @description Figures the sources give differently for the same measure, each kept with its source: Measurements of the same metric, status, unit and time (period, else year, else when stated) about the same entities whose values differ, and relationships of one type between the same ends that agree on everything but a figure (a number or a date) whose values differ. One row per figure; the rows of one measure follow each other.
// @param entity: entity? — optional: only figures about this entity (measured by the figure, or an end of the relationship)
// @column measure: string — what is measured: a Measurement's metric, or a relationship type and the property that differs, e.g. SUMMIT_WITH date
// @column about: string — what the figure is about: the names of what a Measurement measures, comma-separated, or the relationship's subject → object
// @column refersTo: string? — for a Measurement, the time the figure refers to: its period, else its year, else when it was stated; null for a relationship
// @column value: string — the figure as text: a number in the base unit that unit names (whole US dollars, percent, a count), or a date; text because figures are numbers or dates
// @column unit: string? — the unit of a Measurement's value: USD, percent or count; null for a relationship's property
// @column figure: string — the Measurement's name, or the relationship as subject TYPE object
// @column values: integer — how many different values the sources give for this measure, 2 or more
// @column kind: string — fact, assessment or reported: the strongest of the statements behind the figure
// @column speaker: string? — name of who stated the figure, when a named speaker did; null otherwise
// @column source: string — the id of the article the figure comes from, or background; the first of sources when several state it
// @column sources: string[] — every source behind the figure, articles before background; two or more when sources corroborate it
// @column background: boolean — true when no article states the figure, only background facts
// @column statements: string[] — ids of the statements behind the figure
// @column evidence: citations — the article sentences that support the figure; empty for background facts
// @example entity=Kazakhstan
// @expect measure: Kazakhstan–Iran bilateral trade turnover
// @expect value: 3000000000; 2000000000
// @expect source: tehran-interests-central-asia; background
// @expect speaker: Kassym-Jomart Tokayev
// @expect figure: Kazakhstan–Iran trade target ($3 billion); Kazakhstan–Iran trade target ($2 billion, per Tokayev)
// @expect values: 2
CALL () {
  MATCH (m:Measurement)
  WITH m, COLLECT { MATCH (m)-[t:MEASURES]->(x:Entity) WHERE t.statementId IS NOT NULL RETURN x ORDER BY x.id } AS measured
  WITH m, measured, [x IN measured | x.id] AS measuredIds, coalesce(m.period, toString(m.year), toString(m.asOf), '') AS refersTo
  WITH m.metric AS metric, m.status AS status, m.unit AS unit, refersTo, measuredIds,
       collect({m: m, measured: measured}) AS figures, count(DISTINCT m.value) AS values
  WHERE values > 1
    AND ($entity IS NULL OR $entity IN measuredIds)
  UNWIND figures AS f
  WITH metric, refersTo, unit, values, f.m AS m, f.measured AS measured
  WITH metric, refersTo, unit, values, m, measured,
       COLLECT { MATCH (m)-[rel]-(:Entity) WITH rel, rel.statementId AS id WHERE id IS NOT NULL RETURN rel ORDER BY id } AS rels
  RETURN metric AS measure,
         reduce(s = '', x IN measured | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x.name) AS about,
         CASE WHEN refersTo = '' THEN null ELSE refersTo END AS refersTo,
         CASE WHEN m.value = round(m.value) AND abs(m.value) < 1e15 THEN toString(toInteger(m.value)) ELSE toString(m.value) END AS value,
         unit,
         m.name AS figure,
         values,
         rels,
         head(COLLECT { MATCH (sp:Entity)-[rep:REPORTED]->(m) WHERE rep.statementId IS NOT NULL RETURN sp.name ORDER BY sp.name }) AS reporter
  UNION ALL
  MATCH (a:Entity)-[r1]->(b:Entity)<-[r2]-(a)
  WHERE r1 <> r2 AND type(r1) = type(r2) AND r1.statementId IS NOT NULL AND r2.statementId IS NOT NULL
    AND ($entity IS NULL OR $entity IN [a.id, b.id])
  // a relationship's own properties, without its provenance; a figure is a number or a date (partial dates are text)
  WITH a, b, r1, r2,
       [k IN keys(r1) WHERE NOT k IN ['statementId', 'statements', 'kind', 'kinds', 'speaker', 'source', 'sources', 'sourceCount',
                                       'reference', 'anchor', 'anchors', 'evidence', 'evidenceStatus', 'text', 'speakers']] AS own1,
       [k IN keys(r2) WHERE NOT k IN ['statementId', 'statements', 'kind', 'kinds', 'speaker', 'source', 'sources', 'sourceCount',
                                       'reference', 'anchor', 'anchors', 'evidence', 'evidenceStatus', 'text', 'speakers']] AS own2
  WITH a, b, r1, r2, own1, own2,
       [k IN own1 WHERE r1[k] IS :: INTEGER OR r1[k] IS :: FLOAT OR r1[k] IS :: DATE
                        OR (r1[k] IS :: STRING AND r1[k] =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?')] AS figures1,
       [k IN own2 WHERE r2[k] IS :: INTEGER OR r2[k] IS :: FLOAT OR r2[k] IS :: DATE
                        OR (r2[k] IS :: STRING AND r2[k] =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?')] AS figures2
  // the same claim but for its figures: every other property the same on both
  WHERE all(k IN own1 WHERE k IN figures1 OR r1[k] = r2[k]) AND all(k IN own2 WHERE k IN figures2 OR r2[k] = r1[k])
  UNWIND [k IN figures1 WHERE k IN figures2 AND r1[k] <> r2[k]] AS k
  WITH a, b, type(r1) + ' ' + k AS measure, r1, k
  WITH a, b, measure, k, collect(DISTINCT r1) AS differing
  UNWIND differing AS r
  RETURN measure,
         a.name + ' → ' + b.name AS about,
         null AS refersTo,
         CASE WHEN r[k] IS :: FLOAT AND r[k] = round(r[k]) THEN toString(toInteger(r[k])) ELSE toString(r[k]) END AS value,
         null AS unit,
         a.name + ' ' + type(r) + ' ' + b.name AS figure,
         size(reduce(vs = [], x IN differing | CASE WHEN x[k] IN vs THEN vs ELSE vs + [x[k]] END)) AS values,
         [r] AS rels,
         null AS reporter
}
WITH measure, about, refersTo, value, unit, figure, values, rels, reporter,
     reduce(all = [], rel IN rels | all + coalesce(rel.sources, [rel.source])) AS allSources
WITH measure, about, refersTo, value, unit, figure, values, rels, reporter,
     reduce(acc = [], x IN allSources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources,
     [rel IN rels WHERE rel.speaker IS NOT NULL | rel.speaker] AS speakerIds
WITH measure, about, refersTo, value, unit, figure, values, rels, reporter, speakerIds,
     [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources
RETURN measure,
       about,
       refersTo,
       value,
       unit,
       figure,
       values,
       CASE WHEN any(rel IN rels WHERE rel.kind = 'fact') THEN 'fact'
            WHEN any(rel IN rels WHERE rel.kind = 'reported') THEN 'reported'
            ELSE 'assessment' END AS kind,
       coalesce(reporter, head(COLLECT { MATCH (sp:Entity) WHERE sp.id IN speakerIds RETURN sp.name ORDER BY sp.name })) AS speaker,
       head(sources) AS source,
       sources,
       all(x IN sources WHERE x = 'background') AS background,
       reduce(all = [], rel IN rels | all + coalesce(rel.statements, [rel.statementId])) AS statements,
       reduce(acc = [], e IN reduce(all = [], rel IN rels | all + coalesce(rel.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence
ORDER BY measure, about, refersTo, background, value, figure
