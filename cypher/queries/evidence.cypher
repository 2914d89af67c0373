// @description The statements and sentences behind the relationships between subject and object, in either direction, optionally of one type; without an object, every relationship of the subject. Derived LEG relationships and IN_SOURCE links are left out.
// @param subject: entity — one end of the relationships
// @param type: string? — optional: relationship type such as MEMBER_OF or VIEWS_NEGATIVELY (case and spaces ignored)
// @param object: entity? — optional: the other end
// @column subject: string — name of the entity the relationship starts from (the subject parameter may be either end)
// @column type: string — the relationship type, e.g. MEMBER_OF or VIEWS_NEGATIVELY
// @column object: string — name of the entity the relationship points to
// @column statement: string — id of the statement behind the row (st-… from an article, bg-… background); the first when several sources state it
// @column statements: string[] — ids of every statement behind the row, one per source, in the order of sources
// @column kind: string — fact, assessment or reported
// @column speaker: string? — name of the person or actor the statement is attributed to; null when none is named
// @column source: string — the id of the article the statement comes from, or background; the first of sources when several state it
// @column sources: string[] — every source that states it, articles before background; two or more when sources corroborate each other
// @column background: boolean — true when the statement is a background fact, not taken from an article
// @column reference: string? — for a background fact, the web address where it can be checked; null when no background fact states it
// @column anchor: string? — for an article statement, the short phrase that locates its sentence in the article; null for background facts
// @column evidence: citations — the article sentences that support the statement; empty for background facts
// @example subject=Kazakhstan object=Iran
// @expect type: POSITIONS_ALIGN_WITH; CULTURAL_TIES; COOPERATES_WITH
// @expect speaker: Kassym-Jomart Tokayev
// @expect source: tehran-interests-central-asia
// @example subject=Iran type=MEMBER_OF
// @expect object: Shanghai Cooperation Organization; BRICS
// @expect source: tehran-interests-central-asia; background
// @example subject=Iran type=views_negatively object="Kazakhstan joining the Abraham Accords"
// @expect statement: st-051
// @expect kind: assessment
// @example subject="INSTC eastern branch" type=TRANSITS
// @expect object: Kazakhstan; Turkmenistan; Iran
// @expect sources: tass-turkmenistan-russia-instc-2025; railfreight-turkmenistan-joins-instc
// @expect statements: st-129; st-170; st-171
MATCH (e:Entity {id: $subject})-[r]-(other:Entity)
WHERE r.statementId IS NOT NULL
  AND NOT type(r) IN ['LEG', 'IN_SOURCE']
  AND ($object IS NULL OR other.id = $object)
  AND ($type IS NULL OR type(r) = replace(replace(toUpper(trim($type)), ' ', '_'), '-', '_'))
WITH DISTINCT r
RETURN startNode(r).name AS subject,
       type(r) AS type,
       endNode(r).name AS object,
       r.statementId AS statement,
       coalesce(r.statements, [r.statementId]) AS statements,
       r.kind AS kind,
       head(COLLECT { MATCH (sp:Entity {id: r.speaker}) RETURN sp.name }) AS speaker,
       r.source AS source,
       coalesce(r.sources, [r.source]) AS sources,
       r.source = 'background' AS background,
       r.reference AS reference,
       r.anchor AS anchor,
       coalesce(r.evidence, []) AS evidence
ORDER BY type, subject, object, r.source = 'background', statement
