// @description Blocs and formats an actor belongs to, with membership status, start date and whether the article or background knowledge says so. Only MEMBER_OF counts: being a party to an agreement is not membership.
// @param entity: entity — the member, usually a state
// @column member: string — name of the member
// @column bloc: string — name of the bloc or format it belongs to
// @column blocLabel: string — Bloc or Format
// @column blocType: string? — what kind of bloc (e.g. economic-union, regional-organisation) or format it is; null when the graph does not say
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
// @example entity=Kazakhstan
// @expect bloc: Eurasian Economic Union; Shanghai Cooperation Organization; Organization of Turkic States; C5+1
// @expect source: tehran-interests-central-asia; background
// @example entity="Kyrgyz Republic"
// @expect member: Kyrgyzstan
// @expect bloc: Eurasian Economic Union; Shanghai Cooperation Organization
// @example entity=Iran
// @expect bloc: Shanghai Cooperation Organization; BRICS
MATCH (member:Entity {id: $entity})-[r:MEMBER_OF]->(bloc:Entity)
RETURN member.name AS member,
       bloc.name AS bloc,
       CASE WHEN bloc:Format THEN 'Format' ELSE 'Bloc' END AS blocLabel,
       coalesce(bloc.blocType, bloc.formatType) AS blocType,
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
ORDER BY bloc, r.source = 'background', r.statementId
