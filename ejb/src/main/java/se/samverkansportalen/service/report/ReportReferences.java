package se.samverkansportalen.service.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import se.samverkansportalen.service.plan.ActivityReports;

/**
 * Answers the plan's question whether kommuner have reported progress on its aktiviteter
 * ({@link ActivityReports}): report items with a status, traffic light or narrative, in any
 * kommun's report (a deliberate count across kommuner).
 */
@Stateless
public class ReportReferences implements ActivityReports {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Override
    public long reportsFor(Collection<String> activityItemKeys) {
        if (activityItemKeys.isEmpty()) {
            return 0;
        }
        List<String> keys = List.copyOf(activityItemKeys);
        String in = String.join(", ", Collections.nCopies(keys.size(), "?"));
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM report_item WHERE item_type = 'REGIONAL_ACTIVITY' AND item_key IN ("
                + in + ") AND (status IS NOT NULL OR light IS NOT NULL OR narrative IS NOT NULL)")
                .setHint(se.samverkansportalen.domain.tenant.Tenancy.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 1, keys.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
