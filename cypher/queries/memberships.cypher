// @description Blocs and formats an actor belongs to, with membership status, start date and whether the article or background knowledge says so. Only MEMBER_OF counts: being a party to an agreement is not membership.
// @param entity: entity — the member, usually a state
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
       r.source = 'background' AS background,
       r.reference AS reference,
       r.anchor AS anchor,
       r.statementId AS statement,
       coalesce(r.evidence, []) AS evidence
ORDER BY bloc, r.source = 'background', r.statementId
