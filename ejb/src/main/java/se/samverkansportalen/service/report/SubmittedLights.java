package se.samverkansportalen.service.report;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.tenant.Tenancy;

/**
 * The traffic lights kept submissions gave their items, as rows ({@code report_submission_light},
 * migration 0024): the one writer and the one reader of those rows.
 *
 * <p>The rows are a projection of the kept content ({@link ReportSubmissions#content}), made by the
 * database from the content itself with the same statement the migration used for the submissions
 * kept before it: one row per item whose {@code "light"} is grön, gul or röd, none for an item sent
 * without a light. So what the lägesbild counts is exactly what {@link ReportSubmissions#read} would
 * read from the content, without every kommun's whole submission (indicator values included)
 * crossing to the server for each reading.
 *
 * <p>Static functions, like {@link ReportSubmissions}: reached only through the services of this
 * package ({@link KommunReports#submit} writes, {@link RegionalOverview} reads). The one public
 * member is the statement itself ({@link #projection}), for test data written straight into the
 * database that must keep the lights as the portal does.
 */
public final class SubmittedLights {

    /** The lit items of the submissions the condition selects ({@code s} is the submission), as rows to insert. */
    private static final String PROJECTION = "INSERT INTO report_submission_light (submission_id, kommun_code, item_type, item_key, light) "
            + "SELECT s.id, s.kommun_code, j.item_type, j.item_key, j.light FROM report_submission s, "
            + "JSON_TABLE(s.content, '$.items[*]' COLUMNS (item_type VARCHAR(20) PATH '$.type', item_key VARCHAR(60) PATH '$.key', "
            + "light VARCHAR(10) PATH '$.light')) AS j WHERE j.light IN ('GREEN', 'YELLOW', 'RED') AND ";

    private SubmittedLights() {
    }

    /**
     * The statement that keeps the lights of the submissions {@code condition} selects: an SQL
     * condition on {@code s}, the submission ({@code report_submission}), with its parameters as
     * {@code ?}; it must leave out submissions whose lights are kept already (each row is keyed by
     * submission and item). Gives native SQL for MariaDB, to run as an update. Refuses nothing: the
     * condition is SQL the caller wrote, never a user's input.
     */
    public static String projection(String condition) {
        return PROJECTION + condition;
    }

    /**
     * Keeps the lights of submission {@code number} of report {@code reportId}, once that submission
     * is flushed: one statement. Refuses nothing.
     */
    static void keep(EntityManager em, long reportId, int number) {
        em.createNativeQuery(projection("s.report_id = ? AND s.number = ?")).setHint(Tenancy.ALLOW_NATIVE_SQL, true)
                .setParameter(1, reportId).setParameter(2, number).executeUpdate();
    }

    /** The submission that counts, each report's latest ({@code r} the report, {@code s} its submission), as an SQL condition. */
    private static final String LATEST = "s.number = (SELECT MAX(s2.number) FROM report_submission s2 WHERE s2.report_id = r.id)";
    /** The lights of the latest submission of each report ({@code r}), each light {@code l}. */
    private static final String LIGHTS_OF_LATEST = "FROM progress_report r JOIN report_submission s ON s.report_id = r.id "
            + "JOIN report_submission_light l ON l.submission_id = s.id ";

    /**
     * What every kommun's latest submissions said for the lägesbild, in three statements across every
     * kommun (native queries are not tenant-filtered), of keys and lights only: the light of each
     * aktivitet in the chosen period; for each of the periods, kommun and delmål the most serious
     * light of the delmål's aktiviteter done in every kommun (taken by the database,
     * {@link OverviewTally#seriousnessSql}); and the lights of the local work (local measures, risk
     * measures) in the periods, of which the most serious per delmål the kommun linked it to is kept
     * here. So a reading brings one row per kommun and delmål for the aktiviteter, which are most of
     * the items, not one per item.
     *
     * @param periodIds the trend's periods, the chosen one among them
     * @param chosenPeriodId the period whose aktiviteter are counted one by one
     * @param subGoalOfActivity the delmål (item key) of each aktivitet done in every kommun (item key)
     * @param linked the items each kommun has linked to each delmål: delmål item key → kommun code → items
     */
    static Sent latest(EntityManager em, List<Long> periodIds, long chosenPeriodId, Map<String, String> subGoalOfActivity,
            Map<String, Map<String, List<ReportSubmissions.ItemRef>>> linked) {
        Sent sent = new Sent(chosenPeriodId);
        if (periodIds.isEmpty()) {
            return sent;
        }
        for (Object[] row : rows(em, "SELECT r.kommun_code, l.item_key, l.light " + LIGHTS_OF_LATEST
                + "WHERE r.period_id = ? AND l.item_type = 'REGIONAL_ACTIVITY' AND " + LATEST, List.of(chosenPeriodId))) {
            sent.activity(String.valueOf(row[0]).strip(), String.valueOf(row[1]), TrafficLight.valueOf(String.valueOf(row[2])));
        }
        String periods = "r.period_id IN (" + String.join(", ", Collections.nCopies(periodIds.size(), "?")) + ")";
        if (!subGoalOfActivity.isEmpty()) {
            StringBuilder subGoal = new StringBuilder("CASE l.item_key");
            List<Object> parameters = new ArrayList<>();
            subGoalOfActivity.forEach((activity, delmal) -> {
                subGoal.append(" WHEN ? THEN ?");
                parameters.add(activity);
                parameters.add(delmal);
            });
            subGoal.append(" END");
            parameters.addAll(periodIds);
            for (Object[] row : rows(em, "SELECT x.period_id, x.kommun_code, x.sub_goal, MAX(x.seriousness) FROM ("
                    + "SELECT r.period_id, r.kommun_code, " + subGoal + " AS sub_goal, " + OverviewTally.seriousnessSql("l.light")
                    + " AS seriousness " + LIGHTS_OF_LATEST + "WHERE " + periods + " AND l.item_type = 'REGIONAL_ACTIVITY' AND " + LATEST
                    + ") x WHERE x.sub_goal IS NOT NULL GROUP BY x.period_id, x.kommun_code, x.sub_goal", parameters)) {
                sent.activities(((Number) row[0]).longValue(), String.valueOf(row[1]).strip(), String.valueOf(row[2]),
                        OverviewTally.ofSeriousness((Number) row[3]));
            }
        }
        Map<String, Map<ReportSubmissions.ItemRef, List<String>>> subGoalsOfItem = new HashMap<>();
        linked.forEach((subGoal, byKommun) -> byKommun.forEach((kommun, items) -> items.forEach(item -> subGoalsOfItem
                .computeIfAbsent(kommun, k -> new HashMap<>()).computeIfAbsent(item, i -> new ArrayList<>()).add(subGoal))));
        if (!subGoalsOfItem.isEmpty()) {
            for (Object[] row : rows(em, "SELECT r.period_id, r.kommun_code, l.item_type, l.item_key, l.light " + LIGHTS_OF_LATEST
                    + "WHERE " + periods + " AND l.item_type <> 'REGIONAL_ACTIVITY' AND " + LATEST, periodIds)) {
                String kommun = String.valueOf(row[1]).strip();
                Map<ReportSubmissions.ItemRef, List<String>> ofKommun = subGoalsOfItem.get(kommun);
                List<String> subGoals = ofKommun == null ? null
                        : ofKommun.get(new ReportSubmissions.ItemRef(ItemType.valueOf(String.valueOf(row[2])), String.valueOf(row[3])));
                if (subGoals != null) {
                    TrafficLight light = TrafficLight.valueOf(String.valueOf(row[4]));
                    subGoals.forEach(subGoal -> sent.linkedWork(((Number) row[0]).longValue(), kommun, subGoal, light));
                }
            }
        }
        return sent;
    }

