package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.PlanOutline;

/**
 * The regional lägesbild of a period: per förbättringsområde and delmål of the plan that applies,
 * how many kommuner have linked local work to the delmål, the traffic lights of that work and of
 * the aktiviteter done in every kommun (grön, gul, röd, ingen uppgift, with the kommuner behind
 * each), and the delmål's trend over the periods. The counting rules are {@link OverviewTally}'s.
 *
 * <p>Read by the region, the LBU network and every kommun: it is the regional picture. It shows
 * only what kommuner have <em>sent</em> (each report's latest submission; a draft or a reopened
 * report's unsent changes stay with the kommun) and links of fastställda local plans (not drafts,
 * not the demonstration examples). It shows no indicator figures, only traffic lights of work and
 * counts of kommuner, which describe no child: the small-number rule ({@code SmallNumbers}) has
 * nothing to withhold here, and the kommuner behind each count are named.
 *
 * <p>Built from a constant number of SQL statements whatever the number of kommuner, reports,
 * local plans or links: the periods, the kommuner, the plan that applies (the plan with its
 * versions, and the version's outline, {@link PlanOutline}: two), one statement for every link of
 * every kommun, and three for the lights of the latest submission of every report in the trend's
 * periods ({@link SubmittedLights#latest}: the chosen period's aktiviteter, the most serious
 * aktivitet per period, kommun and delmål taken by the database, and the local work's lights).
 * These are deliberate reads across kommuner, of keys and lights only: the lights kept beside each
 * submission, never the submissions' whole content.
 * {@code RegionalOverviewIT} counts them.
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.REVIEWER, PortalRole.EDITOR})
public class RegionalOverview {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** A kommun by code and name. */
    public record KommunRef(String code, String name) implements Serializable {
    }

    /** The kommuner with one light (or none): how many, and which. */
    public record Bucket(int count, List<KommunRef> kommuner) implements Serializable {
    }

    /** Kommuner counted by light: grön, gul, röd, ingen uppgift. */
    public record Tally(Bucket green, Bucket yellow, Bucket red, Bucket none) implements Serializable {

        /** How many kommuner are counted in all. */
        public int total() {
            return green.count() + yellow.count() + red.count() + none.count();
        }
    }

    /** A reporting period by id and code ("2026-T2"). */
    public record PeriodRef(long id, String code) implements Serializable {
    }

    /** An aktivitet done in every kommun: its number in its delmål, its text, and every kommun by its light. */
    public record ActivityPicture(String itemKey, int position, String text, Tally lights) implements Serializable {
    }

    /** The delmål as a whole in one period. */
    public record TrendPoint(PeriodRef period, Tally lights) implements Serializable {
    }

    /**
     * A delmål: the kommuner with linked local work and those kommuner by the light of that work,
     * its aktiviteter done in every kommun, the delmål as a whole in the period ({@code overall})
     * and its trend (oldest period first, the chosen period last).
     */
    public record SubGoalPicture(String itemKey, String number, String text, List<KommunRef> linkedKommuner, Tally localWork,
            List<ActivityPicture> activities, Tally overall, List<TrendPoint> trend) implements Serializable {
    }

    /** A förbättringsområde and its delmål. */
    public record AreaPicture(int number, String title, List<SubGoalPicture> subGoals) implements Serializable {
    }

    /** The lägesbild of a period: the period, the trend's periods, how many kommuner, the areas. */
    public record Overview(PeriodRef period, List<PeriodRef> trendPeriods, int kommuner, List<AreaPicture> areas) implements Serializable {
    }

    /** The lägesbild of a period; refused (not found) for a period that does not exist. */
    public Overview forPeriod(long periodId) {
        List<OverviewTally.PeriodFact> periods = em.createNamedQuery(ReportingPeriod.ALL, ReportingPeriod.class).getResultList().stream()
                .map(p -> new OverviewTally.PeriodFact(p.getId(), p.getKind(), p.start(), p.code())).toList();
        OverviewTally.PeriodFact chosen = periods.stream().filter(p -> p.id() == periodId).findFirst()
                .orElseThrow(() -> new NotFoundRefusal("report.error.periodNotFound"));
        List<OverviewTally.PeriodFact> window = OverviewTally.trendWindow(periods, chosen);
        List<KommunRef> kommuner = em.createNamedQuery(Kommun.ALL, Kommun.class).getResultList().stream()
                .map(k -> new KommunRef(k.getCode(), k.getName())).toList();
        Map<String, Map<String, List<ReportSubmissions.ItemRef>>> links = links();
        List<PlanOutline.OutlineArea> outline = PlanOutline.applying(em);
        Map<String, String> subGoalOfActivity = new HashMap<>();
        outline.forEach(area -> area.subGoals().forEach(subGoal -> subGoal.activities().stream()
                .filter(PlanOutline.OutlineActivity::perKommun).forEach(a -> subGoalOfActivity.put(a.itemKey(), subGoal.itemKey()))));
        OverviewTally.Lights lights = SubmittedLights.latest(em, window.stream().map(OverviewTally.PeriodFact::id).toList(), chosen.id(),
                subGoalOfActivity, links);
        List<AreaPicture> areas = new ArrayList<>();
        for (PlanOutline.OutlineArea area : outline) {
            List<SubGoalPicture> subGoals = new ArrayList<>();
            for (PlanOutline.OutlineSubGoal subGoal : area.subGoals()) {
                OverviewTally.SubGoalFact fact = new OverviewTally.SubGoalFact(subGoal.itemKey(), subGoal.number(), subGoal.text(),
                        subGoal.activities().stream().filter(PlanOutline.OutlineActivity::perKommun)
                                .map(a -> new OverviewTally.ActivityFact(a.itemKey(), a.position() + 1, a.text())).toList());
                subGoals.add(OverviewTally.picture(fact, links.getOrDefault(subGoal.itemKey(), Map.of()).keySet(), kommuner, window, lights));
            }
            areas.add(new AreaPicture(area.number(), area.title(), subGoals));
        }
        return new Overview(chosen.ref(), window.stream().map(OverviewTally.PeriodFact::ref).toList(), kommuner.size(), areas);
    }

    /**
     * Delmål item key → kommun code → the items that kommun has linked to it: its local measures
     * and the measures of its risks (a risk without measures links the kommun with no items), of
     * fastställda local plans that are not examples. One statement across every kommun (a native
     * query is not tenant-filtered), of keys only.
     */
    private Map<String, Map<String, List<ReportSubmissions.ItemRef>>> links() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT l.sub_goal_item_key, l.kommun_code, 'LOCAL_MEASURE', m.id "
                + "FROM local_measure_link l JOIN local_measure m ON m.id = l.measure_id JOIN local_plan p ON p.id = m.plan_id "
                + "WHERE p.status = 'ADOPTED' AND p.example = FALSE "
                + "UNION ALL SELECT l.sub_goal_item_key, l.kommun_code, 'RISK_MEASURE', rm.id "
                + "FROM local_risk_link l JOIN local_risk r ON r.id = l.risk_id JOIN local_goal g ON g.id = r.goal_id "
                + "JOIN local_plan p ON p.id = g.plan_id LEFT JOIN local_risk_measure rm ON rm.risk_id = r.id "
                + "WHERE p.status = 'ADOPTED' AND p.example = FALSE")
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        Map<String, Map<String, List<ReportSubmissions.ItemRef>>> links = new HashMap<>();
        for (Object[] row : rows) {
            List<ReportSubmissions.ItemRef> items = links.computeIfAbsent(String.valueOf(row[0]).strip(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(row[1]).strip(), k -> new ArrayList<>());
            if (row[3] != null) {
                ReportSubmissions.ItemRef item = new ReportSubmissions.ItemRef(ItemType.valueOf(String.valueOf(row[2])),
                        String.valueOf(((Number) row[3]).longValue()));
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
        }
        return links;
    }
}
