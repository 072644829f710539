package se.samverkansportalen.it.overview;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import se.samverkansportalen.domain.tenant.Tenancy;

/**
 * Submitted reports written straight into the database for {@code RegionalOverviewIT}'s count of
 * SQL statements: for kommuner that have no editor among the demo users, as a kommun's report
 * looks once it is sent (a submitted report, its submission's kept content and the light kept
 * beside it, as {@code KommunReports.submit} keeps them). Deployed only
 * with that test; it removes what it wrote.
 */
@Stateless
public class OverviewFixture {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** The kommun has sent its report for the period, giving the aktivitet the light ("GREEN", "YELLOW", "RED"). */
    public void sent(long periodId, String kommunCode, String activityKey, String light) {
        sql("INSERT INTO progress_report (kommun_code, period_id, status, changed_at) VALUES (?, ?, 'SUBMITTED', NOW())")
                .setParameter(1, kommunCode).setParameter(2, periodId).executeUpdate();
        String content = "{\"period\":\"\",\"items\":[{\"type\":\"REGIONAL_ACTIVITY\",\"key\":\"" + activityKey
                + "\",\"label\":\"Aktivitet\",\"status\":\"ONGOING\",\"light\":\"" + light + "\",\"narrative\":\"\",\"indicators\":[]}]}";
        sql("INSERT INTO report_submission (kommun_code, report_id, number, submitted_by, submitted_at, content) "
                + "SELECT kommun_code, id, 1, 'Testdata', NOW(), ? FROM progress_report WHERE kommun_code = ? AND period_id = ?")
                .setParameter(1, content).setParameter(2, kommunCode).setParameter(3, periodId).executeUpdate();
        sql("INSERT INTO report_submission_light (submission_id, kommun_code, item_type, item_key, light) "
                + "SELECT s.id, s.kommun_code, 'REGIONAL_ACTIVITY', ?, ? FROM report_submission s JOIN progress_report r ON r.id = s.report_id "
                + "WHERE r.kommun_code = ? AND r.period_id = ?")
                .setParameter(1, activityKey).setParameter(2, light).setParameter(3, kommunCode).setParameter(4, periodId).executeUpdate();
    }

    /** Removes every report of the period (the test's own period), with its submissions. */
    public void removeReports(long periodId) {
        sql("DELETE FROM progress_report WHERE period_id = ?").setParameter(1, periodId).executeUpdate();
    }

    private Query sql(String statement) {
        return em.createNativeQuery(statement).setHint(Tenancy.ALLOW_NATIVE_SQL, true);
    }
}
