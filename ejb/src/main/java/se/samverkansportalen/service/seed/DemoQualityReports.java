package se.samverkansportalen.service.seed;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Objects;
import se.samverkansportalen.domain.quality.QualityReport;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.quality.QualityReportExamples;
import se.samverkansportalen.service.tenant.KommunEntityManagers;

/**
 * Puts Uppsala's real kvalitetsberättelse of 2024 into Vännäs as a fastställd example, labelled
 * with its source and in Swedish ({@link QualityReportExamples#uppsala2024}), as
 * {@link DemoLocalPlans} does for local plans: a system task with no user, so it binds its own
 * entity manager to the one demo kommun it writes for (joined to the startup transaction). Read
 * only, like every example. Adds it when Vännäs has no berättelse of that year, and puts it back as
 * the seed now gives it when Vännäs' example of that year shows something else (an earlier start
 * made it from an older reading of the seed: English paraphrases, "Alla avdelningar" stored as an
 * avdelning). A berättelse of that year that is no example is Vännäs' own and is left alone.
 */
@Stateless
public class DemoQualityReports {

    /** Vännäs shows Uppsala's kvalitetsberättelse of 2024. */
    public static final String DEMO_KOMMUN = "2460";

    @PersistenceUnit(unitName = "samverkan")
    EntityManagerFactory emf;

    /** Loads the example when it is missing or outdated; returns how many were added or renewed (0 or 1). */
    public int load() {
        return KommunEntityManagers.write(emf, DEMO_KOMMUN, em -> {
            Kommun kommun = em.find(Kommun.class, DEMO_KOMMUN);
            if (kommun == null) {
                return 0;
            }
            QualityReport example = QualityReportExamples.uppsala2024(DEMO_KOMMUN, kommun.getName());
            QualityReport present = em.createNamedQuery(QualityReport.BY_YEAR, QualityReport.class)
                    .setParameter("year", example.getYear()).getResultStream().findFirst().orElse(null);
            if (present != null && (!present.isExample() || Objects.equals(present.getAdoptedContent(), example.getAdoptedContent()))) {
                return 0;
            }
            if (present != null) {
                em.remove(present);
                em.flush();
            }
            em.persist(example);
            em.flush();
            return 1;
        });
    }
}
