package se.samverkansportalen.service.keyfigure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * The key figures from Kolada on the regional lägesbild: for each KPI that at least one kommun
 * follows, each following kommun's newest year with a total (gender T) value. Kolada's figures
 * are public aggregates, so every role that reads the lägesbild sees them all. One statement: a
 * deliberate read across kommuner (a native query is not tenant-filtered).
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.REVIEWER, PortalRole.EDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegionalKeyFigures {

    /** A KPI on the lägesbild: Kolada's id, the title the first kommun (by name) gave it, the kommuner's values. */
    public record Figure(String kpi, String title, List<KommunValue> kommuner) implements Serializable {
    }

    /** A kommun's newest total value of a KPI: the year, the value in Kolada's unit, Kolada's status. */
    public record KommunValue(String code, String name, int year, BigDecimal value, String status) implements Serializable {
    }

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** Every followed KPI by id, each kommun by name; a kommun with no total value yet is left out of its KPI. */
    public List<Figure> newest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.kpi, f.title, k.code, k.name, v.year, v.figure, v.status "
                + "FROM key_figure f JOIN kommun k ON k.code = f.kommun_code "
                + "JOIN key_figure_value v ON v.key_figure_id = f.id AND v.gender = 'T' "
                + "WHERE v.year = (SELECT MAX(n.year) FROM key_figure_value n WHERE n.key_figure_id = f.id AND n.gender = 'T') "
                + "ORDER BY f.kpi, k.name, k.code")
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        Map<String, Figure> byKpi = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String kpi = (String) row[0];
            Figure figure = byKpi.computeIfAbsent(kpi, k -> new Figure(k, (String) row[1], new ArrayList<>()));
            figure.kommuner().add(new KommunValue(String.valueOf(row[2]).strip(), (String) row[3], ((Number) row[4]).intValue(),
                    row[5] == null ? null : new BigDecimal(row[5].toString()), (String) row[6]));
        }
        return byKpi.values().stream().map(f -> new Figure(f.kpi(), f.title(), List.copyOf(f.kommuner()))).toList();
    }
}
