// @description Who held summits with whom and when: every SUMMIT_WITH relationship, plus summit events (held under a bloc or format) that no SUMMIT_WITH already covers, one row per participant. With a partner, only summits where it is a party, the counterpart, a participant, the bloc or format the summit was held under, or the named summit format.
// @param partner: entity? — optional: a state, bloc, format or region
// @column party: string — name of who held the summit, or of one participant of a summit event
// @column with: string? — the other side: the counterpart of the summit, the other participants of the event (comma-separated), or else the bloc or format it was held under; null when there is none of these
// @column format: string? — the summit format, or the bloc or format the event was held under; null when not known
// @column event: string? — name of the summit event the row matches; null when the graph has no such event
// @column date: partialDate? — when the summit began (yyyy, yyyy-mm or yyyy-mm-dd); null when not known
// @column endDate: partialDate? — its last day when it spans several days; null otherwise
// @column role: string? — the party's role at the event, e.g. member state; null for summits given as summit relationships
// @column kind: string — fact, assessment or reported
// @column source: string — the id of the article the row's main statement comes from, or background
// @column sources: string[] — every source behind the row, articles before background; two or more when sources corroborate it
// @column background: boolean — true when every statement behind the row is a background fact
// @column statements: string[] — ids of the statements behind the row
// @column evidence: citations — the article sentences that support the row
// @example partner="Central Asia"
// @expect party: United States; Japan; China; Russia; European Union
// @expect format: C5+1
// @expect date: 2025-11; 2025-12-19
// @example partner=Japan
// @expect with: Central Asia
// @expect endDate: 2025-12-20
// @example partner=OTS
// @expect party: Turkey; Azerbaijan
// @expect event: OTS summit (October 2025)
CALL () {
  MATCH (a:Entity)-[r:SUMMIT_WITH]->(b:Entity)
  OPTIONAL MATCH (f:Format) WHERE f.name = r.format OR r.format IN coalesce(f.aliases, [])
  WITH a, r, b, f
  WHERE $partner IS NULL OR $partner IN [a.id, b.id, f.id]
  OPTIONAL MATCH (a)-[pa:PARTICIPATED_IN]->(ev:Event)<-[pb:PARTICIPATED_IN]-(b)
  WHERE r.date IS NOT NULL AND ev.date IS NOT NULL
    AND (toString(ev.date) STARTS WITH toString(r.date) OR toString(r.date) STARTS WITH toString(ev.date))
  WITH a, r, b, ev, coalesce(r.evidence, []) + coalesce(pa.evidence, []) + coalesce(pb.evidence, []) AS ev0,
       coalesce(r.sources, [r.source]) + coalesce(pa.sources, []) + coalesce(pb.sources, []) AS src0,
       r.source = 'background' AND coalesce(pa.source, 'background') = 'background' AND coalesce(pb.source, 'background') = 'background' AS bg
  RETURN a.name AS party, b.name AS with, r.format AS format, ev.name AS event,
         toString(r.date) AS date, toString(r.endDate) AS endDate, null AS role,
         r.kind AS kind, r.source AS source,
         src0 AS sources,
         bg AS background, coalesce(r.statements, [r.statementId]) AS statements, ev0 AS evidence
  UNION ALL
  MATCH (ev:Event)
  WHERE toLower(coalesce(ev.eventType, '')) CONTAINS 'summit' OR (ev)-[:HELD_UNDER]->()
  OPTIONAL MATCH (ev)-[h:HELD_UNDER]->(under:Entity)
  WITH ev, h, under
  MATCH (p:Entity)-[pr:PARTICIPATED_IN]->(ev)
  WITH ev, h, under, collect({p: p, pr: pr}) AS parts
  WHERE NOT EXISTS {
    MATCH (x:Entity)-[s:SUMMIT_WITH]->(y:Entity)
    WHERE (x)-[:PARTICIPATED_IN]->(ev) AND (y)-[:PARTICIPATED_IN]->(ev)
      AND s.date IS NOT NULL AND ev.date IS NOT NULL
      AND (toString(ev.date) STARTS WITH toString(s.date) OR toString(s.date) STARTS WITH toString(ev.date))
  }
  UNWIND parts AS part
  WITH ev, h, under, part.p AS p, part.pr AS pr,
       [q IN parts WHERE q.p <> part.p | q.p] AS others
  WHERE $partner IS NULL OR $partner IN [p.id, under.id] OR any(o IN others WHERE o.id = $partner)
  WITH ev, h, under, p, pr, others,
       reduce(names = [], o IN others | names + o.name) AS otherNames
  RETURN p.name AS party,
         CASE WHEN size(otherNames) > 0 THEN reduce(s = head(otherNames), n IN tail(otherNames) | s + ', ' + n) ELSE under.name END AS with,
         under.name AS format, ev.name AS event,
         toString(coalesce(ev.date, h.date)) AS date, toString(ev.endDate) AS endDate, pr.role AS role,
         pr.kind AS kind, pr.source AS source,
         coalesce(pr.sources, [pr.source]) + coalesce(h.sources, CASE WHEN h IS NULL THEN [] ELSE [h.source] END) AS sources,
         pr.source = 'background' AND coalesce(h.source, 'background') = 'background' AS background,
         coalesce(pr.statements, [pr.statementId]) + coalesce(h.statements, CASE WHEN h IS NULL THEN [] ELSE [h.statementId] END) AS statements,
         coalesce(pr.evidence, []) + coalesce(h.evidence, []) AS evidence
}
WITH *, reduce(acc = [], x IN sources | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN party, with, format, event, date, endDate, role, kind, source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       background, statements,
       reduce(acc = [], e IN evidence | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence
ORDER BY date IS NULL, date, party, with, event