    private static List<Object[]> rows(EntityManager em, String sql, List<?> parameters) {
        var query = em.createNativeQuery(sql).setHint(Tenancy.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /**
     * The lights as {@link OverviewTally.Lights} reads them: the chosen period's aktiviteter by
     * kommun and item key, and the delmål's two most serious lights by period, kommun and delmål;
     * anything not recorded has no light. Nested maps, so that a look-up builds no key.
     */
    static final class Sent implements OverviewTally.Lights {

        private final long chosenPeriodId;
        private final Map<String, Map<String, TrafficLight>> activities = new HashMap<>();
        /** Period → kommun → delmål → {most serious of its aktiviteter, most serious of the linked work}. */
        private final Map<Long, Map<String, Map<String, TrafficLight[]>>> subGoals = new HashMap<>();

        /** No lights yet; aktiviteter are recorded for the chosen period only. */
        Sent(long chosenPeriodId) {
            this.chosenPeriodId = chosenPeriodId;
        }

        /** Records the light the kommun's submission for the chosen period gave the aktivitet. */
        void activity(String kommunCode, String activityKey, TrafficLight light) {
            activities.computeIfAbsent(kommunCode, k -> new HashMap<>()).put(activityKey, light);
        }

        /** Records the most serious light the kommun gave the delmål's aktiviteter in the period. */
        void activities(long periodId, String kommunCode, String subGoalKey, TrafficLight light) {
            lightsOf(periodId, kommunCode, subGoalKey)[0] = light;
        }

        /** Records a light the kommun gave work it linked to the delmål in the period: the most serious is kept. */
        void linkedWork(long periodId, String kommunCode, String subGoalKey, TrafficLight light) {
            TrafficLight[] lights = lightsOf(periodId, kommunCode, subGoalKey);
            lights[1] = OverviewTally.mostSerious(Stream.of(lights[1], light));
        }

        private TrafficLight[] lightsOf(long periodId, String kommunCode, String subGoalKey) {
            return subGoals.computeIfAbsent(periodId, p -> new HashMap<>()).computeIfAbsent(kommunCode, k -> new HashMap<>())
                    .computeIfAbsent(subGoalKey, d -> new TrafficLight[2]);
        }

        @Override
        public TrafficLight activity(long periodId, String kommunCode, String activityKey) {
            Map<String, TrafficLight> kommun = periodId == chosenPeriodId ? activities.get(kommunCode) : null;
            return kommun == null ? null : kommun.get(activityKey);
        }

        @Override
        public TrafficLight activities(long periodId, String kommunCode, String subGoalKey) {
            TrafficLight[] lights = recorded(periodId, kommunCode, subGoalKey);
            return lights == null ? null : lights[0];
        }

        @Override
        public TrafficLight linkedWork(long periodId, String kommunCode, String subGoalKey) {
            TrafficLight[] lights = recorded(periodId, kommunCode, subGoalKey);
            return lights == null ? null : lights[1];
        }

        private TrafficLight[] recorded(long periodId, String kommunCode, String subGoalKey) {
            Map<String, Map<String, TrafficLight[]>> period = subGoals.get(periodId);
            Map<String, TrafficLight[]> kommun = period == null ? null : period.get(kommunCode);
            return kommun == null ? null : kommun.get(subGoalKey);
        }
    }
}
