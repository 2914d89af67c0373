// @description Which states lie in a region, and which of them the articles name: every state the graph places in the region (part of it, directly or through a sub-region), with the statement that places it there (often a background fact) and whether any article statement involves the state. A state the graph does not place in the region is not listed, even if it lies there. States the articles name come first; evidence gives, besides the placing statement's sentences, the first sentence of each article that names the state.
// @param region: entity — the region, e.g. Central Asia or Eurasia
// @column state: string — name of the state
// @column region: string — name of the region
// @column via: string? — the sub-region through which the state lies in the region, e.g. Central Asia for Eurasia; null when it lies there directly
// @column named: boolean — true when at least one article statement involves the state; false when only background knowledge mentions it
// @column namedState: string? — the state's name when an article statement involves it; null when only background knowledge mentions it
// @unsaid namedState — a state in the region that the articles name
// @column namedIn: string[] — ids of the articles whose statements involve the state; may be empty
// @column kind: string — fact, assessment or reported: the strongest of the statements that place the state in the region
// @column source: string — the id of the article that places the state in the region, or background when no article does
// @column sources: string[] — every source that places the state in the region, articles before background
// @column background: boolean — true when only background facts place the state in the region
// @column statement: string — id of the main statement that places the state in the region (through the sub-region, its tie to it)
// @column statements: string[] — ids of the statements that place the state in the region: its tie to the sub-region, then the sub-region's to the region
// @column evidence: citations — the article sentences behind those statements, then the first sentence of each article that names the state
// @column path: path — the state, any sub-region, and the region, for pictures
// @example region="Central Asia"
// @expect state: Kazakhstan; Turkmenistan; Kyrgyzstan; Tajikistan; Uzbekistan
// @expect named: true; false
// @expect namedIn: tehran-interests-central-asia; railfreight-turkmenistan-joins-instc
// @expect background: true
// @expect namedState: Kazakhstan; Turkmenistan; Kyrgyzstan; Tajikistan
// @example region=Eurasia
// @expect state: Kazakhstan; Tajikistan
// @expect via: Central Asia
MATCH (g:Entity {id: $region})
CALL (g) {
  MATCH p = (s:State)-[t:PART_OF|LOCATED_IN]->(g)
  WHERE t.statementId IS NOT NULL
  RETURN s, p, null AS sub
  UNION
  MATCH p = (s:State)-[t1:PART_OF|LOCATED_IN]->(sub:Region)-[t2:PART_OF]->(g)
  WHERE t1.statementId IS NOT NULL AND t2.statementId IS NOT NULL
  RETURN s, p, sub
}
WITH g, s, p, sub, relationships(p) AS ties
WITH g, s, p, sub, ties,
     COLLECT { MATCH (s)-[x]-(:Entity)
               WHERE x.statementId IS NOT NULL AND NOT type(x) IN ['LEG', 'HOP', 'IN_SOURCE']
               UNWIND [src IN coalesce(x.sources, [x.source]) WHERE src <> 'background'] AS src
               RETURN DISTINCT src ORDER BY src } AS namedIn,
     COLLECT { MATCH (s)-[x]-(:Entity)
               WHERE x.statementId IS NOT NULL AND NOT type(x) IN ['LEG', 'HOP', 'IN_SOURCE']
               UNWIND coalesce(x.evidence, []) AS sid
               MATCH (se:Sentence {id: sid})
               RETURN DISTINCT se ORDER BY se.source, se.caption, se.paragraph, se.number } AS mentions
WITH g, s, p, sub, ties, namedIn,
     [se IN reduce(acc = [], se IN mentions | CASE WHEN any(y IN acc WHERE y.source = se.source) THEN acc ELSE acc + se END) | se.id] AS firstMentions,
     reduce(all = [], t IN ties | all + coalesce(t.sources, [t.source])) AS allSources
WITH g, s, p, sub, ties, namedIn, firstMentions,
     reduce(acc = [], x IN allSources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN s.name AS state,
       g.name AS region,
       sub.name AS via,
       size(namedIn) > 0 AS named,
       CASE WHEN size(namedIn) > 0 THEN s.name END AS namedState,
       namedIn,
       CASE WHEN any(t IN ties WHERE t.kind = 'fact') THEN 'fact'
            WHEN any(t IN ties WHERE t.kind = 'reported') THEN 'reported' ELSE 'assessment' END AS kind,
       head(ties).source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       all(t IN ties WHERE t.source = 'background') AS background,
       head(ties).statementId AS statement,
       reduce(all = [], t IN ties | all + [st IN coalesce(t.statements, [t.statementId]) WHERE NOT st IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], t IN ties | all + coalesce(t.evidence, [])) + firstMentions
              | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       p AS path
ORDER BY NOT named, state, via
