// @description What happened to an entity, in date order: what events, sanctions and actors did to it (attacked, disrupted, blocked, restricted, constrained, visited, agreed on, joined, held a summit with, strengthened a presence in), what it did itself of these kinds (joined an agreement, or a bloc when an article says so; agreed on, visited, held a summit with, strengthened a presence in), growth figures about it, the events it (or a person in office there) took part in or was involved in, with the other participants, the events that took place in it (or in a city or port there) or were held under it, and, for an event, everything the sources say about the event itself.
// @param entity: entity — what happened to it: a state, port, route, pipeline, deal, agreement, bloc, person or event
// @column what: string — the happening in words: subject, what it did, object, and the role in brackets when one is given
// @column subject: string — name of who or what acted (the relationship's subject)
// @column relation: string — the relation in words, e.g. restricted, took part in, took place in
// @column object: string — name of what it acted on (the relationship's object)
// @column by: string — name of the other side for the entity: the actor, event or sanctions regime that acted on it, what it joined, agreed on, visited or held a summit with, the event it took part in or that took place in it, or what an event is tied to
// @column detail: string? — the relationship's own details in words (key: value; …), or a growth figure's value and period; null when there are none
// @column others: string[] — for an event, the other participants with their roles in brackets; may be empty
// @column date: partialDate? — when it happened: the relationship's date or since, else the event's date; null when not known
// @column kind: string — fact, assessment or reported
// @column speaker: string? — name of the person the statement is attributed to; null when none is named
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source behind the row (the statement and the other participants'), articles before background
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column statements: string[] — ids of the statement and of the other participants' statements
// @column evidence: citations — the article sentences that support the row and the other participants; empty for background facts
// @column path: path — the relationship, for pictures
// @example entity=Chabahar
// @expect what: International sanctions against Iran restricted Chabahar Port
// @expect by: International sanctions against Iran
// @expect detail: renewed: yes
// @example entity="Iran–Turkmenistan–Iraq gas swap deal"
// @expect relation: blocked; is a party to
// @expect by: International sanctions against Iran; Iran; Turkmenistan; Iraq
// @example entity="Caspian Pipeline Consortium"
// @expect what: Attacks on the Caspian Pipeline Consortium (2025) attacked Caspian Pipeline Consortium
// @expect date: 2025
// @example entity=Turkmenistan
// @expect others: Russia (approving government); Mikhail Mishustin (signed the government's decision)
// @expect relation: took part in
// @expect date: 2023-07; 2025-10-13
// @example entity="Russia's approval of Turkmenistan joining the INSTC (July 2023)"
// @expect subject: Russia; Turkmenistan; Mikhail Mishustin
// @example entity=Azerbaijan
// @expect what: Azerbaijan is a member of Consultative Meetings of the Heads of State of Central Asia; Azerbaijan strengthened its presence in Central Asia
// @example entity=OTS
// @expect what: OTS summit (October 2025) was held under Organization of Turkic States
// @expect others: Turkey (member state); Azerbaijan (member state)
// @example entity=Iran
// @expect by: Relaunch of the China–Iran and Iran–China container trains (undated); Iran–Israel war (2025)
// @expect relation: took place in; was involved in; constrained
CALL () {
  // what events, sanctions and actors did to it
  MATCH (x:Entity {id: $entity})<-[r]-(s:Entity)
  WHERE r.statementId IS NOT NULL AND NOT type(r) IN ['TOOK_PLACE_IN', 'HELD_UNDER', 'LEG', 'HOP']
    AND (s:Event OR s:SanctionsRegime
         OR type(r) IN ['AGREED_ON', 'PARTY_TO', 'VISITED', 'SUMMIT_WITH', 'STRENGTHENED_PRESENCE_IN', 'ATTACKED', 'DISRUPTED']
         OR (s:Measurement AND type(r) = 'MEASURES' AND s.status = 'growth'))
  RETURN r, s AS other, CASE WHEN s:Event THEN s END AS event, [] AS rest
  UNION
  // what it did that the sources report as a happening: joined, agreed on, visited, held a summit, strengthened a presence
  MATCH (x:Entity {id: $entity})-[r:PARTY_TO|AGREED_ON|VISITED|SUMMIT_WITH|STRENGTHENED_PRESENCE_IN|MEMBER_OF]->(o:Entity)
  WHERE r.statementId IS NOT NULL AND (type(r) <> 'MEMBER_OF' OR any(src IN coalesce(r.sources, [r.source]) WHERE src <> 'background'))
  RETURN r, o AS other, null AS event, [] AS rest
  UNION
  // the events it, or a person in office there, took part in or was involved in, with the other participants
  MATCH (x:Entity {id: $entity})
  MATCH (a:Entity)-[r:PARTICIPATED_IN|INVOLVED_IN]->(e:Event)
  WHERE r.statementId IS NOT NULL
    AND (a = x OR EXISTS { MATCH (a:Person)-[h:HOLDS_OFFICE]->(x) WHERE h.statementId IS NOT NULL })
  RETURN r, e AS other, e AS event,
         // the id is projected once: Neo4j 5.26's planner can fail an internal check ("should not appear
         // non-cached") when a COLLECT filters and sorts on the same relationship property
         COLLECT { MATCH (e)<-[q:PARTICIPATED_IN|INVOLVED_IN]-(:Entity) WITH q, r, q.statementId AS id WHERE id IS NOT NULL AND q <> r
                   RETURN q ORDER BY id } AS rest
  UNION
  // the events that took place in it or in a place there, or were held under it
  MATCH (x:Entity {id: $entity})
  CALL (x) {
    MATCH (e:Event)-[r:TOOK_PLACE_IN|HELD_UNDER]->(x) WHERE r.statementId IS NOT NULL
    RETURN e, r
    UNION
    MATCH (e:Event)-[r:TOOK_PLACE_IN]->(:Entity)-[l:LOCATED_IN|PART_OF]->(x)
    WHERE r.statementId IS NOT NULL AND l.statementId IS NOT NULL
    RETURN e, r
  }
  RETURN r, e AS other, e AS event,
         COLLECT { MATCH (e)<-[q:PARTICIPATED_IN|INVOLVED_IN]-(:Entity) WITH q, q.statementId AS id WHERE id IS NOT NULL RETURN q ORDER BY id } AS rest
  UNION
  // for an event: everything the sources say about it
  MATCH (x:Event {id: $entity})-[r]-(o:Entity)
  WHERE r.statementId IS NOT NULL AND NOT type(r) IN ['LEG', 'HOP', 'IN_SOURCE']
  RETURN r, o AS other, x AS event, [] AS rest
}
WITH r, other, event, rest, startNode(r) AS s, endNode(r) AS o
WITH r, other, event, rest, s, o,
     CASE type(r)
       WHEN 'SANCTIONS_BLOCKED' THEN 'blocked' WHEN 'SANCTIONS_RESTRICTED' THEN 'restricted' WHEN 'SANCTIONS_CONSTRAINED' THEN 'constrained'
       WHEN 'ATTACKED' THEN 'attacked' WHEN 'DISRUPTED' THEN 'disrupted'
       WHEN 'PARTICIPATED_IN' THEN 'took part in' WHEN 'INVOLVED_IN' THEN 'was involved in'
       WHEN 'TOOK_PLACE_IN' THEN 'took place in' WHEN 'HELD_UNDER' THEN 'was held under'
       WHEN 'AGREED_ON' THEN 'agreed on' WHEN 'PARTY_TO' THEN 'is a party to' WHEN 'MEMBER_OF' THEN 'is a member of' WHEN 'VISITED' THEN 'visited'
       WHEN 'SUMMIT_WITH' THEN 'held a summit with' WHEN 'STRENGTHENED_PRESENCE_IN' THEN 'strengthened its presence in'
       ELSE toLower(replace(type(r), '_', ' ')) END AS relation,
     COLLECT { UNWIND keys(r) AS k WITH k
               WHERE NOT k IN ['statementId', 'statements', 'kind', 'kinds', 'speaker', 'source', 'sources', 'sourceCount',
                               'reference', 'anchor', 'anchors', 'evidence', 'evidenceStatus', 'text', 'speakers', 'role', 'date', 'since']
               RETURN k ORDER BY k } AS own
WITH r, other, event, rest, s, o, relation,
     CASE WHEN s:Measurement
          THEN [coalesce(s.metric, s.name) + ': ' + CASE WHEN s.value > 0 THEN '+' ELSE '' END
                + CASE WHEN s.value = round(s.value) THEN toString(toInteger(s.value)) ELSE toString(s.value) END
                + CASE s.unit WHEN 'percent' THEN '%' ELSE coalesce(' ' + s.unit, '') END
                + coalesce(' (' + coalesce(s.period, toString(s.year)) + ')', '')]
          ELSE [k IN own | reduce(w = '', c IN split(k, '') | w + CASE WHEN c <> toLower(c) THEN ' ' + toLower(c) ELSE c END) + ': '
                           + CASE WHEN r[k] IS :: LIST<ANY> THEN reduce(t = '', v IN r[k] | t + CASE WHEN t = '' THEN '' ELSE ', ' END + toString(v))
                                  WHEN r[k] IS :: BOOLEAN THEN CASE WHEN r[k] THEN 'yes' ELSE 'no' END
                                  ELSE toString(r[k]) END] END AS parts
WITH r, other, event, s, o, relation, parts, rest,
     [r] + rest AS rels,
     reduce(all = [], x IN [r] + rest | all + coalesce(x.sources, [x.source])) AS allSources
WITH r, other, event, s, o, relation, parts, rest, rels,
     reduce(acc = [], x IN allSources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN s.name + ' ' + relation + ' ' + o.name + coalesce(' (' + r.role + ')', '') AS what,
       s.name AS subject,
       relation,
       o.name AS object,
       other.name AS by,
       CASE WHEN size(parts) = 0 THEN null ELSE reduce(t = head(parts), x IN tail(parts) | t + '; ' + x) END AS detail,
       [q IN rest | startNode(q).name + coalesce(' (' + q.role + ')', '')] AS others,
       toString(coalesce(r.date, r.since, event.date)) AS date,
       r.kind AS kind,
       head(COLLECT { MATCH (sp:Entity {id: r.speaker}) RETURN sp.name }) AS speaker,
       r.source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       r.source = 'background' AS background,
       r.statementId AS statement,
       reduce(all = [], x IN rels | all + [st IN coalesce(x.statements, [x.statementId]) WHERE NOT st IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], x IN rels | all + coalesce(x.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       head([pp = (s)-[y]->(o) WHERE y = r | pp]) AS path
ORDER BY date IS NULL, date, what, statement
