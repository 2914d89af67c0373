// @description Who or what attacked, disrupted, blocked or restricted something: every ATTACKED and DISRUPTED relationship, and sanctions that blocked or restricted a deal, port or route (blocking and restricting count as disrupting here). attacker is an actor the graph puts behind it: the subject itself when it is a state, person or organisation, else an actor involved in the event with an attacker's role; it is null when the articles name none, as for the attacks on the Caspian Pipeline Consortium. With target, only what hit it or a deal, port, route or pipeline tied to it (where it lies, which states it crosses, the parties to it); with by, only what that event, regime or actor (or an actor involved in the event) hit.
// @param target: entity? — optional: what was hit, or a state tied to what was hit
// @param by: entity? — optional: the event, sanctions regime or actor that hit it, or an actor involved in the event
// @column target: string — name of what was attacked, disrupted, blocked or restricted
// @column targetLabels: string[] — its labels other than Entity, e.g. Pipeline, Route, Port or EnergyDeal
// @column action: string — attacked, disrupted, blocked or restricted
// @column by: string — name of the relationship's subject: an event (attacks, tensions), a sanctions regime, or an actor
// @column attacker: string? — name of the state, person or organisation behind it: the subject when it is one, else an actor involved in the subject event with an attacker's role (attacker, perpetrator, aggressor, saboteur, or who imposed it); null when the articles name none
// @unsaid attacker — who did it
// @column involved: string[] — names of the other actors involved in or taking part in the subject event, e.g. the parties to tensions; may be empty
// @column targetStates: string[] — states tied to the target: where it lies, which it crosses, parties to it; may be empty
// @column detail: string? — the relationship's own details in words, e.g. a note or whether restrictions were renewed; null when there are none
// @column date: partialDate? — when it happened: the relationship's date, else the subject event's date; null when not known
// @column kind: string — fact, assessment or reported
// @column speaker: string? — name of the person or actor the statement is attributed to; null when none is named
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source behind the row (the act and the involvement of actors), articles before background
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column statements: string[] — ids of the statement and of the statements that tie actors to the subject event
// @column evidence: citations — the article sentences that support the row; empty for background facts
// @column paths: path[] — the act and the actors' ties to the subject event, for pictures
// @example target="Caspian Pipeline Consortium"
// @expect action: attacked
// @expect by: Attacks on the Caspian Pipeline Consortium (2025)
// @expect date: 2025
// @example by="Afghanistan–Pakistan tensions"
// @expect target: Southern transport routes from Central Asia
// @expect action: disrupted
// @expect involved: Afghanistan; Pakistan
// @example target="southern routes"
// @expect by: Afghanistan–Pakistan tensions
// @example by=Pakistan
// @expect target: Southern transport routes from Central Asia
// @example target=Iran
// @expect action: blocked; restricted
// @expect target: Iran–Turkmenistan–Iraq gas swap deal; Chabahar Port
// @expect by: International sanctions against Iran
// @expect targetStates: Iran; Iraq; Turkmenistan
MATCH (s:Entity)-[r:ATTACKED|DISRUPTED|SANCTIONS_BLOCKED|SANCTIONS_RESTRICTED]->(t:Entity)
WHERE r.statementId IS NOT NULL
WITH s, r, t,
     COLLECT { MATCH (s)<-[q:INVOLVED_IN|PARTICIPATED_IN]-(:Entity) WHERE q.statementId IS NOT NULL
               RETURN q ORDER BY startNode(q).name, q.statementId } AS ties,
     COLLECT { MATCH (x:State)
               WHERE EXISTS { MATCH (t)-[tie:LOCATED_IN|TRANSITS|STARTS_IN|ENDS_IN]->(x) WHERE tie.statementId IS NOT NULL }
                  OR EXISTS { MATCH (x)-[pt:PARTY_TO]->(t) WHERE pt.statementId IS NOT NULL }
               RETURN x ORDER BY x.name } AS tied
WHERE ($target IS NULL OR t.id = $target OR any(x IN tied WHERE x.id = $target))
  AND ($by IS NULL OR s.id = $by OR any(q IN ties WHERE startNode(q).id = $by))
WITH s, r, t, ties, tied,
     CASE WHEN s:State OR s:Person OR s:Organisation THEN s
          ELSE head([q IN ties WHERE any(w IN ['attack', 'perpetrat', 'aggress', 'sabot', 'impos'] WHERE toLower(coalesce(q.role, '')) CONTAINS w)
                     | startNode(q)]) END AS culprit,
     COLLECT { UNWIND keys(r) AS k WITH k
               WHERE NOT k IN ['statementId', 'statements', 'kind', 'kinds', 'speaker', 'source', 'sources', 'sourceCount',
                               'reference', 'anchor', 'anchors', 'evidence', 'evidenceStatus', 'text', 'speakers', 'date']
               RETURN k ORDER BY k } AS own
WITH s, r, t, ties, tied, culprit,
     [k IN own | reduce(w = '', c IN split(k, '') | w + CASE WHEN c <> toLower(c) THEN ' ' + toLower(c) ELSE c END) + ': '
                 + CASE WHEN r[k] IS :: LIST<ANY> THEN reduce(x = '', v IN r[k] | x + CASE WHEN x = '' THEN '' ELSE ', ' END + toString(v))
                        WHEN r[k] IS :: BOOLEAN THEN CASE WHEN r[k] THEN 'yes' ELSE 'no' END
                        ELSE toString(r[k]) END] AS parts,
     [r] + ties AS rels
WITH s, r, t, ties, tied, culprit, parts, rels,
     reduce(acc = [], x IN reduce(all = [], y IN rels | all + coalesce(y.sources, [y.source])) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN t.name AS target,
       [l IN labels(t) WHERE l <> 'Entity'] AS targetLabels,
       CASE type(r) WHEN 'ATTACKED' THEN 'attacked' WHEN 'DISRUPTED' THEN 'disrupted' WHEN 'SANCTIONS_BLOCKED' THEN 'blocked' ELSE 'restricted' END AS action,
       s.name AS by,
       culprit.name AS attacker,
       reduce(acc = [], q IN ties | CASE WHEN startNode(q) = culprit OR startNode(q).name IN acc THEN acc ELSE acc + startNode(q).name END) AS involved,
       [x IN tied | x.name] AS targetStates,
       CASE WHEN size(parts) = 0 THEN null ELSE reduce(x = head(parts), p IN tail(parts) | x + '; ' + p) END AS detail,
       toString(coalesce(r.date, CASE WHEN s:Event THEN s.date END)) AS date,
       r.kind AS kind,
       head(COLLECT { MATCH (sp:Entity {id: r.speaker}) RETURN sp.name }) AS speaker,
       r.source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       r.source = 'background' AS background,
       r.statementId AS statement,
       reduce(all = [], y IN rels | all + [st IN coalesce(y.statements, [y.statementId]) WHERE NOT st IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], y IN rels | all + coalesce(y.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       [pp = (s)-[y]->(t) WHERE y = r | pp] + [pp = (s)<-[y]-(:Entity) WHERE y IN ties | pp] AS paths
ORDER BY CASE type(r) WHEN 'ATTACKED' THEN 0 WHEN 'DISRUPTED' THEN 1 WHEN 'SANCTIONS_BLOCKED' THEN 2 ELSE 3 END, target, by, statement
