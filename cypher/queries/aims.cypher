// @description What an actor seeks, fears or watches: the access it seeks, its interests, concerns and perceived threats, what it monitors, what it gains from, where it strengthened its presence and how it engages. Rows held by the entity itself or by a person in office there (e.g. its president) come first (side holder); then the aims of others that are about the entity (side about). Negative views are in the views query.
// @param entity: entity — the actor whose aims to list, or what others' aims are about
// @column holder: string — name of who holds the aim
// @column holderOffice: string? — for a person in office, the state or organisation and the office, e.g. Iran (President); null otherwise
// @column side: string — holder (the entity holds the aim, itself or through a person in office there) or about (the aim is about the entity)
// @column aim: string — the aim in one word: seeks (access), interest, concern, threat (perceived from), watchful (monitors), benefit, presence (strengthened) or engagement
// @column relation: string — the relationship type: SEEKS_ACCESS_TO, HAS_INTEREST_IN, CONCERNED_ABOUT, SEES_THREAT_FROM, MONITORS, BENEFITS_FROM, STRENGTHENED_PRESENCE_IN or ENGAGES_WITH
// @column about: string — name of what or whom the aim is about
// @column detail: string? — in words: the purpose and route of the access sought, the interest, the matter of concern, the kind of threat, what is watched, the benefit, how the presence was strengthened, or the fields, trend and stance of the engagement; null when not stated
// @column kind: string — fact, assessment or reported
// @column speaker: string? — name of the person or actor the statement is attributed to; null when none is named
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source that states it, articles before background; two or more when sources corroborate each other
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column evidence: citations — the article sentences that support the statement; empty for background facts
// @column path: path — the relationship, for pictures
// @example entity=Iran
// @expect aim: seeks; interest; threat; watchful; benefit; engagement; concern
// @expect about: Central Asia; China; Russia; Eurasia; North Atlantic Treaty Organization; Shanghai Cooperation Organization
// @expect detail: breaking out of long-standing political, diplomatic and economic isolation; security threats from the north (long-standing)
// @expect holder: Iran; Masoud Pezeshkian
// @example entity=Tokayev
// @expect aim: concern
// @expect about: International sanctions against Iran
// @expect speaker: Kassym-Jomart Tokayev
// @example entity="Central Asia"
// @expect side: about
// @expect holder: Iran; United States; Turkey; Azerbaijan
// @expect aim: presence; seeks
MATCH (x:Entity {id: $entity})
CALL (x) {
  MATCH (h:Entity)-[r:SEEKS_ACCESS_TO|HAS_INTEREST_IN|CONCERNED_ABOUT|SEES_THREAT_FROM|MONITORS|BENEFITS_FROM|STRENGTHENED_PRESENCE_IN|ENGAGES_WITH]->(a:Entity)
  WHERE h = x OR EXISTS { MATCH (h:Person)-[o:HOLDS_OFFICE]->(x) WHERE o.statementId IS NOT NULL }
  RETURN h, r, a, 'holder' AS side
  UNION
  MATCH (h:Entity)-[r:SEEKS_ACCESS_TO|HAS_INTEREST_IN|CONCERNED_ABOUT|SEES_THREAT_FROM|MONITORS|BENEFITS_FROM|STRENGTHENED_PRESENCE_IN|ENGAGES_WITH]->(x)
  WHERE h <> x AND NOT EXISTS { MATCH (h:Person)-[o:HOLDS_OFFICE]->(x) WHERE o.statementId IS NOT NULL }
  RETURN h, r, x AS a, 'about' AS side
}
WITH h, r, a, side
WHERE r.statementId IS NOT NULL
RETURN h.name AS holder,
       head(COLLECT { MATCH (h:Person)-[o:HOLDS_OFFICE]->(st:Entity) WHERE o.statementId IS NOT NULL
                      RETURN st.name + ' (' + o.role + ')' ORDER BY o.source = 'background', st.name }) AS holderOffice,
       side,
       CASE type(r) WHEN 'SEEKS_ACCESS_TO' THEN 'seeks' WHEN 'HAS_INTEREST_IN' THEN 'interest' WHEN 'CONCERNED_ABOUT' THEN 'concern'
                    WHEN 'SEES_THREAT_FROM' THEN 'threat' WHEN 'MONITORS' THEN 'watchful' WHEN 'BENEFITS_FROM' THEN 'benefit'
                    WHEN 'STRENGTHENED_PRESENCE_IN' THEN 'presence' ELSE 'engagement' END AS aim,
       type(r) AS relation,
       a.name AS about,
       CASE type(r)
         WHEN 'SEEKS_ACCESS_TO' THEN CASE WHEN r.purpose IS NULL AND r.via IS NULL THEN null
                                          ELSE trim(coalesce(r.purpose, '') + coalesce(' (via ' + r.via + ')', '')) END
         WHEN 'HAS_INTEREST_IN' THEN r.interest
         WHEN 'CONCERNED_ABOUT' THEN r.matter
         WHEN 'SEES_THREAT_FROM' THEN r.nature + CASE WHEN r.longStanding THEN ' (long-standing)' ELSE '' END
         WHEN 'MONITORS' THEN r.scope
         WHEN 'BENEFITS_FROM' THEN r.benefit
         WHEN 'STRENGTHENED_PRESENCE_IN' THEN r.means
         ELSE CASE WHEN r.fields IS NULL AND r.trend IS NULL AND r.stance IS NULL THEN null
                   ELSE substring(coalesce('; ' + reduce(t = head(r.fields), f IN tail(r.fields) | t + ', ' + f), '')
                                  + coalesce('; ' + r.trend, '') + coalesce('; ' + r.stance, ''), 2) END
       END AS detail,
       r.kind AS kind,
       head(COLLECT { MATCH (sp:Entity {id: r.speaker}) RETURN sp.name }) AS speaker,
       r.source AS source,
       coalesce(r.sources, [r.source]) AS sources,
       r.source = 'background' AS background,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence,
       head([pp = (h)-[y]->(a) WHERE y = r | pp]) AS path
ORDER BY side = 'about', holder, CASE type(r) WHEN 'SEEKS_ACCESS_TO' THEN 0 WHEN 'HAS_INTEREST_IN' THEN 1 WHEN 'CONCERNED_ABOUT' THEN 2
                                 WHEN 'SEES_THREAT_FROM' THEN 3 WHEN 'MONITORS' THEN 4 WHEN 'BENEFITS_FROM' THEN 5
                                 WHEN 'STRENGTHENED_PRESENCE_IN' THEN 6 ELSE 7 END,
         about, statement
