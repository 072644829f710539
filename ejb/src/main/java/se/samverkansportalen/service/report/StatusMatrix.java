package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.tenant.KommunDirectory;

/**
 * The LBU network's and the region's picture of a period at once: rows kommuner, columns the
 * regional aktiviteter done in every kommun (grouped by förbättringsområde), cells the status and
 * traffic light each kommun reported. Built from a constant number of queries whatever the number
 * of kommuner: the plan, the kommuner, and one query for every cell of the period (a deliberate
 * read across kommuner of statuses only).
 */
@Stateless
@RolesAllowed({PortalRole.REVIEWER, PortalRole.COORDINATOR})
public class StatusMatrix {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    KommunDirectory kommuner;

    /** A column: a per-kommun aktivitet, with its area and delmål. */
    public record Column(String itemKey, int areaNumber, String areaTitle, String subGoalNumber, int position, String text)
            implements Serializable {
    }

    /** A cell: what the kommun reported on the aktivitet (nulls: nothing yet). */
    public record Cell(String itemKey, ItemStatus status, TrafficLight light) implements Serializable {
    }

    /** A row: a kommun, its report's state and its cells in column order. */
    public record Row(String kommunCode, String kommunName, ReportStatus reportStatus, List<Cell> cells) implements Serializable {
    }

    /** The matrix of a period. */
    public record Matrix(List<Column> columns, List<Row> rows) implements Serializable {
    }

    /** A period as a trend's column. */
    public record PeriodColumn(long id, String code) implements Serializable {
    }

    /** A kommun's cells across the periods, in the periods' order. */
    public record TrendRow(String kommunCode, String kommunName, List<Cell> cells) implements Serializable {
    }

    /** One aktivitet across periods for all kommuner. */
    public record Trend(Column activity, List<PeriodColumn> periods, List<TrendRow> rows) implements Serializable {
    }

    /** A period's code (2017-T2), for headings and file names. */
    public String periodCode(long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
        return period.code();
    }

    /** The status matrix of a period: every kommun by the per-kommun aktiviteter; refused (not found) for a period that does not exist. */
    public Matrix forPeriod(long periodId) {
        if (em.find(ReportingPeriod.class, periodId) == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
        List<Column> columns = columns();
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        Map<String, ReportStatus> reports = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT r.kommun_code, r.status, i.item_key, i.status, i.light "
                + "FROM progress_report r LEFT JOIN report_item i ON i.report_id = r.id AND i.item_type = 'REGIONAL_ACTIVITY' "
                + "WHERE r.period_id = ?").setParameter(1, periodId).setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        for (Object[] row : found) {
            String kommun = String.valueOf(row[0]).strip();
            reports.put(kommun, ReportStatus.valueOf((String) row[1]));
            if (row[2] != null) {
                String key = String.valueOf(row[2]).strip();
                cells.computeIfAbsent(kommun, k -> new HashMap<>()).put(key, cell(key, row[3], row[4]));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Kommun kommun : kommuner.all()) {
            Map<String, Cell> reported = cells.getOrDefault(kommun.getCode(), Map.of());
            rows.add(new Row(kommun.getCode(), kommun.getName(), reports.get(kommun.getCode()), columns.stream()
                    .map(c -> reported.getOrDefault(c.itemKey(), new Cell(c.itemKey(), null, null))).toList()));
        }
        return new Matrix(columns, rows);
    }

    /**
     * One per-kommun aktivitet across every period, oldest first, for all kommuner: the plan, the
     * periods, the kommuner and one query for every cell, whatever their number.
     */
    public Trend trend(@NotNull @Size(max = ReportItem.ITEM_KEY_MAX) String itemKey) {
        Column activity = columns().stream().filter(c -> c.itemKey().equals(itemKey)).findFirst()
                .orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
        List<ReportingPeriod> periods = new ArrayList<>(em.createNamedQuery(ReportingPeriod.ALL, ReportingPeriod.class).getResultList());
        periods.sort(java.util.Comparator.comparing(ReportingPeriod::start).thenComparing(p -> p.getKind().ordinal()));
        Map<String, Map<Long, Cell>> cells = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT r.kommun_code, r.period_id, i.status, i.light FROM progress_report r "
                + "JOIN report_item i ON i.report_id = r.id AND i.item_type = 'REGIONAL_ACTIVITY' AND i.item_key = ?")
                .setParameter(1, itemKey).setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        for (Object[] row : found) {
            cells.computeIfAbsent(String.valueOf(row[0]).strip(), k -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), cell(itemKey, row[2], row[3]));
        }
        List<TrendRow> rows = new ArrayList<>();
        for (Kommun kommun : kommuner.all()) {
            Map<Long, Cell> reported = cells.getOrDefault(kommun.getCode(), Map.of());
            rows.add(new TrendRow(kommun.getCode(), kommun.getName(), periods.stream()
                    .map(p -> reported.getOrDefault(p.getId(), new Cell(itemKey, null, null))).toList()));
        }
        return new Trend(activity, periods.stream().map(p -> new PeriodColumn(p.getId(), p.code())).toList(), rows);
    }

    private static Cell cell(String itemKey, Object status, Object light) {
        return new Cell(itemKey, status == null ? null : ItemStatus.valueOf((String) status),
                light == null ? null : TrafficLight.valueOf((String) light));
    }

    /**
     * The per-kommun aktiviteter of the latest version of the regional plan, in the plan's order,
     * from one query (the matrix needs no ansvariga or tidsramar). An aktivitet's number is its
     * place in its delmål, counting every aktivitet, as the plan page numbers them.
     */
    public List<Column> columns() {
        List<Object[]> rows = em.createQuery("SELECT a.itemKey, ar.number, ar.title, s.number, a.position, a.text, a.perKommun "
                + "FROM Activity a JOIN a.subGoal s JOIN s.area ar JOIN ar.planVersion v JOIN v.plan p "
                + "WHERE p.regionCode = :region AND v.number = (SELECT MAX(v2.number) FROM PlanVersion v2 WHERE v2.plan = p) "
                + "ORDER BY ar.number, s.position, a.position", Object[].class)
                .setParameter("region", RegionalPlanService.REGION_CODE).getResultList();
        List<Column> columns = new ArrayList<>();
        String subGoal = null;
        int place = 0;
        for (Object[] row : rows) {
            place = row[3].equals(subGoal) ? place + 1 : 1;
            subGoal = (String) row[3];
            if (Boolean.TRUE.equals(row[6])) {
                columns.add(new Column((String) row[0], ((Number) row[1]).intValue(), (String) row[2], subGoal, place,
                        (String) row[5]));
            }
        }
        return columns;
    }
}
