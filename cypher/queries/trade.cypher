// @description Figures that concern both a and b, e.g. their trade over time: every Measurement that MEASURES both, actual values by year first, then targets, then growth rates. Each row names its metric, so figures other than trade between the two (counts, shares) can be told apart.
// @param a: entity — one state or bloc
// @param b: entity — the other state or bloc
// @example a=Kazakhstan b=Iran
// @expect year: 2008; 2019; 2024
// @expect status: actual; target; growth
// @expect metric: Kazakhstan–Iran bilateral trade turnover
// @expect qualifier: historic low
// @expect speaker: Masoud Pezeshkian
// @example a=Iran b=EEU
// @expect status: growth
// @expect period: 2025-05/2025-07
MATCH (x:Entity {id: $a})<-[ra:MEASURES]-(m:Measurement)-[rb:MEASURES]->(y:Entity {id: $b})
WHERE x <> y
WITH m, ra, rb,
     COLLECT { MATCH (p:Entity)-[rep:REPORTED]->(m) RETURN rep ORDER BY rep.statementId } AS reports,
     COLLECT { MATCH (p:Entity)-[agr:AGREED_ON]->(m) RETURN agr ORDER BY agr.statementId } AS agreements
WITH m, ra, rb, reports, agreements,
     [sp IN [ra.speaker, rb.speaker] + [rel IN reports | startNode(rel).id] WHERE sp IS NOT NULL] AS speakerIds,
     [rel IN [ra, rb] + reports + agreements | rel] AS rels
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
       CASE WHEN ra.kind = rb.kind THEN ra.kind ELSE ra.kind + '/' + rb.kind END AS kind,
       head(COLLECT { MATCH (sp:Entity) WHERE sp.id IN speakerIds RETURN sp.name ORDER BY sp.name }) AS speaker,
       COLLECT { MATCH (ag:Entity)-[:AGREED_ON]->(m) RETURN DISTINCT ag.name ORDER BY ag.name } AS agreedBy,
       ra.source = 'background' AND rb.source = 'background' AS background,
       [rel IN rels | rel.statementId] AS statements,
       reduce(acc = [], e IN reduce(all = [], rel IN rels | all + coalesce(rel.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence
ORDER BY CASE m.status WHEN 'actual' THEN 0 WHEN 'target' THEN 1 WHEN 'growth' THEN 2 ELSE 3 END,
         m.year IS NULL, m.year, m.period, m.metric, m.name
