package se.samverkansportalen.service.keyfigure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.keyfigure.KeyFigure;
import se.samverkansportalen.domain.keyfigure.KeyFigureValue;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * A kommun's indicators on their way out, for its own editors: the key figures from Kolada in
 * Kolada's data shape ({@link KoladaData#write}, which reads back in), and every figure, the key
 * figures' yearly values and the local plans' own indicators' values per month, tertial or year,
 * as rows for a table file. Values are exact (the kommun's own); a row says whether the
 * small-number rule withholds it from other kommuner and the region ({@code Indicator#isSmallNumber}).
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IndicatorExport {

    /** Where a row comes from: a key figure from Kolada or an indicator of a local plan. */
    public enum Origin {
        KOLADA, LOCAL
    }

    /**
     * One value: its origin, Kolada's KPI id (key figures) or the plan's title (own indicators),
     * the name, the period (2024, 2024-T2, 2024-03), the gender (key figures: T, K or M), the value
     * (null for none or "uppgift saknas"), Kolada's status, the source and day it was taken in
     * (key figures), and whether the small-number rule withholds it from others.
     */
    public record Row(Origin origin, String kpi, String plan, String name, String period, String gender, BigDecimal value,
            String status, String source, LocalDate takenOn, boolean smallNumber) {
    }

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** The key figures in Kolada's data shape, UTF-8 JSON. */
    public byte[] koladaJson() {
        String kommun = user.getKommunCode().orElseThrow(() -> new NotFoundRefusal(KeyFigures.NOT_FOUND));
        return KoladaData.write(kommun, keyFigures());
    }

    /** Every value: key figures by KPI, year and gender; then the plans' indicators by plan, place and period. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (KeyFigure figure : keyFigures()) {
            for (KeyFigureValue v : figure.values()) {
                rows.add(new Row(Origin.KOLADA, figure.getKpi(), null, figure.getTitle(), String.valueOf(v.getYear()),
                        v.getGender().name(), v.getValue(), v.getStatus(), v.getSourceName(), v.getTakenOn(), false));
            }
        }
        for (LocalPlan plan : em.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList()) {
            for (Indicator indicator : plan.getIndicators()) {
                for (String period : indicator.periods()) {
                    rows.add(new Row(Origin.LOCAL, null, plan.getTitle(), indicator.getName(), period, null,
                            indicator.valueFor(period).orElse(null), null, null, null, indicator.isSmallNumber(period)));
                }
            }
        }
        return rows;
    }

    private List<KeyFigure> keyFigures() {
        return em.createNamedQuery(KeyFigure.ALL, KeyFigure.class).getResultList();
    }
}
