// @description People and their offices, with whom each met. With an entity that is a person, that person's offices; with a state or organisation, the people who hold office there. role keeps only offices whose title (or the state or organisation it is in) holds every word given, case ignored: transport, minister, president, head. One row per person and office, however many sources state it.
// @param entity: entity? — optional: a person, or the state or organisation whose office holders to list
// @param role: string? — optional: words of the office, e.g. transport, minister, president, head (chief and premier are read as head and prime)
// @column person: string — name of the person
// @column office: string — the title of the office as the sources give it, e.g. Minister of Transport
// @column of: string — name of the state or organisation the office is in
// @column since: partialDate? — when the person took office (yyyy, yyyy-mm or yyyy-mm-dd); null when no source says
// @column met: string[] — names of the people the person held talks with, as the sources say; may be empty
// @column kind: string — fact, assessment or reported: the strongest of the statements that the person holds the office
// @column source: string — the id of the article that states the office, or background when no article does
// @column sources: string[] — every source behind the row (the office and the meetings), articles before background
// @column background: boolean — true when no article states the office, only background facts
// @column statement: string — id of the main statement of the office (an article's st-… when there is one, else bg-…)
// @column statements: string[] — ids of every statement behind the row: the office, then the meetings
// @column evidence: citations — the article sentences that give the office and the meetings; empty for background facts
// @column paths: path[] — the office and each meeting as links, for pictures
// @example entity=Kazakhstan role=transport
// @expect person: Nurlan Sauranbayev
// @expect office: Minister of Transport
// @expect met: Farzaneh Sadegh Malvajerd
// @expect since: 2025-06-30
// @expect sources: tehran-interests-central-asia; background
// @example entity="Mikhail Mishustin"
// @expect office: Prime Minister
// @expect of: Russia
// @expect source: railfreight-turkmenistan-joins-instc
// @example entity="Islamic Republic of Iran Railways" role=chief
// @expect person: Mi'ad Salehi
// @expect office: Head
// @example role=president
// @expect person: Masoud Pezeshkian; Kassym-Jomart Tokayev
// @expect met: Kassym-Jomart Tokayev; Masoud Pezeshkian
// @expect of: Iran; Kazakhstan
WITH [w IN split(toLower(trim(coalesce($role, ''))), ' ')
      WHERE size(w) > 2 AND NOT w IN ['the', 'and', 'for'] | coalesce({chief: 'head', premier: 'prime'}[w], w)] AS words
MATCH (p:Person)-[o:HOLDS_OFFICE]->(org:Entity)
WHERE o.statementId IS NOT NULL
  AND ($entity IS NULL OR $entity IN [p.id, org.id])
  AND all(w IN words WHERE toLower(o.role + ' ' + org.name) CONTAINS w)
// one row per person and office: an article's statement first, then background (which may add since)
WITH p, org, o ORDER BY o.source = 'background', o.statementId
WITH p, org, o.role AS office, collect(o) AS offices
WITH p, org, office, offices,
     COLLECT { MATCH (p)-[mw:MET_WITH]-(other:Person) WHERE mw.statementId IS NOT NULL
               RETURN mw ORDER BY other.name, mw.statementId } AS meetings
WITH p, org, office, offices, meetings, head(offices) AS main,
     reduce(all = [], x IN offices + meetings | all + coalesce(x.sources, [x.source])) AS allSources
WITH p, org, office, offices, meetings, main,
     reduce(acc = [], x IN allSources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN p.name AS person,
       office,
       org.name AS of,
       head([x IN offices WHERE x.since IS NOT NULL | toString(x.since)]) AS since,
       reduce(acc = [], n IN [mw IN meetings | CASE WHEN startNode(mw) = p THEN endNode(mw).name ELSE startNode(mw).name END]
              | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS met,
       CASE WHEN any(x IN offices WHERE x.kind = 'fact') THEN 'fact'
            WHEN any(x IN offices WHERE x.kind = 'reported') THEN 'reported' ELSE 'assessment' END AS kind,
       main.source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       all(x IN offices WHERE x.source = 'background') AS background,
       main.statementId AS statement,
       reduce(all = [], x IN offices + meetings | all + [s IN coalesce(x.statements, [x.statementId]) WHERE NOT s IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], x IN offices + meetings | all + coalesce(x.evidence, []))
              | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       [pp = (p)-[x:HOLDS_OFFICE]->(org) WHERE x = main | pp]
         + [pp = (p)-[x:MET_WITH]-(:Person) WHERE x IN meetings | pp] AS paths
ORDER BY person, of, office
