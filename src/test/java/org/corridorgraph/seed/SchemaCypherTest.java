package org.corridorgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.corridorgraph.json.Json;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;

class SchemaCypherTest {
    @Test
    void theCommittedSchemaCypherIsWhatTheSchemaGenerates() throws Exception {
        Schema schema = new SchemaLoader(Json.mapper()).load(ProjectFolder.locate("seed-data", Paths.SEED_DATA));

        String generated = new SchemaCypher().generate(schema);

        assertThat(Files.readString(Paths.CYPHER.resolve("schema.cypher")))
                .as("run: java -jar target/corridor-graph.jar schema --write cypher/schema.cypher")
                .isEqualTo(generated);
    }

    @Test
    void theSchemaDeclaresTheRelationshipTypesUsersNamed() {
        Schema schema = new SchemaLoader(Json.mapper()).load(ProjectFolder.locate("seed-data", Paths.SEED_DATA));

        assertThat(schema.relationships()).containsKeys("MEMBER_OF", "SUMMIT_WITH", "SANCTIONS_BLOCKED", "TRANSITS",
                "STARTS_IN", "ENDS_IN", "HOLDS_OFFICE", "VISITED", "MEASURES", "PARTY_TO", "CULTURAL_TIES", "ATTACKED",
                "DISRUPTED", "COOPERATES_WITH", "VIEWS_NEGATIVELY");
        assertThat(schema.labels()).containsKeys("State", "Person", "Organisation", "Bloc", "Format", "Agreement", "Corridor",
                "Railway", "FreightService", "Port", "Pipeline", "EnergyDeal", "City", "Region", "Event", "Measurement");
        assertThat(schema.relationships().keySet()).allMatch(t -> t.matches("[A-Z][A-Z0-9_]*"));
    }
}
