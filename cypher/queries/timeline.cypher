// @description Dated happenings in date order: every domain relationship with a date or since, every dated Event, and dated entity attributes (agreement signed or in force, railway opened, service started, organisation founded). Dates are compared as text, so a partial date such as 2025-11 counts as inside a range that touches that month.
// @param from: date? — optional: earliest date, ISO yyyy-mm-dd
// @param to: date? — optional: latest date, ISO yyyy-mm-dd
// @param entity: entity? — optional: only rows involving this entity (or a person holding office in it): subject or object of the relationship, taking part in the event, party to the agreement or deal, or on the railway or service
// @column date: partialDate — when it happened or began, as precise as known (yyyy, yyyy-mm or yyyy-mm-dd)
// @column endDate: partialDate? — when it ended, for something that spans several days; null otherwise
// @column dateKind: string — which date this is: date, since (when a relationship began) or an entity attribute (signed, inForceSince, opened, operatingSince, founded)
// @column what: string — the happening in words: subject TYPE object, an event's name, or an entity with what happened to it (e.g. opened)
// @column subject: string — name of the relationship's subject, of the event, or of the entity
// @column type: string? — the relationship type, the event's type (e.g. summit, war) or the attribute's name; null for an event of no stated type
// @column object: string? — name of the relationship's object, or of the place an event took place; null for entity attributes and events with no place
// @column kind: string? — fact, assessment or reported; null for an event that no article statement supports
// @column speaker: string? — name of the person or actor the statement is attributed to; null when none is named
// @column source: string — the id of the article behind the row, background, or entity (an attribute of the entity itself)
// @column sources: string[] — every source behind the row, articles before background (or entity); two or more when sources corroborate it
// @column background: boolean — true when no article statement supports the row
// @column statements: string[] — ids of the statements behind the row; empty for entity attributes
// @column evidence: citations — the article sentences that support the row
// @example from=2025-01-01 to=2025-12-31
// @expect what: Masoud Pezeshkian VISITED Kazakhstan; Iran–Israel war (2025); Japan SUMMIT_WITH Central Asia
// @expect date: 2025-12-11; 2025-06-13; 2025-11
// @example entity=Iran
// @expect what: Iran MEMBER_OF BRICS; Masoud Pezeshkian HOLDS_OFFICE Iran; Masoud Pezeshkian VISITED Kazakhstan; Iran–Israel war (2025); Kazakhstan–Turkmenistan–Iran railway opened
// @expect source: tehran-interests-central-asia; background; entity
// @example entity=SCO to=2010-12-31
// @expect subject: China; Russia; Kazakhstan; Shanghai Cooperation Organization
// @expect type: MEMBER_OF; founded
CALL () {
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE r.statementId IS NOT NULL AND coalesce(r.date, r.since) IS NOT NULL
    AND ($entity IS NULL OR $entity IN [s.id, o.id]
         OR EXISTS { MATCH (pp:Person)-[h:HOLDS_OFFICE]->(:Entity {id: $entity}) WHERE pp IN [s, o] AND h.statementId IS NOT NULL })
  RETURN toString(coalesce(r.date, r.since)) AS date,
         toString(r.endDate) AS endDate,
         CASE WHEN r.date IS NOT NULL THEN 'date' ELSE 'since' END AS dateKind,
         s.name + ' ' + type(r) + ' ' + o.name AS what,
         s.name AS subject, type(r) AS type, o.name AS object,
         r.kind AS kind,
         head(COLLECT { MATCH (sp:Entity {id: r.speaker}) RETURN sp.name }) AS speaker,
         r.source AS source,
         coalesce(r.sources, [r.source]) AS sources,
         r.source = 'background' AS background,
         coalesce(r.statements, [r.statementId]) AS statements,
         coalesce(r.evidence, []) AS evidence
  UNION ALL
  MATCH (n:Event)
  WHERE n.date IS NOT NULL
    AND ($entity IS NULL OR n.id = $entity
         OR EXISTS { MATCH (n)-[x:PARTICIPATED_IN|INVOLVED_IN|HELD_UNDER|TOOK_PLACE_IN|DISRUPTED|ATTACKED]-(e:Entity {id: $entity}) WHERE x.statementId IS NOT NULL }
         OR EXISTS { MATCH (n)<-[:PARTICIPATED_IN]-(:Person)-[h:HOLDS_OFFICE]->(:Entity {id: $entity}) WHERE h.statementId IS NOT NULL })
  WITH n,
       COLLECT { MATCH (n)-[x]-(:Entity) WITH x, x.statementId AS id WHERE id IS NOT NULL RETURN x ORDER BY id } AS rels,
       head(COLLECT { MATCH (n)-[:TOOK_PLACE_IN]->(place:Entity) RETURN place.name ORDER BY place.name }) AS place
  WITH n, rels, place, [x IN rels WHERE x.source <> 'background'] AS stated
  RETURN toString(n.date) AS date,
         toString(n.endDate) AS endDate,
         'date' AS dateKind,
         n.name AS what,
         n.name AS subject, n.eventType AS type, place AS object,
         CASE WHEN size(stated) > 0 THEN 'fact' END AS kind,
         null AS speaker,
         CASE WHEN size(stated) > 0 THEN head(stated).source ELSE 'background' END AS source,
         reduce(all = [], x IN rels | all + coalesce(x.sources, [x.source])) AS sources,
         size(stated) = 0 AS background,
         reduce(all = [], x IN rels | all + coalesce(x.statements, [x.statementId])) AS statements,
         reduce(all = [], x IN rels | all + coalesce(x.evidence, [])) AS evidence
  UNION ALL
  MATCH (n:Entity)
  WHERE NOT n:Event AND NOT n:Measurement
  UNWIND [k IN ['signed', 'inForceSince', 'opened', 'operatingSince', 'founded'] WHERE n[k] IS NOT NULL] AS k
  WITH n, k
  WHERE $entity IS NULL OR n.id = $entity
        OR (k <> 'founded' AND EXISTS { MATCH (n)-[x:PARTY_TO|TRANSITS|STARTS_IN|ENDS_IN]-(e:Entity {id: $entity}) WHERE x.statementId IS NOT NULL })
  RETURN toString(n[k]) AS date,
         null AS endDate,
         k AS dateKind,
         n.name + ' ' + CASE k WHEN 'signed' THEN 'signed' WHEN 'inForceSince' THEN 'entered into force'
                               WHEN 'opened' THEN 'opened' WHEN 'operatingSince' THEN 'began operating'
                               ELSE 'founded' END AS what,
         n.name AS subject, k AS type, null AS object,
         'fact' AS kind,
         null AS speaker,
         'entity' AS source,
         ['entity'] AS sources,
         true AS background,
         [] AS statements,
         [] AS evidence
}
WITH *, left(date, 10) AS day
WHERE ($from IS NULL OR left(coalesce(endDate, date), 10) >= left(toString($from), size(left(coalesce(endDate, date), 10))))
  AND ($to IS NULL OR day <= left(toString($to), size(day)))
WITH *, reduce(acc = [], x IN sources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN day AS date, endDate, dateKind, what, subject, type, object, kind, speaker, source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       background, statements,
       reduce(acc = [], e IN evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence
ORDER BY date, subject, type, object, statements
