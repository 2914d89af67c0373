// @description What sanctions blocked, restricted or constrained, with the details given (domains, period, notes). With a target, only rows where it is the thing hit, the sanctions regime itself, or a state tied to what was hit (a party to the deal, where the port lies, a state a route or pipeline crosses).
// @param target: entity? — optional: a state, region, deal, port, route or the sanctions regime
// @column sanctions: string — name of the sanctions regime
// @column effect: string — blocked, restricted or constrained
// @column target: string — name of what the sanctions hit
// @column imposedBy: string? — the state or bloc the graph says imposes the regime (taking part in it as imposer); null when the articles name none
// @column targetLabels: string[] — labels of what they hit, e.g. State, Port or EnergyDeal
// @column involves: string[] — states tied to the target: where it lies, which it crosses, parties to it; may be empty
// @column domains: string[]? — what is constrained, e.g. trade; only constrained rows have it, null otherwise
// @column period: string? — when the constraint applies, if stated; null otherwise
// @column mainFactor: boolean? — whether the sanctions are given as the main limiting factor; constrained rows only, null otherwise
// @column renewed: boolean? — whether the restrictions were imposed again after a lapse; restricted rows only, null otherwise
// @column note: string? — a short clarification of a blocked or restricted row; null when none
// @column kind: string — fact, assessment or reported
// @column speaker: string? — name of the person or actor the statement is attributed to; null when none is named
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source that states it, articles before background; two or more when sources corroborate each other
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column evidence: citations — the article sentences that support the statement; empty for background facts
// @unsaid imposedBy — who imposed them
// @example target=Iran
// @expect effect: constrained; blocked; restricted
// @expect target: Iran; Iran–Turkmenistan–Iraq gas swap deal; Chabahar Port
// @example target=Kazakhstan
// @expect target: Kazakhstan
// @expect effect: constrained
// @example target="Central Asia"
// @expect effect: constrained
// @expect target: Central Asia
MATCH (s:SanctionsRegime)-[r:SANCTIONS_BLOCKED|SANCTIONS_RESTRICTED|SANCTIONS_CONSTRAINED]->(t:Entity)
WITH s, r, t, COLLECT {
  MATCH (x:Entity)
  WHERE EXISTS { MATCH (t)-[tie:LOCATED_IN|TRANSITS|STARTS_IN|ENDS_IN]->(x:State) WHERE tie.statementId IS NOT NULL }
     OR EXISTS { MATCH (x)-[pt:PARTY_TO]->(t) WHERE pt.statementId IS NOT NULL }
  RETURN x ORDER BY x.name
} AS tied
WHERE $target IS NULL OR $target IN [s.id, t.id] OR any(x IN tied WHERE x.id = $target)
RETURN s.name AS sanctions,
       CASE type(r) WHEN 'SANCTIONS_BLOCKED' THEN 'blocked' WHEN 'SANCTIONS_RESTRICTED' THEN 'restricted' ELSE 'constrained' END AS effect,
       t.name AS target,
       head(COLLECT { MATCH (x:Entity)-[i:INVOLVED_IN|PARTICIPATED_IN]->(s)
                      WHERE i.statementId IS NOT NULL AND toLower(coalesce(i.role, '')) CONTAINS 'impos' RETURN x.name ORDER BY x.name }) AS imposedBy,
       [l IN labels(t) WHERE l <> 'Entity'] AS targetLabels,
       [x IN tied | x.name] AS involves,
       r.domains AS domains,
       r.period AS period,
       r.mainFactor AS mainFactor,
       r.renewed AS renewed,
       r.note AS note,
       r.kind AS kind,
       head(COLLECT { MATCH (sp:Entity {id: r.speaker}) RETURN sp.name }) AS speaker,
       r.source AS source,
       coalesce(r.sources, [r.source]) AS sources,
       r.source = 'background' AS background,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence
ORDER BY CASE type(r) WHEN 'SANCTIONS_BLOCKED' THEN 0 WHEN 'SANCTIONS_RESTRICTED' THEN 1 ELSE 2 END, target, r.statementId
