package se.samverkansportalen.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets in-container tests look at the database through the portal's own persistence unit.
 * Deployed only with tests.
 */
@Stateless
public class DatabaseProbe {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** Rows counted with plain SQL, for tables outside the entity model. */
    public long countRows(String table) {
        if (!table.matches("[A-Za-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return ((Number) sql("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }

    /** The class of the JPA provider's EntityManager behind the container's proxy. */
    public String providerEntityManagerClass() {
        return em.getDelegate().getClass().getName();
    }

    /** The item key of a delmål of the plan's latest version, by its number ("3.5"). */
    public String subGoalItemKey(String number) {
        return em.createQuery("SELECT s.itemKey FROM SubGoal s WHERE s.number = :number "
                + "ORDER BY s.area.planVersion.number DESC", String.class)
                .setParameter("number", number).setMaxResults(1).getSingleResult();
    }

    /** The old and new value of the latest audited change of a field of a delmål. */
    public java.util.List<String> auditedChange(String itemKey, String field) {
        Object[] row = (Object[]) sql("SELECT old_value, new_value FROM audit_entry "
                + "WHERE item_key = ? AND field = ? ORDER BY id DESC LIMIT 1")
                .setParameter(1, itemKey).setParameter(2, field).getSingleResult();
        return java.util.Arrays.asList((String) row[0], (String) row[1]);
    }

    /** What the audit trail says happened to an item, oldest first ("CREATE", "UPDATE", ...). */
    @SuppressWarnings("unchecked")
    public java.util.List<String> auditedActions(String itemKey) {
        return ((java.util.List<Object>) sql("SELECT action FROM audit_entry WHERE item_key = ? ORDER BY id")
                .setParameter(1, itemKey).getResultList()).stream().map(String::valueOf).toList();
    }

    /**
     * A kommun has reported on an aktivitet: its report for the (closed) fixture period 2016-T3
     * holds the aktivitet with a status and a narrative, as the report page writes it.
     */
    public void reportOn(String activityItemKey, String kommunCode) {
        sql("INSERT IGNORE INTO reporting_period (kind, year, number, deadline, is_open, opened_by, opened_at, closed_at) "
                + "VALUES ('TERTIAL', 2016, 3, '2017-01-15', FALSE, 'testdata', NOW(), NOW())").executeUpdate();
        sql("INSERT IGNORE INTO progress_report (kommun_code, period_id, status, changed_at) SELECT ?, id, 'SUBMITTED', NOW() "
                + "FROM reporting_period WHERE kind = 'TERTIAL' AND year = 2016 AND number = 3").setParameter(1, kommunCode).executeUpdate();
        sql("INSERT IGNORE INTO report_item (kommun_code, report_id, position, item_type, item_key, label, status, narrative) "
                + "SELECT r.kommun_code, r.id, 0, 'REGIONAL_ACTIVITY', ?, 'Aktivitet', 'ONGOING', 'Arbetet pågår.' "
                + "FROM progress_report r JOIN reporting_period p ON p.id = r.period_id "
                + "WHERE r.kommun_code = ? AND p.kind = 'TERTIAL' AND p.year = 2016 AND p.number = 3")
                .setParameter(1, activityItemKey).setParameter(2, kommunCode).executeUpdate();
    }

    /** Takes back what {@link #reportOn} recorded on an aktivitet (the fixture period only). */
    public void withdrawReports(String activityItemKey) {
        sql("DELETE i FROM report_item i JOIN progress_report r ON r.id = i.report_id JOIN reporting_period p ON p.id = r.period_id "
                + "WHERE i.item_type = 'REGIONAL_ACTIVITY' AND i.item_key = ? AND p.kind = 'TERTIAL' AND p.year = 2016 AND p.number = 3")
                .setParameter(1, activityItemKey).executeUpdate();
    }

    /** The item key of a förbättringsområde of the plan's latest version, by its number. */
    public String areaItemKey(int number) {
        return em.createQuery("SELECT a.itemKey FROM ImprovementArea a WHERE a.number = :number "
                + "AND a.planVersion.number = (SELECT MAX(v.number) FROM PlanVersion v)", String.class)
                .setParameter("number", number).getSingleResult();
    }

    /** The item keys of the aktiviteter of a delmål in the plan's latest version, in order. */
    public java.util.List<String> activityItemKeys(String subGoalNumber) {
        return em.createQuery("SELECT a.itemKey FROM Activity a WHERE a.subGoal.itemKey = :key "
                + "AND a.subGoal.area.planVersion.number = (SELECT MAX(v.number) FROM PlanVersion v) ORDER BY a.position",
                String.class).setParameter("key", subGoalItemKey(subGoalNumber)).getResultList();
    }

    /** Moves a comment's posting time back, as if it had been posted that many minutes ago. */
    public void ageComment(long commentId, int minutes) {
        sql("UPDATE plan_comment SET created_at = created_at - INTERVAL ? MINUTE WHERE id = ?")
                .setParameter(1, minutes).setParameter(2, commentId).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    public long sumOfVersions(String entity) {
        if (!entity.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException(entity);
        }
        Number sum = em.createQuery("SELECT SUM(e.lockVersion) FROM " + entity + " e", Number.class).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    /** Every kommun's code, by code. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> kommunCodes() {
        return ((java.util.List<Object>) sql("SELECT code FROM kommun ORDER BY code").getResultList()).stream()
                .map(c -> String.valueOf(c).strip()).toList();
    }

    /** The first tertial or month ("TERTIAL", "MONTH") that no one has opened in this database. */
    @SuppressWarnings("unchecked")
    public PeriodSlots.Slot freePeriod(String kind) {
        return PeriodSlots.firstFree(kind, ((java.util.List<Object>) sql(PeriodSlots.TAKEN_CODES).getResultList())
                .stream().map(String::valueOf).toList());
    }

    /** Native SQL, which EclipseLink lets through only when asked (the unit has tenant entities). */
    private jakarta.persistence.Query sql(String statement) {
        return em.createNativeQuery(statement).setHint(se.samverkansportalen.domain.tenant.Tenancy.ALLOW_NATIVE_SQL, true);
    }
}
