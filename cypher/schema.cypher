// Constraints and indexes, generated from seed-data/schema.json by `corridor-graph schema`.
// Edit the schema and regenerate; corridor-graph applies this file at every start.

// importer plumbing
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_state_id IF NOT EXISTS FOR (n:ImportState) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];

// one key per label
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT bloc_id IF NOT EXISTS FOR (n:Bloc) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT corridor_id IF NOT EXISTS FOR (n:Corridor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT development_id IF NOT EXISTS FOR (n:Development) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT energy_deal_id IF NOT EXISTS FOR (n:EnergyDeal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT format_id IF NOT EXISTS FOR (n:Format) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT freight_service_id IF NOT EXISTS FOR (n:FreightService) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measurement_id IF NOT EXISTS FOR (n:Measurement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pipeline_id IF NOT EXISTS FOR (n:Pipeline) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT port_id IF NOT EXISTS FOR (n:Port) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT railway_id IF NOT EXISTS FOR (n:Railway) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT route_id IF NOT EXISTS FOR (n:Route) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sanctions_regime_id IF NOT EXISTS FOR (n:SanctionsRegime) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;

// one relationship per statement
CREATE CONSTRAINT active_in_statement IF NOT EXISTS FOR ()-[r:ACTIVE_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT agreed_on_statement IF NOT EXISTS FOR ()-[r:AGREED_ON]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT attacked_statement IF NOT EXISTS FOR ()-[r:ATTACKED]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT benefits_from_statement IF NOT EXISTS FOR ()-[r:BENEFITS_FROM]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT borders_statement IF NOT EXISTS FOR ()-[r:BORDERS]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT bypasses_statement IF NOT EXISTS FOR ()-[r:BYPASSES]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT concerned_about_statement IF NOT EXISTS FOR ()-[r:CONCERNED_ABOUT]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT cooperates_with_statement IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT cultural_ties_statement IF NOT EXISTS FOR ()-[r:CULTURAL_TIES]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT disrupted_statement IF NOT EXISTS FOR ()-[r:DISRUPTED]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT ends_in_statement IF NOT EXISTS FOR ()-[r:ENDS_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT engages_with_statement IF NOT EXISTS FOR ()-[r:ENGAGES_WITH]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT gateway_for_statement IF NOT EXISTS FOR ()-[r:GATEWAY_FOR]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT has_interest_in_statement IF NOT EXISTS FOR ()-[r:HAS_INTEREST_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT held_under_statement IF NOT EXISTS FOR ()-[r:HELD_UNDER]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT holds_office_statement IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT involved_in_statement IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT involves_statement IF NOT EXISTS FOR ()-[r:INVOLVES]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT located_in_statement IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT measures_statement IF NOT EXISTS FOR ()-[r:MEASURES]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT member_of_statement IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT met_with_statement IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT monitors_statement IF NOT EXISTS FOR ()-[r:MONITORS]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT participated_in_statement IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT party_to_statement IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT part_of_statement IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT positions_align_with_statement IF NOT EXISTS FOR ()-[r:POSITIONS_ALIGN_WITH]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT prioritises_statement IF NOT EXISTS FOR ()-[r:PRIORITISES]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT reported_statement IF NOT EXISTS FOR ()-[r:REPORTED]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT runs_on_statement IF NOT EXISTS FOR ()-[r:RUNS_ON]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT sanctions_blocked_statement IF NOT EXISTS FOR ()-[r:SANCTIONS_BLOCKED]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT sanctions_constrained_statement IF NOT EXISTS FOR ()-[r:SANCTIONS_CONSTRAINED]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT sanctions_restricted_statement IF NOT EXISTS FOR ()-[r:SANCTIONS_RESTRICTED]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT section_of_statement IF NOT EXISTS FOR ()-[r:SECTION_OF]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT seeks_access_to_statement IF NOT EXISTS FOR ()-[r:SEEKS_ACCESS_TO]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT sees_threat_from_statement IF NOT EXISTS FOR ()-[r:SEES_THREAT_FROM]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT starts_in_statement IF NOT EXISTS FOR ()-[r:STARTS_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT strengthened_presence_in_statement IF NOT EXISTS FOR ()-[r:STRENGTHENED_PRESENCE_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT summit_with_statement IF NOT EXISTS FOR ()-[r:SUMMIT_WITH]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT took_place_in_statement IF NOT EXISTS FOR ()-[r:TOOK_PLACE_IN]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT transits_statement IF NOT EXISTS FOR ()-[r:TRANSITS]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT views_negatively_statement IF NOT EXISTS FOR ()-[r:VIEWS_NEGATIVELY]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT visited_statement IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.statementId IS UNIQUE;
