package se.samverkansportalen.it.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.service.report.SubmittedLights;

/**
 * Synthetic reporting data written straight into the database: tertial periods, and for each
 * kommun and period a submitted report with an item per aktivitet of the current plan and per risk
 * measure of the kommun's synthetic risk plan ({@link SyntheticRiskPlans}): status, traffic light,
 * a short narrative; and the submission as the portal keeps it (the same answers, with the
 * indicator values the first measure of each risk carries for the tertial's four months). Extra
 * kommuner are numbered 9001, 9002, … No personal data: the narratives are generated phrases and
 * the submitter is a made-up name ("Syntetisk rapportör" for the benchmark).
 *
 * <p>Public for other tests that write reporting data straight into the database (the periods and
 * the reports with only the plan's aktiviteter: {@link #open}, {@link #activityReports}).
 */
public final class SyntheticReports {

    private static final String[] STATUSES = {"NOT_STARTED", "ONGOING", "DONE", "CANCELLED"};
    private static final String[] LIGHTS = {"GREEN", "YELLOW", "RED"};

    private final Random random;
    private final String submitter;
    private List<String[]> activities;
    private int kommunerAdded;

    /** The benchmark's: statuses and lights drawn from seed 2017, every report submitted by "Syntetisk rapportör". */
    SyntheticReports() {
        this(2017, "Syntetisk rapportör");
    }

    /**
     * Reports whose statuses and lights are drawn from {@code seed} (the same data each run), each
     * submitted by {@code submitter}: a made-up name, never a person's.
     */
    public SyntheticReports(long seed, String submitter) {
        this.random = new Random(seed);
        this.submitter = submitter;
    }

    /** A reporting period as written: its id and code ("2040-T2"). */
    public record Period(long id, String code) {
    }

