// @description Members of a bloc or format, with membership status, start date and whether the article or background knowledge says so. Full members come first, then accession states, observers and partners.
// @param bloc: entity — the bloc or format, e.g. SCO, EEU, C5+1
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
       r.source = 'background' AS background,
       r.reference AS reference,
       r.anchor AS anchor,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence
ORDER BY CASE r.status WHEN 'full' THEN 0 WHEN 'accession' THEN 1 WHEN 'observer' THEN 2 WHEN 'partner' THEN 3 WHEN 'dialogue-partner' THEN 4 ELSE 5 END,
         member, r.source = 'background', r.statementId
