package se.samverkansportalen.service.seed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * On start, after the schema is migrated, loads the region's kommuner, actors and regional plan
 * from the seed files shipped in this module, unless {@code SAMVERKAN_SEED=false}. Idempotent:
 * a restart adds nothing that is already there.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @EJB
    SeedImporter importer;

    @EJB
    DemoLocalPlans localPlans;

    @EJB
    DemoQualityReports qualityReports;

    @PostConstruct
    void loadSeed() {
        if ("false".equalsIgnoreCase(System.getenv().getOrDefault("SAMVERKAN_SEED", "true"))) {
            LOG.info("SAMVERKAN_SEED=false: no seed data loaded");
            return;
        }
        SeedImportResult actors = importer.importActors(SeedReader.fromClasspath(SeedReader.ACTORS, SeedReader::actors));
        SeedImportResult plan = importer.importRegionalPlan(
                SeedReader.fromClasspath(SeedReader.REGIONAL_PLAN, SeedReader::regionalPlan));
        SeedImportResult total = actors.plus(plan);
        int examples = localPlans.load();
        LOG.info(() -> examples == 0 ? "Example local plans already present" : examples + " example local plan(s) loaded");
        int qualityExamples = qualityReports.load();
        LOG.info(() -> qualityExamples == 0 ? "Example kvalitetsberättelse already present" : "Example kvalitetsberättelse loaded or renewed");
        LOG.info(() -> total.changedNothing() ? "Seed data already present; nothing added"
                : "Seed data loaded: " + total.kommunerAdded() + " kommuner, " + total.actorsAdded() + " actors, "
                        + total.plansAdded() + " regional plan");
    }
}
