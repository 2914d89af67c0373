// @description Members of a bloc or format, with membership status, start date and whether the article or background knowledge says so. Full members come first, then accession states, observers and partners.
// @param bloc: entity — the bloc or format, e.g. SCO, EEU, C5+1
// @column bloc: string — name of the bloc or format
// @column member: string — name of the member
// @column memberLabels: string[] — the member's labels other than Entity, e.g. State or Organisation
// @column status: string — full, accession, observer, partner or dialogue-partner
// @column since: partialDate? — when the membership began (yyyy, yyyy-mm or yyyy-mm-dd); null when not known
// @column kind: string — fact, assessment or reported
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source that states it, articles before background; two or more when sources corroborate each other
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column reference: string? — for a background fact, the web address where it can be checked; null when no background fact states it
// @column anchor: string? — for an article statement, the short phrase that locates its sentence in the article; null for background facts
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column evidence: citations — the article sentences that support the statement; empty for background facts
// @example bloc=SCO
// @expect member: Iran; China; Russia; Kazakhstan; India; Belarus
// @expect status: full
// @expect source: tehran-interests-central-asia; background
// @example bloc=EEU
// @expect member: Kazakhstan; Kyrgyzstan; Russia; Belarus; Armenia
// @example bloc=OTS
// @expect member: Turkey; Azerbaijan; Turkmenistan
// @expect status: full; observer
MATCH (bloc:Entity {id: $bloc})<-[r:MEMBER_OF]-(member:Entity)
RETURN bloc.name AS bloc,
       member.name AS member,
       [l IN labels(member) WHERE l <> 'Entity'] AS memberLabels,
       r.status AS status,
       r.since AS since,
       r.kind AS kind,
       r.source AS source,
       coalesce(r.sources, [r.source]) AS sources,
       r.source = 'background' AS background,
       r.reference AS reference,
       r.anchor AS anchor,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence
ORDER BY CASE r.status WHEN 'full' THEN 0 WHEN 'accession' THEN 1 WHEN 'observer' THEN 2 WHEN 'partner' THEN 3 WHEN 'dialogue-partner' THEN 4 ELSE 5 END,
         member, r.source = 'background', r.statementId
