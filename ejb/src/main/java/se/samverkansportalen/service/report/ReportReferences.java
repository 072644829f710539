package se.samverkansportalen.service.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Whether kommuner have reported progress on aktiviteter of the regional plan. Reads the stand-in
 * table {@code progress_report_item} until progress reporting is built; its callers stay the same.
 */
@Stateless
public class ReportReferences {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** How many progress reports name any of these aktiviteter (by item key). */
    public long reportsFor(Collection<String> activityItemKeys) {
        if (activityItemKeys.isEmpty()) {
            return 0;
        }
        List<String> keys = List.copyOf(activityItemKeys);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM progress_report_item WHERE activity_item_key IN ("
                + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")")
                .setHint(se.samverkansportalen.domain.localplan.Tenancy.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 1, keys.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
