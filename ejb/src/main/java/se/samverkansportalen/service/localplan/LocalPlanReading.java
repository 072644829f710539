package se.samverkansportalen.service.localplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.KommunCodeInAddress;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.KommunEntityManagers;

/**
 * The deliberate, read-only path through which the regional coordinators and the LBU network
 * read every kommun's local plans. The list of every kommun's plans is one query across kommuner
 * of the list's columns only ({@link #all}); one kommun's plan is read through an entity manager
 * bound to that one kommun, opened outside any transaction and closed after the read
 * ({@link #plan}). Nothing read here can be changed or written, and no binding can leak into a
 * kommun editor's call.
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.REVIEWER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LocalPlanReading {

    @PersistenceUnit(unitName = "samverkan")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    KommunDirectory kommuner;

    @EJB
    RegionalPlanService regionalPlan;

    /**
     * Every kommun's plans, kommun by kommun in the directory's order ({@link Kommun#ALL}: by name),
     * each kommun's newest decision first ({@link LocalPlan#ALL}), with their measures counted as
     * {@link LocalPlan#measureCount} counts them (measures and the risks' measures). One statement
     * whatever the number of kommuner and plans: a deliberate read across kommuner (a native query
     * is not tenant-filtered) of the columns the list shows, for the roles allowed to read every
     * kommun's plans; no plan is read as an entity.
     */
    public List<LocalPlanSummary> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.kommun_code, k.name, p.title, p.shape, p.status, p.decided_on, "
                + "(SELECT COUNT(*) FROM local_measure m WHERE m.plan_id = p.id) + (SELECT COUNT(*) FROM local_risk_measure rm "
                + "JOIN local_risk r ON r.id = rm.risk_id JOIN local_goal g ON g.id = r.goal_id WHERE g.plan_id = p.id), p.source_label "
                + "FROM local_plan p JOIN kommun k ON k.code = p.kommun_code "
                + "ORDER BY k.name, k.code, p.decided_on DESC, p.title, p.id")
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        return rows.stream().map(row -> new LocalPlanSummary(((Number) row[0]).longValue(), String.valueOf(row[1]).strip(),
                (String) row[2], (String) row[3], LocalPlanShape.valueOf((String) row[4]), LocalPlanStatus.valueOf((String) row[5]),
                date(row[6]), ((Number) row[7]).intValue(), (String) row[8])).toList();
    }

    /** A DATE column as a native query gives it (the driver's java.sql.Date, or a LocalDate). */
    private static LocalDate date(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }

    /** One kommun's plan, read only. */
    public LocalPlanView plan(@KommunCodeInAddress String kommunCode, long id) {
        Kommun kommun = kommuner.find(kommunCode == null ? "" : kommunCode)
                .orElseThrow(() -> new NotFoundRefusal("localplan.error.notFound"));
        Map<String, String> subGoals = regionalPlan.subGoalNumbers();
        return readAs(kommun.getCode(), em -> em.createNamedQuery(LocalPlan.BY_ID, LocalPlan.class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(p -> LocalPlanViews.view(p, kommun.getCode(), kommun.getName(), subGoals, false)))
                .orElseThrow(() -> new NotFoundRefusal("localplan.error.notFound"));
    }

    private <T> T readAs(String kommunCode, Function<EntityManager, T> read) {
        return KommunEntityManagers.read(emf, kommunCode, read);
    }
}
