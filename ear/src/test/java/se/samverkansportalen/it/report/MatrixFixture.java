package se.samverkansportalen.it.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Map;
import se.samverkansportalen.domain.tenant.Tenancy;

/**
 * Reports written straight into the database for {@code StatusMatrixIT}, for any kommun (most
 * have no editor among the demo users), as the report page stores them: a report of the period
 * and an item per aktivitet answered, with its status and light (or none). Deployed only with
 * that test; it removes what it wrote.
 */
@Stateless
public class MatrixFixture {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /**
     * The kommun's report for the period, submitted, answering the aktiviteter named (item key to
     * light: "GREEN", "YELLOW", "RED", or "" for an item answered with a status and no light).
     */
    public void report(long periodId, String kommunCode, Map<String, String> lights) {
        sql("INSERT INTO progress_report (kommun_code, period_id, status, changed_at) VALUES (?, ?, 'SUBMITTED', NOW())")
                .setParameter(1, kommunCode).setParameter(2, periodId).executeUpdate();
        int position = 0;
        for (Map.Entry<String, String> item : lights.entrySet()) {
            boolean lit = !item.getValue().isEmpty();
            Query insert = sql("INSERT INTO report_item (kommun_code, report_id, position, item_type, item_key, label, status, light, narrative) "
                    + "SELECT kommun_code, id, ?, 'REGIONAL_ACTIVITY', ?, 'Aktivitet', 'ONGOING', " + (lit ? "?" : "NULL")
                    + ", 'Arbetet pågår enligt plan.' FROM progress_report WHERE kommun_code = ? AND period_id = ?");
            int p = 1;
            insert.setParameter(p++, position++).setParameter(p++, item.getKey());
            if (lit) {
                insert.setParameter(p++, item.getValue());
            }
            insert.setParameter(p++, kommunCode).setParameter(p, periodId).executeUpdate();
        }
    }

    /** Removes every report of the period (the test's own period), with its items. */
    public void removeReports(long periodId) {
        sql("DELETE FROM progress_report WHERE period_id = ?").setParameter(1, periodId).executeUpdate();
    }

    private Query sql(String statement) {
        return em.createNativeQuery(statement).setHint(Tenancy.ALLOW_NATIVE_SQL, true);
    }
}
