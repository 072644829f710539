package se.samverkansportalen.it.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.service.report.SubmittedLights;

/**
 * Synthetic reporting data written straight into the database: tertial periods, and for each
 * kommun and period a submitted report with an item per aktivitet of the current plan and per risk
 * measure of the kommun's synthetic risk plan ({@link SyntheticRiskPlans}): status, traffic light,
 * a short narrative; and the submission as the portal keeps it (the same answers, with the
 * indicator values the first measure of each risk carries for the tertial's four months). Extra
 * kommuner are numbered 9001, 9002, … No personal data: the narratives are generated phrases and
 * the submitter is "Syntetisk rapportör".
 */
final class SyntheticReports {

    private static final String[] STATUSES = {"NOT_STARTED", "ONGOING", "DONE", "CANCELLED"};
    private static final String[] LIGHTS = {"GREEN", "YELLOW", "RED"};

    private final Random random = new Random(2017);
    private List<String[]> activities;
    private int kommunerAdded;

    /** A reporting period as written: its id and code ("2040-T2"). */
    record Period(long id, String code) {
    }

    /** Opens the three tertials of {@code year}; in period order. */
    List<Period> tertials(int year) throws SQLException {
        List<Period> periods = new ArrayList<>();
        try (Connection c = TestDatabase.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO reporting_period (kind, year, number, deadline, is_open, opened_by, opened_at) "
                        + "VALUES ('TERTIAL', ?, ?, ?, TRUE, 'benchmark', NOW())", Statement.RETURN_GENERATED_KEYS)) {
            for (int tertial = 1; tertial <= 3; tertial++) {
                insert.setInt(1, year);
                insert.setInt(2, tertial);
                insert.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.of(year, tertial * 4, 1).plusMonths(1)));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    periods.add(new Period(key.getLong(1), year + "-T" + tertial));
                }
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
    String firstActivityKey() throws SQLException {
        return activities().get(0)[0];
    }

    /**
     * A submitted report per kommun of {@code plans} and period, with its items and its submission;
     * the number of items written.
     */
    long reports(List<SyntheticRiskPlans.KommunPlan> plans, List<Period> periods) throws SQLException {
        long items = 0;
        List<String[]> activities = activities();
        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement report = c.prepareStatement("INSERT INTO progress_report (kommun_code, period_id, status, changed_at) "
                    + "VALUES (?, ?, 'SUBMITTED', NOW())", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement item = c.prepareStatement("INSERT INTO report_item (kommun_code, report_id, position, item_type, "
                            + "item_key, label, status, light, narrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement submission = c.prepareStatement("INSERT INTO report_submission (kommun_code, report_id, number, "
                            + "submitted_by, submitted_at, content) VALUES (?, ?, 1, 'Syntetisk rapportör', NOW(), ?)")) {
                for (SyntheticRiskPlans.KommunPlan plan : plans) {
                    String kommun = plan.kommun();
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
                        for (SyntheticRiskPlans.Measure measure : plan.measures()) {
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
                        submission.setString(3, Json.createObjectBuilder().add("period", period.code()).add("items", sent).build().toString());
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

    /** The per-kommun aktiviteter of the latest plan version: item key and text, in the plan's order. */
    private List<String[]> activities() throws SQLException {
        if (activities == null) {
            List<String[]> found = new ArrayList<>();
            try (Connection c = TestDatabase.connection(); Statement query = c.createStatement(); ResultSet rows = query.executeQuery(
                    "SELECT a.item_key, a.text FROM activity a JOIN sub_goal s ON s.id = a.sub_goal_id "
                            + "JOIN improvement_area ar ON ar.id = s.area_id WHERE a.per_kommun = TRUE "
                            + "AND ar.version_id = (SELECT MAX(id) FROM plan_version) ORDER BY ar.number, s.id, a.position")) {
                while (rows.next()) {
                    found.add(new String[] {rows.getString(1), rows.getString(2)});
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
