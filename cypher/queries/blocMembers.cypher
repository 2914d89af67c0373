// @description Which members of a group belong to a bloc: every member of the bloc (MEMBER_OF, any status), and with a group (a region such as Central Asia, or another bloc or format) whether each lies in it: part of or located in the region, directly or through a sub-region, or a member of the group. Every member of the bloc is listed, in the group or not, so a group none of whose members the articles name still shows the members that are named. namedMember holds the member's name only when an article (not background knowledge alone) says it is a member, or that it took part as a member in an event held under the bloc, and the member lies in the group; when every row's namedMember is null, the articles name no member of the group in the bloc. Members in the group come first, then those the articles name.
// @param bloc: entity — the bloc or format, e.g. SCO, EEU, OTS
// @param group: entity? — optional: a region, bloc or format whose members to pick out
// @column member: string — name of the member of the bloc
// @column memberLabels: string[] — the member's labels other than Entity, e.g. State or Organisation
// @column bloc: string — name of the bloc or format
// @column status: string — full, accession, observer, partner or dialogue-partner
// @column since: partialDate? — when the membership began (yyyy, yyyy-mm or yyyy-mm-dd); null when not known
// @column inGroup: boolean? — whether the member lies in the group (part of or located in the region, directly or through a sub-region, or a member of the group); null when no group is given
// @column groupTie: string? — how it lies in the group, in words, e.g. part of Central Asia; null when it does not or no group is given
// @column attended: string[] — names of events held under the bloc that the member took part in as a member; may be empty
// @column named: boolean — true when an article says it is a member (or took part as a member in an event held under the bloc); false when only background knowledge does
// @column namedMember: string? — the member's name when an article names it as a member and it lies in the group (or no group is given); null otherwise
// @unsaid namedMember — a member of the group that the articles name as a member of the bloc
// @column kind: string — fact, assessment or reported: the strongest of the membership statements
// @column source: string — the id of the article the membership's main statement comes from, or background
// @column sources: string[] — every source behind the row (membership, events and ties to the group), articles before background
// @column background: boolean — true when no article states the membership or a member's part in an event held under the bloc
// @column statement: string — id of the main membership statement (an article's st-… when there is one, else bg-…)
// @column statements: string[] — ids of every statement behind the row: membership, events, ties to the group
// @column evidence: citations — the article sentences that support those statements; empty for background facts
// @column paths: path[] — the membership, the events and the ties to the group, for pictures
// @example bloc=EEU group="Central Asia"
// @expect member: Kazakhstan; Kyrgyzstan; Russia; Belarus; Armenia
// @expect namedMember: Kazakhstan; Kyrgyzstan
// @expect groupTie: part of Central Asia
// @expect source: tehran-interests-central-asia; background
// @example bloc=SCO group="Central Asia"
// @expect member: Iran; Kazakhstan; Uzbekistan
// @expect named: true; false
// @expect inGroup: true; false
// @example bloc=OTS
// @expect member: Turkey; Azerbaijan; Turkmenistan
// @expect attended: OTS summit (October 2025)
// @expect namedMember: Turkey; Azerbaijan
// @example bloc="Consultative Meetings of the Heads of State of Central Asia" group=Eurasia
// @expect groupTie: part of Central Asia, part of Eurasia
// @expect member: Azerbaijan
MATCH (b:Entity {id: $bloc})<-[r:MEMBER_OF]-(m:Entity)
WHERE r.statementId IS NOT NULL
WITH b, m, r ORDER BY r.source = 'background', r.statementId
WITH b, m, r.status AS status, collect(r) AS memberships
OPTIONAL MATCH (g:Entity {id: $group})
WITH b, m, status, memberships, g,
     COLLECT { MATCH (m)-[q:PARTICIPATED_IN]->(e:Event)-[h:HELD_UNDER]->(b)
               WHERE q.statementId IS NOT NULL AND h.statementId IS NOT NULL AND toLower(coalesce(q.role, '')) CONTAINS 'member'
               RETURN q ORDER BY e.name, q.statementId } AS attendance,
     CASE WHEN g IS NULL THEN [] ELSE COLLECT {
       MATCH p = (m)-[t:PART_OF|LOCATED_IN|MEMBER_OF]->(g)
       WHERE t.statementId IS NOT NULL AND (type(t) <> 'MEMBER_OF' OR NOT g:Region)
       RETURN p
       UNION
       MATCH p = (m)-[t1:PART_OF|LOCATED_IN]->(:Region)-[t2:PART_OF]->(g)
       WHERE t1.statementId IS NOT NULL AND t2.statementId IS NOT NULL
       RETURN p
     } END AS groupPaths
