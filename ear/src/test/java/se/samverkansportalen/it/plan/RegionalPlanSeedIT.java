package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.service.seed.SeedImportResult;
import se.samverkansportalen.service.seed.SeedImporter;
import se.samverkansportalen.service.seed.SeedReader;

/**
 * On its first start the portal holds the Västerbotten plan exactly as the source document has
 * it, in MariaDB, through EclipseLink; starting again, or importing again, changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class RegionalPlanSeedIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(RegionalPlanSeedIT.class);
    }

    @EJB
    DatabaseProbe db;

    @EJB
    SeedImporter importer;

    @Test
    void the_persistence_provider_is_EclipseLink() {
        assertThat(db.providerEntityManagerClass()).startsWith("org.eclipse.persistence.");
    }

    @Test
    void the_schema_was_made_by_Liquibase_migrations() {
        assertThat(db.countRows("DATABASECHANGELOG")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void after_start_the_region_has_fifteen_kommuner_and_its_actors() {
        assertThat(db.count("SELECT COUNT(k) FROM Kommun k")).isEqualTo(15);
        assertThat(db.count("SELECT COUNT(a) FROM Actor a")).isEqualTo(9);
    }

    @Test
    void after_start_the_regional_plan_has_its_five_areas_and_their_delmal() {
        assertThat(db.count("SELECT COUNT(p) FROM RegionalPlan p")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(v) FROM PlanVersion v")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(a) FROM ImprovementArea a")).isEqualTo(5);
        for (int[] expected : new int[][] {{1, 3}, {2, 4}, {3, 5}, {4, 4}, {5, 6}}) {
            assertThat(db.count("SELECT COUNT(s) FROM SubGoal s WHERE s.area.number = " + expected[0]))
                    .as("delmål in förbättringsområde %d", expected[0]).isEqualTo(expected[1]);
        }
        assertThat(db.count("SELECT COUNT(a) FROM Activity a")).isEqualTo(31);
        assertThat(db.count("SELECT COUNT(a) FROM Activity a WHERE a.perKommun = TRUE")).isEqualTo(4);
    }

    @Test
    void importing_the_same_files_again_changes_nothing() {
        long activities = db.count("SELECT COUNT(a) FROM Activity a");
        long versions = db.sumOfVersions("SubGoal") + db.sumOfVersions("Activity") + db.sumOfVersions("RegionalPlan");

        SeedImportResult again = importer.importActors(SeedReader.fromClasspath(SeedReader.ACTORS, SeedReader::actors))
                .plus(importer.importRegionalPlan(
                        SeedReader.fromClasspath(SeedReader.REGIONAL_PLAN, SeedReader::regionalPlan)));

        assertThat(again.changedNothing()).isTrue();
        assertThat(db.count("SELECT COUNT(a) FROM Activity a")).isEqualTo(activities);
        assertThat(db.count("SELECT COUNT(k) FROM Kommun k")).isEqualTo(15);
        assertThat(db.count("SELECT COUNT(p) FROM RegionalPlan p")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(v) FROM PlanVersion v")).isEqualTo(1);
        assertThat(db.sumOfVersions("SubGoal") + db.sumOfVersions("Activity") + db.sumOfVersions("RegionalPlan"))
                .isEqualTo(versions);
    }
}
