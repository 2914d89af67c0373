// @description The parties to an agreement, deal, event or target: who is a party to it, agreed on it, was involved in it or took part in it, with their role and date. One row per party, relation and role, however many sources state it (a background fact may add the date). signedBy names who signed or agreed for the party when the articles say so; it is null when they name no one.
// @param deal: entity — the agreement, energy deal, event or target (a Measurement agreed on)
// @column deal: string — name of the agreement, deal, event or target
// @column dealLabels: string[] — its labels other than Entity, e.g. Agreement, EnergyDeal, Event or Measurement
// @column party: string — name of the party
// @column partyLabels: string[] — the party's labels other than Entity, e.g. State, Person or Bloc
// @column partyOffice: string? — for a person in office, the state or organisation and the office, e.g. Iran (President); null otherwise
// @column relation: string — how it is a party, in words: party to, agreed on, involved in or participated in
// @column role: string? — the party's role as the sources give it, e.g. belligerent, host, acceding state; null when not stated
// @column date: partialDate? — when the party joined, agreed or took part (the relationship's date or since, else an event's date); null when not known
// @column signedBy: string? — who signed or agreed for the party: the party itself when it is a person who agreed on it or whose role is signing, else a person in office in the party who did; null when the articles name no one
// @unsaid signedBy — who signed or agreed to it on the party's behalf
// @column kind: string — fact, assessment or reported: the strongest of the statements behind the row
// @column speaker: string? — name of the person the statement is attributed to; null when none is named
// @column source: string — the id of the article the row's main statement comes from, or background
// @column sources: string[] — every source behind the row, articles before background; two or more when sources corroborate it
// @column background: boolean — true when no article states it, only background facts
// @column statement: string — id of the main statement behind the row (an article's st-… when there is one, else bg-…)
// @column statements: string[] — ids of every statement behind the row
// @column evidence: citations — the article sentences that support the row; empty for background facts
// @column path: path — the party's tie to the deal, for pictures
// @example deal="Iran–Turkmenistan–Iraq gas swap deal"
// @expect party: Iran; Turkmenistan; Iraq
// @expect relation: party to
// @example deal="Iran–EEU free trade agreement"
// @expect party: Iran; Eurasian Economic Union
// @expect date: 2025-05-15
// @expect sources: tehran-interests-central-asia; background
// @example deal="Kazakhstan–Iran trade target ($3 billion)"
// @expect party: Masoud Pezeshkian; Kassym-Jomart Tokayev
// @expect relation: agreed on
// @expect partyOffice: Iran (President); Kazakhstan (President)
// @expect signedBy: Masoud Pezeshkian
// @example deal="Russia's approval of Turkmenistan joining the INSTC (July 2023)"
// @expect party: Russia; Turkmenistan; Mikhail Mishustin
// @expect role: acceding state; approving government
// @expect signedBy: Mikhail Mishustin
// @example deal="container trains relaunch ceremony"
// @expect party: Mi'ad Salehi; China; Kazakhstan; Turkmenistan
// @example deal="Abraham Accords"
// @expect party: Kazakhstan; Israel
MATCH (d:Entity {id: $deal})<-[r:PARTY_TO|AGREED_ON|INVOLVED_IN|PARTICIPATED_IN]-(p:Entity)
WHERE r.statementId IS NOT NULL
// one row per party, relation and role: an article's statement first, then background (which may add a date)
WITH d, p, r ORDER BY r.source = 'background', r.statementId
WITH d, p, type(r) AS type, r.role AS role, collect(r) AS rels
WITH d, p, type, role, rels, head(rels) AS main,
     head([x IN rels WHERE coalesce(x.date, x.since) IS NOT NULL | toString(coalesce(x.date, x.since))]) AS relDate
WITH d, p, type, role, rels, main,
     coalesce(relDate, CASE WHEN d:Event THEN toString(d.date) END) AS date,
     CASE WHEN p:Person AND (type = 'AGREED_ON' OR toLower(coalesce(role, '')) CONTAINS 'sign') THEN p.name
          ELSE head(COLLECT { MATCH (p)<-[h:HOLDS_OFFICE]-(pp:Person)-[a:AGREED_ON|PARTICIPATED_IN]->(d)
                              WHERE h.statementId IS NOT NULL AND a.statementId IS NOT NULL
                                AND (type(a) = 'AGREED_ON' OR toLower(coalesce(a.role, '')) CONTAINS 'sign')
                              RETURN pp.name ORDER BY pp.name }) END AS signedBy,
     reduce(all = [], x IN rels | all + coalesce(x.sources, [x.source])) AS allSources
WITH d, p, type, role, rels, main, date, signedBy,
     reduce(acc = [], x IN allSources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN d.name AS deal,
       [l IN labels(d) WHERE l <> 'Entity'] AS dealLabels,
       p.name AS party,
       [l IN labels(p) WHERE l <> 'Entity'] AS partyLabels,
       head(COLLECT { MATCH (p:Person)-[o:HOLDS_OFFICE]->(st:Entity) WHERE o.statementId IS NOT NULL
                      RETURN st.name + ' (' + o.role + ')' ORDER BY o.source = 'background', st.name }) AS partyOffice,
       toLower(replace(type, '_', ' ')) AS relation,
       role,
       date,
       signedBy,
       CASE WHEN any(x IN rels WHERE x.kind = 'fact') THEN 'fact'
            WHEN any(x IN rels WHERE x.kind = 'reported') THEN 'reported' ELSE 'assessment' END AS kind,
       head(COLLECT { MATCH (sp:Entity {id: main.speaker}) RETURN sp.name }) AS speaker,
       main.source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       all(x IN rels WHERE x.source = 'background') AS background,
       main.statementId AS statement,
       reduce(all = [], x IN rels | all + [s IN coalesce(x.statements, [x.statementId]) WHERE NOT s IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], x IN rels | all + coalesce(x.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       head([pp = (p)-[x]->(d) WHERE x = main | pp]) AS path
ORDER BY CASE type WHEN 'PARTY_TO' THEN 0 WHEN 'AGREED_ON' THEN 1 WHEN 'INVOLVED_IN' THEN 2 ELSE 3 END,
         background, party, role, statement