WITH b, m, status, memberships, g, attendance, groupPaths,
     [p IN groupPaths WHERE length(p) = 1] + [p IN groupPaths WHERE length(p) = 2] AS ties,
     any(x IN memberships + attendance WHERE any(s IN coalesce(x.sources, [x.source]) WHERE s <> 'background')) AS named,
     reduce(all = [], p IN groupPaths | all + relationships(p)) AS tieRels
WITH b, m, status, memberships, g, attendance, ties, named, tieRels,
     CASE WHEN g IS NULL THEN null ELSE size(ties) > 0 END AS inGroup,
     memberships + attendance + tieRels AS rels
WITH b, m, status, memberships, attendance, ties, named, inGroup, rels,
     reduce(acc = [], x IN reduce(all = [], y IN rels | all + coalesce(y.sources, [y.source])) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS distinctSources
RETURN m.name AS member,
       [l IN labels(m) WHERE l <> 'Entity'] AS memberLabels,
       b.name AS bloc,
       status,
       head([x IN memberships WHERE x.since IS NOT NULL | toString(x.since)]) AS since,
       inGroup,
       CASE WHEN size(ties) = 0 THEN null
            ELSE reduce(t = '', rel IN relationships(head(ties)) | t + CASE WHEN t = '' THEN '' ELSE ', ' END
                        + CASE type(rel) WHEN 'MEMBER_OF' THEN 'member of ' WHEN 'LOCATED_IN' THEN 'located in ' ELSE 'part of ' END
                        + endNode(rel).name) END AS groupTie,
       reduce(acc = [], q IN attendance | CASE WHEN endNode(q).name IN acc THEN acc ELSE acc + endNode(q).name END) AS attended,
       named,
       CASE WHEN named AND coalesce(inGroup, true) THEN m.name END AS namedMember,
       CASE WHEN any(x IN memberships WHERE x.kind = 'fact') THEN 'fact'
            WHEN any(x IN memberships WHERE x.kind = 'reported') THEN 'reported' ELSE 'assessment' END AS kind,
       head(memberships).source AS source,
       [x IN distinctSources WHERE x <> 'background'] + [x IN distinctSources WHERE x = 'background'] AS sources,
       NOT named AS background,
       head(memberships).statementId AS statement,
       reduce(all = [], y IN rels | all + [st IN coalesce(y.statements, [y.statementId]) WHERE NOT st IN all]) AS statements,
       reduce(acc = [], e IN reduce(all = [], y IN rels | all + coalesce(y.evidence, [])) | CASE WHEN e IN acc THEN acc ELSE acc + e END) AS evidence,
       [pp = (m)-[y:MEMBER_OF]->(b) WHERE y = head(memberships) | pp]
         + [pp = (m)-[y:PARTICIPATED_IN]->(:Event) WHERE y IN attendance | pp] + ties AS paths
ORDER BY inGroup IS NULL OR NOT inGroup, NOT named,
         CASE status WHEN 'full' THEN 0 WHEN 'accession' THEN 1 WHEN 'observer' THEN 2 WHEN 'partner' THEN 3 WHEN 'dialogue-partner' THEN 4 ELSE 5 END,
         member
