// @description Assessments held by actors: what they view negatively, are concerned about, see a threat from, watch closely, put weight on, or share positions with. A view of a development (e.g. one state's military cooperation with a region) names the development and the actors it involves. With an entity, only views it holds, views about it or about a development involving it, and views held by a person in office there (e.g. its president).
// @param entity: entity? — optional: the holder or the subject of the views, or an actor a viewed development involves
// @column holder: string — name of who holds the view
// @column holderOffice: string? — for a person in office, the state and the office, e.g. Iran (President); null otherwise
// @column view: string — VIEWS_NEGATIVELY, CONCERNED_ABOUT, SEES_THREAT_FROM, MONITORS, PRIORITISES or POSITIONS_ALIGN_WITH
// @column tone: string — the view in one word: negative, concern, threat, watchful, priority or aligned
// @column about: string — name of what or whom the view is about: a development, or an actor, agreement or event itself
// @column involves: string[] — when the view is about a development, the actors and things it involves (who acts, where, which agreement or event); may be empty
// @column detail: string? — the matter viewed or of concern, the kind of threat, what is watched, how and why a priority grows, or how often and where positions align; null when not stated
// @column kind: string — fact, assessment or reported
// @column speaker: string? — name of the person or actor the statement is attributed to; null when none is named
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source that states it, articles before background; two or more when sources corroborate each other
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column evidence: citations — the article sentences that support the statement; empty for background facts
// @example entity=Tehran
// @expect holder: Iran; Kazakhstan; Masoud Pezeshkian
// @expect view: VIEWS_NEGATIVELY; SEES_THREAT_FROM; MONITORS; POSITIONS_ALIGN_WITH; CONCERNED_ABOUT
// @expect about: Stronger US position in Central Asia after the November 2025 summit; Turkey's growing military cooperation with Central Asia; Kazakhstan's accession to the Abraham Accords; Central Asia; North Atlantic Treaty Organization; Iran
// @expect involves: United States; Turkey; Abraham Accords; Kazakhstan
// @example entity=Turkey
// @expect holder: Iran
// @expect view: VIEWS_NEGATIVELY
// @expect about: Turkey's growing military cooperation with Central Asia
// @expect involves: Turkey; Central Asia
// @example entity="Kassym-Jomart Tokayev"
// @expect about: International sanctions against Iran; Escalating international conflicts
// @expect speaker: Kassym-Jomart Tokayev
// @example entity="Central Asia"
// @expect view: PRIORITISES; VIEWS_NEGATIVELY; SEES_THREAT_FROM
// @expect about: Diversification of Central Asia's transport and logistics routes
MATCH (h:Entity)-[r:VIEWS_NEGATIVELY|CONCERNED_ABOUT|SEES_THREAT_FROM|MONITORS|PRIORITISES|POSITIONS_ALIGN_WITH]->(a:Entity)
WITH h, r, a,
     head(COLLECT { MATCH (h:Person)-[o:HOLDS_OFFICE]->(st:State) WHERE o.statementId IS NOT NULL RETURN st.name + ' (' + o.role + ')' ORDER BY o.source = 'background', st.name }) AS holderOffice,
     // what a viewed development involves, so a view of Turkey's cooperation is found from Turkey
     COLLECT { MATCH (a:Development)-[i:INVOLVES]->(x:Entity) WHERE i.statementId IS NOT NULL RETURN DISTINCT x ORDER BY x.name } AS involved
WHERE $entity IS NULL OR $entity IN [h.id, a.id] OR any(x IN involved WHERE x.id = $entity)
      OR EXISTS { MATCH (h:Person)-[o:HOLDS_OFFICE]->(:Entity {id: $entity}) WHERE o.statementId IS NOT NULL }
RETURN h.name AS holder,
       holderOffice,
       type(r) AS view,
       CASE type(r) WHEN 'VIEWS_NEGATIVELY' THEN 'negative' WHEN 'CONCERNED_ABOUT' THEN 'concern'
                    WHEN 'SEES_THREAT_FROM' THEN 'threat' WHEN 'MONITORS' THEN 'watchful'
                    WHEN 'PRIORITISES' THEN 'priority' ELSE 'aligned' END AS tone,
       a.name AS about,
       [x IN involved | x.name] AS involves,
       CASE type(r)
         WHEN 'SEES_THREAT_FROM' THEN r.nature + CASE WHEN r.longStanding THEN ' (long-standing)' ELSE '' END
         WHEN 'MONITORS' THEN r.scope
         WHEN 'PRIORITISES' THEN CASE WHEN r.reason IS NULL THEN r.trend ELSE coalesce(r.trend + ', ', '') + r.reason END
         WHEN 'POSITIONS_ALIGN_WITH' THEN trim(coalesce(r.frequency, '') + ' ' + coalesce('in the ' + r.arena + ' arena', ''))
         ELSE r.matter END AS detail,
       r.kind AS kind,
       head(COLLECT { MATCH (sp:Entity {id: r.speaker}) RETURN sp.name }) AS speaker,
       r.source AS source,
       coalesce(r.sources, [r.source]) AS sources,
       r.source = 'background' AS background,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence
ORDER BY holder, view, about, statement
