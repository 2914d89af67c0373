// @description Trade between a and b over time: every Measurement that MEASURES both as trade partners, actual values by year first, then targets, then growth rates. Figures of other kinds that concern both (a count of firms, a share of words) are not trade and are left out.
// @param a: entity — one state or bloc
// @param b: entity — the other state or bloc
// @column measurement: string — name of the figure
// @column metric: string — what is measured
// @column year: integer? — the calendar year the figure refers to; null when it refers to a period or to no stated time
// @column period: string? — the period the figure refers to when not a calendar year, e.g. 2025-05/2025-07; null otherwise
// @column asOf: partialDate? — when the figure was stated or valid; null when not known
// @column value: number — the figure in the base unit that unit names (whole US dollars rather than millions, percent, a count)
// @column unit: string — the unit of value: USD, percent or count
// @column currency: string? — ISO 4217 currency code when the value is money; null otherwise
// @column status: string — actual (an observed level), target (an agreed level) or growth (a rate of change)
// @column approximation: string? — how exact the figure is: exact, approximately, more-than or less-than; null when not stated
// @column qualifier: string? — a further qualification of the figure, e.g. historic low; null when none
// @column roleA: string? — how a figures in the measurement, e.g. trade partner; null when not stated
// @column roleB: string? — how b figures in the measurement; null when not stated
// @column context: string[] — what else the figure measures, with its role, e.g. the agreement credited with a rise; may be empty
// @column kind: string — fact, assessment or reported; two joined by / when the ties to a and b differ
// @column speaker: string? — name of who stated the figure (the first by name when several did); null when nobody is named
// @column agreedBy: string[] — names of those who agreed on the figure, for targets; empty otherwise
// @column sources: string[] — every source behind the figure's statements, articles before background; two or more when sources corroborate it
// @column background: boolean — true when both ties, to a and to b, are background facts
// @column statements: string[] — ids of the statements behind the figure: its ties to a and b, reports and agreements
// @column evidence: citations — the article sentences that support those statements
// @example a=Kazakhstan b=Iran
// @expect year: 2008; 2019; 2024
// @expect status: actual; target; growth
// @expect metric: Kazakhstan–Iran bilateral trade turnover
// @expect qualifier: historic low
// @expect speaker: Masoud Pezeshkian
// @example a=Iran b=EEU
// @expect status: growth
// @expect period: 2025-05/2025-07
// @expect context: Iran–EEU free trade agreement
MATCH (x:Entity {id: $a})<-[ra:MEASURES]-(m:Measurement)-[rb:MEASURES]->(y:Entity {id: $b})
WHERE x <> y AND ra.role = 'trade partner' AND rb.role = 'trade partner'
WITH m, ra, rb,
     COLLECT { MATCH (p:Entity)-[rep:REPORTED]->(m) RETURN rep ORDER BY rep.statementId } AS reports,
     COLLECT { MATCH (p:Entity)-[agr:AGREED_ON]->(m) RETURN agr ORDER BY agr.statementId } AS agreements
WITH m, ra, rb, reports, agreements,
     [sp IN [ra.speaker, rb.speaker] + [rel IN reports | startNode(rel).id] WHERE sp IS NOT NULL] AS speakerIds,
     [rel IN [ra, rb] + reports + agreements | rel] AS rels
WITH m, ra, rb, reports, agreements, speakerIds, rels,
     reduce(acc = [], x IN reduce(all = [], rel IN rels | all + coalesce(rel.sources, [rel.source])) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sourceList
RETURN m.name AS measurement,
       m.metric AS metric,
       m.year AS year,
       m.period AS period,
       m.asOf AS asOf,
       m.value AS value,
       m.unit AS unit,
       m.currency AS currency,
       m.status AS status,
       m.approximation AS approximation,
       m.qualifier AS qualifier,
       ra.role AS roleA,
       rb.role AS roleB,
       COLLECT { MATCH (m)-[c:MEASURES]->(o:Entity) WHERE NOT o.id IN [$a, $b] AND c.statementId IS NOT NULL
                 RETURN o.name + coalesce(' (' + c.role + ')', '') AS c ORDER BY c } AS context,
       CASE WHEN ra.kind = rb.kind THEN ra.kind ELSE ra.kind + '/' + rb.kind END AS kind,
       head(COLLECT { MATCH (sp:Entity) WHERE sp.id IN speakerIds RETURN sp.name ORDER BY sp.name }) AS speaker,
       COLLECT { MATCH (ag:Entity)-[:AGREED_ON]->(m) RETURN DISTINCT ag.name ORDER BY ag.name } AS agreedBy,
       [x IN sourceList WHERE x <> 'background'] + [x IN sourceList WHERE x = 'background'] AS sources,
       ra.source = 'background' AND rb.source = 'background' AS background,
       reduce(all = [], rel IN rels | all + coalesce(rel.statements, [rel.statementId])) AS statements,
       reduce(acc = [], e IN reduce(all = [], rel IN rels | all + coalesce(rel.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence
ORDER BY CASE m.status WHEN 'actual' THEN 0 WHEN 'target' THEN 1 WHEN 'growth' THEN 2 ELSE 3 END,
         m.year IS NULL, m.year, m.period, m.metric, m.name
