package se.samverkansportalen.service.report;

import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The lights of every kommun's latest submission for each of the periods: one statement across
     * every kommun (a native query is not tenant-filtered), of keys and lights only.
     */
    static Sent latest(EntityManager em, List<Long> periodIds) {
        Sent sent = new Sent();
        if (periodIds.isEmpty()) {
            return sent;
        }
        var query = em.createNativeQuery("SELECT r.period_id, r.kommun_code, l.item_type, l.item_key, l.light FROM progress_report r "
                + "JOIN report_submission s ON s.report_id = r.id JOIN report_submission_light l ON l.submission_id = s.id "
                + "WHERE r.period_id IN (" + String.join(", ", Collections.nCopies(periodIds.size(), "?")) + ") "
                + "AND s.number = (SELECT MAX(s2.number) FROM report_submission s2 WHERE s2.report_id = r.id)")
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < periodIds.size(); i++) {
            query.setParameter(i + 1, periodIds.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            sent.put(((Number) row[0]).longValue(), String.valueOf(row[1]).strip(),
                    new ReportSubmissions.ItemRef(ItemType.valueOf(String.valueOf(row[2])), String.valueOf(row[3])),
                    TrafficLight.valueOf(String.valueOf(row[4])));
        }
        return sent;
    }

    /**
     * Lights by period, kommun and item, as {@link OverviewTally.Lights} reads them; an item with no
     * light is absent. Nested maps, so that a look-up builds no key.
     */
    static final class Sent implements OverviewTally.Lights {

        private final Map<Long, Map<String, Map<ReportSubmissions.ItemRef, TrafficLight>>> lights = new HashMap<>();

        /** Records the light the kommun's submission for the period gave the item. */
        void put(long periodId, String kommunCode, ReportSubmissions.ItemRef item, TrafficLight light) {
            lights.computeIfAbsent(periodId, p -> new HashMap<>()).computeIfAbsent(kommunCode, k -> new HashMap<>()).put(item, light);
        }

        @Override
        public TrafficLight of(long periodId, String kommunCode, ReportSubmissions.ItemRef item) {
            Map<String, Map<ReportSubmissions.ItemRef, TrafficLight>> period = lights.get(periodId);
            Map<ReportSubmissions.ItemRef, TrafficLight> kommun = period == null ? null : period.get(kommunCode);
            return kommun == null ? null : kommun.get(item);
        }
    }
}