    /**
     * Opens the period: open, with the deadline, opened now by {@code openedBy}; the period as
     * written. Refuses (the database does) a period that is opened already.
     */
    public static Period open(Connection c, PeriodSlots.Slot slot, LocalDate deadline, String openedBy) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO reporting_period (kind, year, number, deadline, is_open, opened_by, "
                + "opened_at) VALUES (?, ?, ?, ?, TRUE, ?, NOW())", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, slot.kind());
            insert.setInt(2, slot.year());
            insert.setInt(3, slot.number());
            insert.setDate(4, java.sql.Date.valueOf(deadline));
            insert.setString(5, openedBy);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return new Period(key.getLong(1), slot.code());
            }
        }
    }

    /** Opens the three tertials of {@code year}; in period order. */
    List<Period> tertials(int year) throws SQLException {
        List<Period> periods = new ArrayList<>();
        try (Connection c = TestDatabase.connection()) {
            for (int tertial = 1; tertial <= 3; tertial++) {
                periods.add(open(c, new PeriodSlots.Slot("TERTIAL", year, tertial), LocalDate.of(year, tertial * 4, 1).plusMonths(1),
                        "benchmark"));
            }
        }
        return periods;
    }

    /** Closes every period the benchmark opened but {@code open}, as a region closes the tertials behind it. */
    void closeAllBut(Period open) throws SQLException {
        try (Connection c = TestDatabase.connection(); PreparedStatement close = c.prepareStatement(
                "UPDATE reporting_period SET is_open = FALSE, closed_at = NOW() WHERE opened_by = 'benchmark' AND id <> ? AND is_open = TRUE")) {
            close.setLong(1, open.id());
            close.executeUpdate();
        }
    }

    /** Adds {@code count} kommuner, numbered on from the last added (9001, 9002, …); their codes. */
    List<String> kommuner(int count) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = TestDatabase.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO kommun (code, name) VALUES (?, ?)")) {
            for (int i = 0; i < count; i++) {
                kommunerAdded++;
                String code = String.valueOf(9000 + kommunerAdded);
                insert.setString(1, code);
                insert.setString(2, "Syntetisk kommun " + kommunerAdded);
                insert.addBatch();
                codes.add(code);
            }
            insert.executeBatch();
        }
        return codes;
    }

    /**
     * Makes every aktivitet of the plan one that each kommun carries out, so that the matrix has a
     * column, and every report an item, for all of them (the benchmark's own database only).
     */
    int everyActivityPerKommun() throws SQLException {
        try (Connection c = TestDatabase.connection(); Statement update = c.createStatement()) {
            return update.executeUpdate("UPDATE activity SET per_kommun = TRUE");
        }
    }

    /** The item key of the first per-kommun aktivitet of the plan (for the trend and the matrix cell). */
    public String firstActivityKey() throws SQLException {
        return activities().get(0)[0];
    }

    /**
     * A submitted report per kommun of {@code plans} and period, with its items and its submission;
     * the number of items written.
     */
    long reports(List<SyntheticRiskPlans.KommunPlan> plans, List<Period> periods) throws SQLException {
        return write(plans.stream().map(SyntheticRiskPlans.KommunPlan::kommun).toList(),
                plans.stream().collect(Collectors.toMap(SyntheticRiskPlans.KommunPlan::kommun, Function.identity())), periods);
    }

    /**
     * A submitted report per kommun and period, with an item per per-kommun aktivitet of the plan
     * (none for a local plan's measures), its submission and the lights kept beside it; the number
     * of items written. Refuses (the database does) a kommun's second report for a period.
     */
    public long activityReports(List<String> kommuner, List<Period> periods) throws SQLException {
        return write(kommuner, Map.of(), periods);
    }

    /** The reports of {@link #reports} and {@link #activityReports}: items for the measures of a kommun's plan among {@code plans}. */
    private long write(List<String> kommuner, Map<String, SyntheticRiskPlans.KommunPlan> plans, List<Period> periods) throws SQLException {
        long items = 0;
        List<String[]> activities = activities();
        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement report = c.prepareStatement("INSERT INTO progress_report (kommun_code, period_id, status, changed_at) "
                    + "VALUES (?, ?, 'SUBMITTED', NOW())", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement item = c.prepareStatement("INSERT INTO report_item (kommun_code, report_id, position, item_type, "
                            + "item_key, label, status, light, narrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement submission = c.prepareStatement("INSERT INTO report_submission (kommun_code, report_id, number, "
                            + "submitted_by, submitted_at, content) VALUES (?, ?, 1, ?, NOW(), ?)")) {
                for (String kommun : kommuner) {
                    SyntheticRiskPlans.KommunPlan plan = plans.get(kommun);
                    List<SyntheticRiskPlans.Measure> measures = plan == null ? List.of() : plan.measures();
                    for (Period period : periods) {
                        report.setString(1, kommun);
                        report.setLong(2, period.id());
                        report.executeUpdate();
                        long reportId;
                        try (ResultSet key = report.getGeneratedKeys()) {
                            key.next();
                            reportId = key.getLong(1);
                        }
                        JsonArrayBuilder sent = Json.createArrayBuilder();
                        int position = 0;
                        for (int a = 0; a < activities.size(); a++) {
                            String label = cut("Aktivitet " + (a + 1) + ": " + activities.get(a)[1], 600);
                            add(item, sent, kommun, reportId, position++, "REGIONAL_ACTIVITY", activities.get(a)[0], label,
                                    "Arbetet följer planen; nästa steg beskrivs i nätverket (period " + period.code() + ").", Json.createArrayBuilder());
                        }
                        for (SyntheticRiskPlans.Measure measure : measures) {
                            JsonArrayBuilder values = Json.createArrayBuilder();
                            if (measure.firstOfRisk()) {
                                for (SyntheticRiskPlans.Indicator indicator : plan.indicatorsOf(measure.risk())) {
                                    for (String month : months(period.code())) {
                                        values.add(Json.createObjectBuilder().add("id", indicator.id()).add("indicator", indicator.name())
                                                .add("period", month).add("value", SyntheticRiskPlans.sent(plan, indicator, month)));
                                    }
                                }
                            }
                            add(item, sent, kommun, reportId, position++, "RISK_MEASURE", String.valueOf(measure.id()), measure.label(),
                                    "Åtgärden följs upp månadsvis (period " + period.code() + ").", values);
                        }
                        item.executeBatch();
                        items += position;
                        submission.setString(1, kommun);
                        submission.setLong(2, reportId);
                        submission.setString(3, submitter);
                        submission.setString(4, Json.createObjectBuilder().add("period", period.code()).add("items", sent).build().toString());
                        submission.executeUpdate();
                    }
                    c.commit();
                }
            }
            // What the portal keeps beside a submission when a kommun submits (SubmittedLights): the lit items, read by the lägesbild.
            try (Statement lights = c.createStatement()) {
                lights.executeUpdate(SubmittedLights.projection(
                        "NOT EXISTS (SELECT 1 FROM report_submission_light x WHERE x.submission_id = s.id)"));
                c.commit();
            }
        }
        return items;
    }

    private void add(PreparedStatement item, JsonArrayBuilder sent, String kommun, long reportId, int position, String type, String key,
            String label, String narrative, JsonArrayBuilder values) throws SQLException {
        String status = STATUSES[random.nextInt(STATUSES.length)];
        String light = LIGHTS[random.nextInt(LIGHTS.length)];
        item.setString(1, kommun);
        item.setLong(2, reportId);
        item.setInt(3, position);
        item.setString(4, type);
        item.setString(5, key);
        item.setString(6, label);
        item.setString(7, status);
        item.setString(8, light);
        item.setString(9, narrative);
        item.addBatch();
        sent.add(Json.createObjectBuilder().add("type", type).add("key", key).add("label", label).add("status", status).add("light", light)
                .add("narrative", narrative).add("indicators", values));
    }

    /** The four months of a tertial ("2040-T2": 2040-05 … 2040-08). */
    static List<String> months(String tertial) {
        int year = Integer.parseInt(tertial.substring(0, 4));
        int number = Integer.parseInt(tertial.substring(6));
        List<String> months = new ArrayList<>();
        for (int month = (number - 1) * 4 + 1; month <= number * 4; month++) {
            months.add(SyntheticRiskPlans.month(year, month));
        }
        return months;
    }

    /**
     * The per-kommun aktiviteter of the latest version of the regional plan: item key and text, in
     * the plan's order (area, delmål, aktivitet). Read once.
     */
    private List<String[]> activities() throws SQLException {
        if (activities == null) {
            List<String[]> found = new ArrayList<>();
            try (Connection c = TestDatabase.connection(); Statement query = c.createStatement(); ResultSet rows = query.executeQuery(
                    "SELECT a.item_key, a.text FROM activity a JOIN sub_goal s ON s.id = a.sub_goal_id "
                            + "JOIN improvement_area ar ON ar.id = s.area_id JOIN plan_version v ON v.id = ar.version_id "
                            + "WHERE a.per_kommun = TRUE AND v.number = (SELECT MAX(l.number) FROM plan_version l WHERE l.plan_id = v.plan_id) "
                            + "ORDER BY ar.number, s.position, a.position")) {
                while (rows.next()) {
                    found.add(new String[] {rows.getString(1).strip(), rows.getString(2)});
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("The plan has no per-kommun aktiviteter to report on");
            }
            activities = found;
        }
        return activities;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) : text;
    }
}
