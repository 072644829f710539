package se.samverkansportalen.service.plan;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.plan.PlanStatus;

/**
 * The structure of one version of the regional plan: its förbättringsområden, delmål and
 * aktiviteter by number, item key and text, without ansvariga and tidsramar. Read with one
 * statement whatever the size of the plan and the number of its versions (the statement picks the
 * version), for pages that show the plan's structure beside something else: the lägesbild, the
 * items of a kommun's report, the delmål local work links to. Reads only; refuses nothing.
 */
public final class PlanOutline {

    /** An aktivitet: its place in its delmål (from 0), its text, and whether every kommun carries it out. */
    public record OutlineActivity(String itemKey, int position, String text, boolean perKommun) {
    }

    /** A delmål ("3.5") with its aktiviteter in order. */
    public record OutlineSubGoal(String itemKey, String number, String text, List<OutlineActivity> activities) {
    }

    /** A förbättringsområde with its delmål in order. */
    public record OutlineArea(int number, String title, List<OutlineSubGoal> subGoals) {
    }

    private PlanOutline() {
    }

    /**
     * The outline of the version that applies ({@link PlanInForce#applying}), in one statement (the
     * version is picked in it, {@link PlanInForce#APPLYING_JPQL}); empty while no plan is loaded.
     */
    public static List<OutlineArea> applying(EntityManager em) {
        return outline(em.createQuery(SELECT + "JOIN ar.planVersion v JOIN v.plan p WHERE p.regionCode = :region AND "
                + PlanInForce.APPLYING_JPQL + ORDER, Object[].class)
                .setParameter("region", RegionalPlanService.REGION_CODE).setParameter("adopted", PlanStatus.ADOPTED).getResultList());
    }

    /**
     * The outline of the latest version (the utkast when one is open; {@link PlanInForce#LATEST_JPQL}),
     * in one statement; empty while no plan is loaded.
     */
    public static List<OutlineArea> latest(EntityManager em) {
        return outline(em.createQuery(SELECT + "JOIN ar.planVersion v JOIN v.plan p WHERE p.regionCode = :region AND "
                + PlanInForce.LATEST_JPQL + ORDER, Object[].class)
                .setParameter("region", RegionalPlanService.REGION_CODE).getResultList());
    }

    private static final String SELECT = "SELECT ar.number, ar.title, s.itemKey, s.number, s.text, a.itemKey, a.position, a.text, "
            + "a.perKommun FROM ImprovementArea ar LEFT JOIN ar.subGoals s LEFT JOIN s.activities a ";
    private static final String ORDER = " ORDER BY ar.number, s.position, a.position";

    /** The rows of {@link #SELECT} in their order, as areas with their delmål with their aktiviteter. */
    static List<OutlineArea> outline(List<Object[]> rows) {
        List<OutlineArea> areas = new ArrayList<>();
        List<OutlineSubGoal> subGoals = null;
        List<OutlineActivity> activities = null;
        Integer area = null;
        String subGoal = null;
        for (Object[] row : rows) {
            int number = ((Number) row[0]).intValue();
            if (area == null || area != number) {
                area = number;
                subGoal = null;
                subGoals = new ArrayList<>();
                areas.add(new OutlineArea(number, (String) row[1], subGoals));
            }
            if (row[2] == null) {
                continue;
            }
            if (!row[2].equals(subGoal)) {
                subGoal = (String) row[2];
                activities = new ArrayList<>();
                subGoals.add(new OutlineSubGoal(subGoal, (String) row[3], (String) row[4], activities));
            }
            if (row[5] != null) {
                activities.add(new OutlineActivity((String) row[5], ((Number) row[6]).intValue(), (String) row[7],
                        Boolean.TRUE.equals(row[8])));
            }
        }
        return areas;
    }
}
