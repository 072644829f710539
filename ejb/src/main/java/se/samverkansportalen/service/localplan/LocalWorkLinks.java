package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * Which kommuner have linked local work to each regional delmål: the one figure about local plans
 * that everyone sees on the regional plan. It reads only kommun names per delmål, across all
 * kommuner, with one query; nothing of the plans themselves.
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.ADMINISTRATOR})
public class LocalWorkLinks {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** Delmål item key to the names of the kommuner with local measures linked to it, in name order. */
    public Map<String, List<String>> kommunerBySubGoal() {
        // Deliberately across kommuner (a native query is not tenant-filtered): names only.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT l.sub_goal_item_key, k.name FROM "
                + "(SELECT sub_goal_item_key, kommun_code FROM local_measure_link "
                + "UNION SELECT sub_goal_item_key, kommun_code FROM local_risk_link) l "
                + "JOIN kommun k ON k.code = l.kommun_code ORDER BY l.sub_goal_item_key, k.name")
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        Map<String, List<String>> kommuner = new LinkedHashMap<>();
        for (Object[] row : rows) {
            kommuner.computeIfAbsent(String.valueOf(row[0]).strip(), k -> new java.util.ArrayList<>()).add((String) row[1]);
        }
        return kommuner;
    }
}
