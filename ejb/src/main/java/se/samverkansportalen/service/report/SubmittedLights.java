package se.samverkansportalen.service.report;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.localplan.TrafficLight;
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
     * What every kommun's latest submissions said for the lägesbild, in two statements across every
     * kommun (native queries are not tenant-filtered), of keys and lights only: the light of each
     * aktivitet in the chosen period, and for each of the periods, kommun and delmål the most serious
     * light of the delmål's aktiviteter done in every kommun and of the local work the kommun linked
     * to it (taken by the database: {@link OverviewTally#seriousnessSql}), so that a reading brings
     * one row per kommun and delmål, not one per item.
     *
     * @param periodIds the trend's periods, the chosen one among them
     * @param chosenPeriodId the period whose aktiviteter are counted one by one
     * @param subGoalOfActivity the delmål (item key) of each aktivitet done in every kommun (item key)
     * @param linkedItems SQL selecting the linked work: delmål item key, kommun code, item type and
     *        item id, in that order ({@link RegionalOverview})
     */
    static Sent latest(EntityManager em, List<Long> periodIds, long chosenPeriodId, Map<String, String> subGoalOfActivity,
            String linkedItems) {
        Sent sent = new Sent(chosenPeriodId);
        if (periodIds.isEmpty()) {
            return sent;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> activities = em.createNativeQuery("SELECT r.kommun_code, l.item_key, l.light " + LIGHTS_OF_LATEST
                + "WHERE r.period_id = ? AND l.item_type = 'REGIONAL_ACTIVITY' AND " + LATEST)
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true).setParameter(1, chosenPeriodId).getResultList();
        for (Object[] row : activities) {
            sent.activity(String.valueOf(row[0]).strip(), String.valueOf(row[1]), TrafficLight.valueOf(String.valueOf(row[2])));
        }
        String periods = "r.period_id IN (" + String.join(", ", Collections.nCopies(periodIds.size(), "?")) + ")";
        StringBuilder subGoal = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (subGoalOfActivity.isEmpty()) {
            subGoal.append("NULL");
        } else {
            subGoal.append("CASE l.item_key");
            subGoalOfActivity.forEach((activity, delmal) -> {
                subGoal.append(" WHEN ? THEN ?");
                parameters.add(activity);
                parameters.add(delmal);
            });
            subGoal.append(" END");
        }
        parameters.addAll(periodIds);
        parameters.addAll(periodIds);
        String rank = OverviewTally.seriousnessSql("l.light");
        var query = em.createNativeQuery("SELECT x.period_id, x.kommun_code, x.sub_goal, MAX(x.activities), MAX(x.linked) FROM ("
                + "SELECT r.period_id, r.kommun_code, " + subGoal + " AS sub_goal, " + rank + " AS activities, NULL AS linked "
                + LIGHTS_OF_LATEST + "WHERE " + periods + " AND l.item_type = 'REGIONAL_ACTIVITY' AND " + LATEST
                + " UNION ALL SELECT r.period_id, r.kommun_code, k.sub_goal, NULL, " + rank + " " + LIGHTS_OF_LATEST
                + "JOIN (" + linkedItems + ") k ON k.kommun_code = r.kommun_code AND k.item_type = l.item_type "
                + "AND k.item_id = CAST(l.item_key AS UNSIGNED) WHERE " + periods + " AND l.item_type <> 'REGIONAL_ACTIVITY' AND " + LATEST
                + ") x WHERE x.sub_goal IS NOT NULL GROUP BY x.period_id, x.kommun_code, x.sub_goal")
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            sent.subGoal(((Number) row[0]).longValue(), String.valueOf(row[1]).strip(), String.valueOf(row[2]),
                    OverviewTally.ofSeriousness((Number) row[3]), OverviewTally.ofSeriousness((Number) row[4]));
        }
        return sent;
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

        /** Records the most serious lights of the delmål's aktiviteter and of its linked work (null: none) in the kommun's submission. */
        void subGoal(long periodId, String kommunCode, String subGoalKey, TrafficLight activitiesLight, TrafficLight linkedLight) {
            subGoals.computeIfAbsent(periodId, p -> new HashMap<>()).computeIfAbsent(kommunCode, k -> new HashMap<>())
                    .put(subGoalKey, new TrafficLight[] {activitiesLight, linkedLight});
        }

        @Override
        public TrafficLight activity(long periodId, String kommunCode, String activityKey) {
            Map<String, TrafficLight> kommun = periodId == chosenPeriodId ? activities.get(kommunCode) : null;
            return kommun == null ? null : kommun.get(activityKey);
        }

        @Override
        public TrafficLight activities(long periodId, String kommunCode, String subGoalKey) {
            TrafficLight[] lights = lightsOf(periodId, kommunCode, subGoalKey);
            return lights == null ? null : lights[0];
        }

        @Override
        public TrafficLight linkedWork(long periodId, String kommunCode, String subGoalKey) {
            TrafficLight[] lights = lightsOf(periodId, kommunCode, subGoalKey);
            return lights == null ? null : lights[1];
        }

        private TrafficLight[] lightsOf(long periodId, String kommunCode, String subGoalKey) {
            Map<String, Map<String, TrafficLight[]>> period = subGoals.get(periodId);
            Map<String, TrafficLight[]> kommun = period == null ? null : period.get(kommunCode);
            return kommun == null ? null : kommun.get(subGoalKey);
        }
    }
}
