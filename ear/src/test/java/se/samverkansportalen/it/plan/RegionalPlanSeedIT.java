package se.samverkansportalen.it.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.AsCoordinator;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.service.seed.ActorsSeed;
import se.samverkansportalen.service.seed.RegionalPlanSeed;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.service.seed.SeedImportResult;
import se.samverkansportalen.service.seed.SeedImporter;
import se.samverkansportalen.service.seed.SeedReader;

/**
 * On its first start the portal holds the Västerbotten plan exactly as the source document has
 * it, in MariaDB, through EclipseLink; starting again, or importing again, changes nothing. The
 * seed's areas are compared with the seed file itself, so the test holds on a database where
 * other tests have added (and removed) areas, actors and plan versions of their own.
 */
@ExtendWith(ArquillianExtension.class)
class RegionalPlanSeedIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(RegionalPlanSeedIT.class);
    }

    @EJB
    DatabaseProbe db;

    @EJB
    SeedImporter importer;

    @EJB
    RegionalPlanService plans;

    @EJB
    ActorCatalogue catalogue;

    @EJB
    AsCoordinator coordinator;

    @Test
    void the_persistence_provider_is_EclipseLink() {
        assertThat(db.providerEntityManagerClass()).startsWith("org.eclipse.persistence.");
    }

    @Test
    void the_schema_was_made_by_Liquibase_migrations() {
        assertThat(db.countRows("DATABASECHANGELOG")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void after_start_the_region_has_its_fifteen_kommuner_and_every_actor_of_the_seed() throws Exception {
        ActorsSeed seed = SeedReader.fromClasspath(SeedReader.ACTORS, SeedReader::actors);

        assertThat(seed.kommuner()).hasSize(15);
        assertThat(db.count("SELECT COUNT(k) FROM Kommun k")).as("kommuner are only seeded, never added by tests").isEqualTo(15);
        assertThat(coordinator.call(() -> catalogue.actors())).extracting(ActorCatalogue.Entry::name)
                .containsAll(seed.regionalActors().stream().map(ActorsSeed.ActorEntry::name).toList());
    }

    @Test
    void the_plan_holds_the_seeds_five_areas_with_their_delmal_and_aktiviteter_word_for_word() throws Exception {
        RegionalPlanSeed seed = SeedReader.fromClasspath(SeedReader.REGIONAL_PLAN, SeedReader::regionalPlan);
        RegionalPlanView plan = coordinator.call(() -> plans.currentPlan()).orElseThrow();

        assertThat(seed.improvementAreas()).extracting(RegionalPlanSeed.Area::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(db.count("SELECT COUNT(p) FROM RegionalPlan p")).as("one regional plan").isEqualTo(1);
        for (RegionalPlanSeed.Area expected : seed.improvementAreas()) {
            RegionalPlanView.Area area = plan.areas().stream().filter(a -> a.number() == expected.number()).findFirst()
                    .orElseThrow(() -> new AssertionError("no area " + expected.number()));
            assertThat(area.title()).isEqualTo(expected.title());
            assertThat(area.subGoals()).extracting(RegionalPlanView.SubGoalRow::number, RegionalPlanView.SubGoalRow::text)
                    .as("delmål of area %d", expected.number())
                    .containsExactlyElementsOf(expected.subGoals().stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.number(), s.text())).toList());
            for (int i = 0; i < expected.subGoals().size(); i++) {
                RegionalPlanSeed.SubGoal subGoal = expected.subGoals().get(i);
                assertThat(area.subGoals().get(i).lines()).flatExtracting(RegionalPlanView.Line::activities)
                        .extracting(RegionalPlanView.ActivityItem::text, RegionalPlanView.ActivityItem::perKommun)
                        .as("aktiviteter of delmål %s", subGoal.number())
                        .containsExactlyInAnyOrderElementsOf(subGoal.activities().stream()
                                .map(a -> org.assertj.core.groups.Tuple.tuple(a.text(), Boolean.TRUE.equals(a.perKommun()))).toList());
            }
        }
        List<RegionalPlanSeed.Activity> activities = seed.improvementAreas().stream().flatMap(a -> a.subGoals().stream())
                .flatMap(s -> s.activities().stream()).toList();
        assertThat(activities).as("the source document's count").hasSize(31);
        assertThat(activities).filteredOn(a -> Boolean.TRUE.equals(a.perKommun())).hasSize(4);
    }

    @Test
    void importing_the_same_files_again_changes_nothing() {
        long activities = db.count("SELECT COUNT(a) FROM Activity a");
        long kommuner = db.count("SELECT COUNT(k) FROM Kommun k");
        long planVersions = db.count("SELECT COUNT(v) FROM PlanVersion v");
        long versions = db.sumOfVersions("SubGoal") + db.sumOfVersions("Activity") + db.sumOfVersions("RegionalPlan");

        SeedImportResult again = importer.importActors(SeedReader.fromClasspath(SeedReader.ACTORS, SeedReader::actors))
                .plus(importer.importRegionalPlan(
                        SeedReader.fromClasspath(SeedReader.REGIONAL_PLAN, SeedReader::regionalPlan)));

        assertThat(again.changedNothing()).isTrue();
        assertThat(db.count("SELECT COUNT(a) FROM Activity a")).isEqualTo(activities);
        assertThat(db.count("SELECT COUNT(k) FROM Kommun k")).isEqualTo(kommuner);
        assertThat(db.count("SELECT COUNT(v) FROM PlanVersion v")).as("no version added").isEqualTo(planVersions);
        assertThat(db.sumOfVersions("SubGoal") + db.sumOfVersions("Activity") + db.sumOfVersions("RegionalPlan"))
                .isEqualTo(versions);
    }
}
