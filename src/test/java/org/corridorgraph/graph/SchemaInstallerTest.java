package org.corridorgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corridorgraph.resources.CypherLibrary;
import org.corridorgraph.resources.ProjectFolder;
import org.corridorgraph.support.Paths;
import org.corridorgraph.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

@ExtendWith(SharedNeo4j.class)
class SchemaInstallerTest {
    private final CypherLibrary cypher = new CypherLibrary(ProjectFolder.locate("cypher", Paths.CYPHER));

    @Test
    void aDroppedConstraintIsRecreatedAndAnUpToDateSchemaCreatesNothing(Driver driver) {
        SchemaInstaller installer = new SchemaInstaller(driver, cypher);
        installer.apply();
        try (Session session = driver.session()) {
            session.run("DROP CONSTRAINT summit_with_statement").consume();
            session.run("DROP INDEX entity_names").consume();
        }

        assertThat(installer.apply()).isEqualTo(2);
        assertThat(installer.apply()).isZero();
        try (Session session = driver.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
            List<String> indexes = session.run("SHOW INDEXES YIELD name, state RETURN name, state")
                    .list(r -> r.get(0).asString() + " " + r.get(1).asString());
            assertThat(constraints).contains("summit_with_statement", "entity_id", "member_of_statement");
            assertThat(indexes).contains("entity_names ONLINE", "entity_name ONLINE");
        }
    }
}
