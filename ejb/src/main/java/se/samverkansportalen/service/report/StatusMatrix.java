package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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
 * traffic light each kommun reported.
 *
 * <p>Read in two ways, each from a constant number of SQL statements whatever the number of
 * kommuner and periods (deliberate reads across kommuner, of statuses and lights only):
 * <ul>
 * <li>{@link #page}: what the page shows: every kommun counted per aktivitet by its light (grön,
 * gul, röd, ingen uppgift) with one aggregate statement, and the rows of one page of kommuner
 * (optionally those whose name holds a text), whose cells alone are read: the period, the plan's
 * columns, the count of kommuner (and of those the name filter finds), the page's kommuner, their
 * cells, the counts. At most seven statements.</li>
 * <li>{@link #forPeriod}: the whole matrix, every kommun's row, for the Excel download and the
 * API: the period, the plan's columns, the kommuner and one statement for every cell of the period.</li>
 * </ul>
 * {@code StatusMatrixIT} counts the statements.
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

    /**
     * Every kommun counted by the traffic light it reported on one aktivitet in the period: grön,
     * gul, röd, and ingen uppgift (no light: no report, the aktivitet not answered, or answered
     * without a light). Counted from the same cells the matrix shows, so that the counts and the
     * rows agree. These are counts of kommuner by the light of their work, which describe no child
     * (as in the lägesbild, {@link RegionalOverview}): the small-number rule
     * ({@code SmallNumbers}), which withholds a kommun's indicator figures below 5, has nothing to
     * withhold here, and the matrix's own rows show each kommun's light to the same readers.
     */
    public record ColumnSummary(String itemKey, int green, int yellow, int red, int none) implements Serializable {

        /**
         * The summary of an aktivitet from the number of kommuner that reported each light on it,
         * of {@code kommuner} in all (the rest: ingen uppgift). Refuses (IllegalArgumentException)
         * more lights than kommuner, which one report per kommun and period and one item per
         * aktivitet and report rule out.
         */
        public static ColumnSummary of(String itemKey, Map<TrafficLight, Integer> lights, int kommuner) {
            int green = lights.getOrDefault(TrafficLight.GREEN, 0);
            int yellow = lights.getOrDefault(TrafficLight.YELLOW, 0);
            int red = lights.getOrDefault(TrafficLight.RED, 0);
            int none = kommuner - green - yellow - red;
            if (none < 0 || green < 0 || yellow < 0 || red < 0) {
                throw new IllegalArgumentException("More lights than kommuner on " + itemKey + ": " + lights + " of " + kommuner);
            }
            return new ColumnSummary(itemKey, green, yellow, red, none);
        }

        /** How many kommuner are counted in all. */
        public int total() {
            return green + yellow + red + none;
        }
    }

    /**
     * A page of the matrix: the columns, every kommun counted per column ({@code summary}, in
     * column order, of {@code kommuner} kommuner in all, whatever the name filter), the filter's
     * text (null for none), which kommuner the page holds ({@code paging}) and their rows.
     */
    public record Page(List<Column> columns, List<ColumnSummary> summary, int kommuner, String filter, MatrixPaging paging,
            List<Row> rows) implements Serializable {
    }

    /** How many kommuner a page shows when nothing else is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 25;

    /** The most kommuner a page shows. */
    public static final int MAX_PAGE_SIZE = 100;

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
        requirePeriod(periodId);
        List<Column> columns = columns();
        Reported reported = reported(periodId, null);
        return new Matrix(columns, kommuner.all().stream().map(k -> reported.row(k, columns)).toList());
    }

    /**
     * A page of the status matrix of a period: every kommun counted per aktivitet by its light,
     * and the rows of page {@code page} (from 1; after the last, the last) of {@code pageSize}
     * kommuner, by name, of those whose name holds {@code name} (upper or lower case alike; every
     * kommun when null or blank). Refused: not found for a period that does not exist; invalid
     * input for a page below 1, a page size outside 1–{@value #MAX_PAGE_SIZE}, a name longer
     * than a kommun's.
     */
    public Page page(long periodId, @Size(max = Kommun.NAME_MAX) String name, @Min(1) int page,
            @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        requirePeriod(periodId);
        String filter = name == null || name.isBlank() ? null : name.strip();
        List<Column> columns = columns();
        int all = kommuner.count(null);
        MatrixPaging paging = MatrixPaging.of(page, pageSize, filter == null ? all : kommuner.count(filter));
        List<Kommun> shown = paging.matching() == 0 ? List.of() : kommuner.page(filter, paging.first(), pageSize);
        Reported reported = shown.isEmpty() ? new Reported(Map.of(), Map.of())
                : reported(periodId, shown.stream().map(Kommun::getCode).toList());
        return new Page(columns, summary(periodId, columns, all), all, filter, paging, shown.stream().map(k -> reported.row(k, columns)).toList());
    }

    private void requirePeriod(long periodId) {
        if (em.find(ReportingPeriod.class, periodId) == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
    }

    /** What the kommuner reported in a period: each report's state and its cells, by kommun code and item key. */
    private record Reported(Map<String, ReportStatus> reports, Map<String, Map<String, Cell>> cells) {

        /** The kommun's row: its report's state and a cell per column (empty where it reported nothing). */
        Row row(Kommun kommun, List<Column> columns) {
            Map<String, Cell> own = cells.getOrDefault(kommun.getCode(), Map.of());
            return new Row(kommun.getCode(), kommun.getName(), reports.get(kommun.getCode()), columns.stream()
                    .map(c -> own.getOrDefault(c.itemKey(), new Cell(c.itemKey(), null, null))).toList());
        }
    }

    /**
     * The reports of a period and their regional aktiviteter's cells, of the kommuner named (every
     * kommun when null): one statement, whatever their number.
     */
    private Reported reported(long periodId, List<String> kommunCodes) {
        String only = kommunCodes == null ? "" : " AND r.kommun_code IN (" + String.join(", ", Collections.nCopies(kommunCodes.size(), "?")) + ")";
        var query = em.createNativeQuery("SELECT r.kommun_code, r.status, i.item_key, i.status, i.light "
                + "FROM progress_report r LEFT JOIN report_item i ON i.report_id = r.id AND i.item_type = 'REGIONAL_ACTIVITY' "
                + "WHERE r.period_id = ?" + only).setParameter(1, periodId).setHint(Tenancy.ALLOW_NATIVE_SQL, true);
        for (int i = 0; kommunCodes != null && i < kommunCodes.size(); i++) {
            query.setParameter(i + 2, kommunCodes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        Map<String, ReportStatus> reports = new HashMap<>();
        for (Object[] row : found) {
            String kommun = String.valueOf(row[0]).strip();
            reports.put(kommun, ReportStatus.valueOf((String) row[1]));
            if (row[2] != null) {
                String key = String.valueOf(row[2]).strip();
                cells.computeIfAbsent(kommun, k -> new HashMap<>()).put(key, cell(key, row[3], row[4]));
            }
        }
        return new Reported(reports, cells);
    }

    /**
     * Every kommun counted by its light on each column in the period: one aggregate statement over
     * the period's reports (the lights that were given; the rest of {@code kommuner} is ingen uppgift).
     * It reads only the index {@code ix_report_item_light} and groups on the keys' bytes (item keys
     * and lights are codes, not words: the Swedish collation's grouping cost three quarters of the
     * time): 7 ms instead of 28–33 ms at 290 kommuner, measured.
     */
    private List<ColumnSummary> summary(long periodId, List<Column> columns, int kommunCount) {
        @SuppressWarnings("unchecked")
        List<Object[]> counted = em.createNativeQuery("SELECT MIN(i.item_key), MIN(i.light), COUNT(*) FROM progress_report r "
                + "JOIN report_item i ON i.report_id = r.id AND i.item_type = 'REGIONAL_ACTIVITY' "
                + "WHERE r.period_id = ? AND i.light IS NOT NULL "
                + "GROUP BY CAST(i.item_key AS BINARY), CAST(i.light AS BINARY) ORDER BY NULL")
                .setParameter(1, periodId).setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        Map<String, Map<TrafficLight, Integer>> lights = new HashMap<>();
        for (Object[] row : counted) {
            lights.computeIfAbsent(String.valueOf(row[0]).strip(), k -> new EnumMap<>(TrafficLight.class))
                    .merge(TrafficLight.valueOf(String.valueOf(row[1]).strip()), ((Number) row[2]).intValue(), Integer::sum);
        }
        return columns.stream().map(c -> ColumnSummary.of(c.itemKey(), lights.getOrDefault(c.itemKey(), Map.of()), kommunCount)).toList();
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
