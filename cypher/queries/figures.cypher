// @description Figures and what they measure: every Measurement with its value in words, what it measures and how, who reported or agreed on it, and the statements behind it. figure matches the digits typed against the value and the value in thousands, millions and billions, so 340 finds $340 million; a figure that equals one of these is preferred to one that only contains the digits. A scale word (thousand, million, billion) picks that scale, and % or $ in the figure picks percent or US dollars.
// @param entity: entity? — optional: what the figure measures, who reported it or agreed on it, or the figure itself
// @param figure: string? — optional: the figure as typed, e.g. 53, 53%, $340 million, 3 billion
// @param unit: string? — optional: part of the unit or currency, e.g. percent, USD, count (dollar and % are read as USD and percent)
// @param source: string? — optional: an article id, or part of one, that states the figure
// @param status: string? — optional: actual, target or growth
// @column figure: string — the value in words with its unit, e.g. +53%, $340 million, more than 350
// @column measurement: string — name of the figure in the graph
// @column value: number — the value in the base unit that unit names (whole US dollars, percent, a count)
// @column unit: string? — the unit of value, e.g. USD, percent or count; null when not stated
// @column currency: string? — ISO 4217 currency code when the value is money; null otherwise
// @column status: string? — actual (an observed level), target (an agreed level) or growth (a rate of change); null when not stated
// @column year: integer? — the calendar year the figure refers to; null when not stated
// @column period: string? — the period the figure refers to when it is not a whole year, e.g. first 10 months of 2025; null otherwise
// @column asOf: partialDate? — when the figure was stated or valid; null when not known
// @column approximation: string? — how exact it is: exact, approximately, more-than or less-than; null when not stated
// @column qualifier: string? — a further qualification, e.g. historic low or no target year given; null when none
// @column metric: string? — what is measured, in words; null when not stated
// @column measures: string[] — names of what the figure measures, each with its role in brackets, e.g. Kazakhstan (trade partner); may be empty
// @column reportedBy: string? — names of who stated the figure, comma-separated; null when nobody is named
// @column agreedBy: string[] — names of those who agreed on the figure, for targets; may be empty
// @column kind: string — fact, assessment or reported: the strongest of the statements behind the figure
// @column source: string — the id of the article the figure's main statement comes from, or background
// @column sources: string[] — every source behind the figure, articles before background; two or more when sources corroborate it
// @column background: boolean — true when no article states the figure, only background facts
// @column statement: string — id of the figure's main statement (an article's st-… when there is one, else bg-…)
// @column statements: string[] — ids of every statement behind the figure: what it measures, who reported and agreed on it
// @column evidence: citations — the article sentences that support those statements; empty for background facts
// @column paths: path[] — the figure's ties to what it measures and to who reported or agreed on it, for pictures
// @unsaid year — by what year (the articles give no year for it)
// @example figure=53
// @expect figure: +53%
// @expect measures: International North–South Transport Corridor (existing route); Kazakhstan–Turkmenistan–Iran railway (existing route)
// @expect period: first 10 months of 2025
// @example figure=340
// @expect figure: $340 million
// @expect measurement: Kazakhstan–Iran trade, 2024
// @expect year: 2024
// @example entity=Tokayev
// @expect figure: more than 350; about 4%; $2 billion
// @expect reportedBy: Kassym-Jomart Tokayev
// @example unit=percent status=growth source=tehran-interests-central-asia
// @expect figure: +40%; +53%; +35%
// @expect metric: growth of Iran–EEU trade after the free trade agreement took effect
// @example entity=Kazakhstan figure="3 billion"
// @expect figure: $3 billion
// @expect agreedBy: Masoud Pezeshkian; Kassym-Jomart Tokayev
WITH toLower(trim(coalesce($figure, ''))) AS typed
WITH typed,
     reduce(s = '', c IN split(typed, '') | s + CASE WHEN c IN ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'] THEN c ELSE '' END) AS digits,
     CASE WHEN typed CONTAINS 'billion' OR typed ENDS WITH 'bn' THEN 1e9
          WHEN typed CONTAINS 'million' OR typed ENDS WITH 'mn' OR typed ENDS WITH 'm' THEN 1e6
          WHEN typed CONTAINS 'thousand' OR typed ENDS WITH 'k' THEN 1e3 END AS scale,
     CASE WHEN typed CONTAINS '%' OR typed CONTAINS 'percent' THEN 'percent'
          WHEN typed CONTAINS '$' OR typed CONTAINS 'dollar' OR typed CONTAINS 'usd' THEN 'usd' END AS typedUnit,
     coalesce({dollar: 'usd', dollars: 'usd', `$`: 'usd', `%`: 'percent', pct: 'percent', per: 'percent', number: 'count'}[toLower(trim(coalesce($unit, '')))],
              toLower(trim(coalesce($unit, '')))) AS unitWord
MATCH (m:Measurement)
WHERE (unitWord = '' OR toLower(coalesce(m.unit, '') + ' ' + coalesce(m.currency, '')) CONTAINS unitWord)
  AND (typedUnit IS NULL OR toLower(coalesce(m.unit, '') + ' ' + coalesce(m.currency, '')) CONTAINS typedUnit)
  AND ($status IS NULL OR m.status = toLower(trim($status)))
WITH m, digits, scale,
     [f IN CASE WHEN scale IS NULL THEN [m.value, m.value / 1e3, m.value / 1e6, m.value / 1e9] ELSE [m.value / scale] END
      | CASE WHEN f = round(f) AND abs(f) < 1e15 THEN toString(toInteger(f)) ELSE toString(f) END] AS forms
WHERE digits = '' OR any(f IN forms WHERE f CONTAINS digits)
WITH m, digits <> '' AND any(f IN forms WHERE f = digits) AS exact,
     COLLECT { MATCH (m)-[r]-(:Entity) WHERE r.statementId IS NOT NULL
               RETURN r ORDER BY CASE type(r) WHEN 'MEASURES' THEN 0 WHEN 'REPORTED' THEN 1 ELSE 2 END, r.source = 'background', r.statementId } AS rels
WHERE size(rels) > 0
  AND ($entity IS NULL OR m.id = $entity OR any(r IN rels WHERE $entity IN [startNode(r).id, endNode(r).id, r.speaker]))
  AND ($source IS NULL OR any(r IN rels WHERE any(s IN coalesce(r.sources, [r.source]) WHERE s CONTAINS toLower(trim($source)))))
// a figure that equals what was typed wins over one that only contains its digits
WITH collect({m: m, exact: exact, rels: rels}) AS found
UNWIND [f IN found WHERE f.exact OR NOT any(g IN found WHERE g.exact)] AS f
WITH f.m AS m, f.rels AS rels
WITH m, rels,
     [r IN rels WHERE type(r) = 'MEASURES'] AS ties,
     CASE m.approximation WHEN 'more-than' THEN 'more than ' WHEN 'less-than' THEN 'less than ' WHEN 'approximately' THEN 'about ' ELSE '' END AS approx,
     CASE WHEN abs(m.value) >= 1e9 THEN [m.value / 1e9, ' billion'] WHEN abs(m.value) >= 1e6 THEN [m.value / 1e6, ' million']
          ELSE [m.value, ''] END AS scaled,
     reduce(acc = [], id IN [r IN rels WHERE type(r) = 'REPORTED' | startNode(r).id] + [r IN rels WHERE r.speaker IS NOT NULL | r.speaker]
            | CASE WHEN id IN acc THEN acc ELSE acc + id END) AS reporterIds,
     reduce(all = [], r IN rels | all + coalesce(r.sources, [r.source])) AS allSources
WITH m, rels, ties, approx, scaled, reporterIds,
     reduce(acc = [], x IN allSources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources,
     COLLECT { MATCH (sp:Entity) WHERE sp.id IN reporterIds RETURN sp.name ORDER BY sp.name } AS reporters
RETURN approx + CASE
         WHEN m.unit = 'percent' THEN CASE WHEN m.status = 'growth' AND m.value > 0 THEN '+' ELSE '' END
                                      + CASE WHEN m.value = round(m.value) THEN toString(toInteger(m.value)) ELSE toString(m.value) END + '%'
         WHEN m.currency IS NOT NULL OR m.unit = 'USD' THEN
              CASE coalesce(m.currency, m.unit) WHEN 'USD' THEN '$' WHEN 'EUR' THEN '€' ELSE coalesce(m.currency, m.unit) + ' ' END
              + CASE WHEN scaled[0] = round(scaled[0]) THEN toString(toInteger(scaled[0])) ELSE toString(scaled[0]) END + scaled[1]
         WHEN m.unit IS NULL OR m.unit = 'count' THEN CASE WHEN m.value = round(m.value) THEN toString(toInteger(m.value)) ELSE toString(m.value) END
         ELSE CASE WHEN m.value = round(m.value) THEN toString(toInteger(m.value)) ELSE toString(m.value) END + ' ' + m.unit
       END AS figure,
       m.name AS measurement,
       m.value AS value,
       m.unit AS unit,
       m.currency AS currency,
       m.status AS status,
       m.year AS year,
       m.period AS period,
       toString(m.asOf) AS asOf,
       m.approximation AS approximation,
       m.qualifier AS qualifier,
       m.metric AS metric,
       reduce(acc = [], t IN ties | CASE WHEN endNode(t).name + coalesce(' (' + t.role + ')', '') IN acc THEN acc
                                         ELSE acc + (endNode(t).name + coalesce(' (' + t.role + ')', '')) END) AS measures,
       CASE WHEN size(reporters) = 0 THEN null ELSE reduce(s = head(reporters), n IN tail(reporters) | s + ', ' + n) END AS reportedBy,
       COLLECT { MATCH (ag:Entity)-[a:AGREED_ON]->(m) WHERE a.statementId IS NOT NULL RETURN DISTINCT ag.name ORDER BY ag.name } AS agreedBy,
       CASE WHEN any(r IN rels WHERE r.kind = 'fact') THEN 'fact'
            WHEN any(r IN rels WHERE r.kind = 'reported') THEN 'reported' ELSE 'assessment' END AS kind,
       head(rels).source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       all(r IN rels WHERE r.source = 'background') AS background,
       head(rels).statementId AS statement,
       reduce(all = [], r IN rels | all + [s IN coalesce(r.statements, [r.statementId]) WHERE NOT s IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], r IN rels | all + coalesce(r.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       [pp = (m)-[r]-(:Entity) WHERE r IN rels | pp] AS paths
ORDER BY coalesce(m.metric, m.name), CASE m.status WHEN 'actual' THEN 0 WHEN 'target' THEN 1 WHEN 'growth' THEN 2 ELSE 3 END,
         m.year IS NULL, m.year, m.name
