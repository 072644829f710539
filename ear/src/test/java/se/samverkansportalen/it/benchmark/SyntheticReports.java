package se.samverkansportalen.it.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Synthetic reporting data written straight into the database: tertial periods, and for each
 * kommun and period a submitted report with an item per aktivitet of the current plan
 * (status, traffic light, a short narrative). Extra kommuner are numbered 9001, 9002, … No
 * personal data: the narratives are generated phrases.
 */
final class SyntheticReports {

    private static final String[] STATUSES = {"NOT_STARTED", "ONGOING", "DONE", "CANCELLED"};
    private static final String[] LIGHTS = {"GREEN", "YELLOW", "RED"};

    private final Random random = new Random(2017);

    /** Opens {@code years} × 3 tertials from {@code firstYear}; their ids in period order. */
    List<Long> tertials(int firstYear, int years) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO reporting_period (kind, year, number, deadline, is_open, opened_by, opened_at) "
                        + "VALUES ('TERTIAL', ?, ?, ?, TRUE, 'benchmark', NOW())", Statement.RETURN_GENERATED_KEYS)) {
            for (int year = firstYear; year < firstYear + years; year++) {
                for (int tertial = 1; tertial <= 3; tertial++) {
                    insert.setInt(1, year);
                    insert.setInt(2, tertial);
                    insert.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.of(year, tertial * 4, 1).plusMonths(1)));
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        ids.add(key.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    /** Adds kommuner 9001… up to {@code count} of them; their codes. */
    List<String> kommuner(int count) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = TestDatabase.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO kommun (code, name) VALUES (?, ?)")) {
            for (int i = 1; i <= count; i++) {
                String code = String.valueOf(9000 + i);
                insert.setString(1, code);
                insert.setString(2, "Syntetisk kommun " + i);
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

    /** A submitted report per kommun and period, with an item per per-kommun aktivitet; the number of items written. */
    long reports(List<String> kommuner, List<Long> periods) throws SQLException {
        long items = 0;
        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            List<String[]> activities = new ArrayList<>();
            try (Statement query = c.createStatement(); ResultSet rows = query.executeQuery(
                    "SELECT a.item_key, a.text FROM activity a JOIN sub_goal s ON s.id = a.sub_goal_id "
                            + "JOIN improvement_area ar ON ar.id = s.area_id WHERE a.per_kommun = TRUE "
                            + "AND ar.version_id = (SELECT MAX(id) FROM plan_version)")) {
                while (rows.next()) {
                    activities.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            try (PreparedStatement report = c.prepareStatement("INSERT INTO progress_report (kommun_code, period_id, status, changed_at) "
                    + "VALUES (?, ?, 'SUBMITTED', NOW())", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement item = c.prepareStatement("INSERT INTO report_item (kommun_code, report_id, position, item_type, "
                            + "item_key, label, status, light, narrative) VALUES (?, ?, ?, 'REGIONAL_ACTIVITY', ?, ?, ?, ?, ?)")) {
                for (String kommun : kommuner) {
                    for (long period : periods) {
                        report.setString(1, kommun);
                        report.setLong(2, period);
                        report.executeUpdate();
                        long reportId;
                        try (ResultSet key = report.getGeneratedKeys()) {
                            key.next();
                            reportId = key.getLong(1);
                        }
                        for (int a = 0; a < activities.size(); a++) {
                            item.setString(1, kommun);
                            item.setLong(2, reportId);
                            item.setInt(3, a);
                            item.setString(4, activities.get(a)[0]);
                            String label = "Aktivitet " + (a + 1) + ": " + activities.get(a)[1];
                            item.setString(5, label.length() > 600 ? label.substring(0, 599) : label);
                            item.setString(6, STATUSES[random.nextInt(STATUSES.length)]);
                            item.setString(7, LIGHTS[random.nextInt(LIGHTS.length)]);
                            item.setString(8, "Arbetet följer planen; nästa steg beskrivs i nätverket (period " + period + ").");
                            item.addBatch();
                            items++;
                        }
                        item.executeBatch();
                    }
                    c.commit();
                }
            }
        }
        return items;
    }
}
