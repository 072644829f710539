package se.samverkansportalen.it.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Reporting data written straight into the shared test database, as much of it as a test wants,
 * and taken out again by {@link #remove}: kommuner of its own (free codes from 8001 on), reporting
 * periods of its own (free tertials, see {@link PeriodSlots}), for each of its kommuner (and any other it names) and
 * periods a submitted report with an item per per-kommun aktivitet of the latest plan version and
 * the submission as kept, and a fastställd local plan with a measure per kommun of its own. No
 * personal data: generated phrases. Nothing here is audited: it is test data, not a user's work.
 */
final class ReportingData {

    private static final String[] STATUSES = {"NOT_STARTED", "ONGOING", "DONE", "CANCELLED"};
    private static final String[] LIGHTS = {"GREEN", "YELLOW", "RED"};

    private final Random random = new Random(15);
    private final List<String> kommuner = new ArrayList<>();
    private final List<Long> periods = new ArrayList<>();

    /** The kommuner this data added. */
    List<String> kommuner() {
        return List.copyOf(kommuner);
    }

    /** The periods this data opened, in the order they were opened. */
    List<Long> periods() {
        return List.copyOf(periods);
    }

    /** Adds {@code count} kommuner with codes no kommun has, each with a fastställd local plan; their codes. */
    List<String> addKommuner(int count) throws SQLException {
        Set<String> taken = new HashSet<>(TestDatabase.column("SELECT code FROM kommun"));
        List<String> added = new ArrayList<>();
        try (Connection c = TestDatabase.connection();
                PreparedStatement kommun = c.prepareStatement("INSERT INTO kommun (code, name) VALUES (?, ?)");
                PreparedStatement plan = c.prepareStatement("INSERT INTO local_plan (kommun_code, shape, title, decided_on, decided_by, "
                        + "status, example) VALUES (?, 'MEASURES', ?, '2024-02-01', 'Socialnämnden', 'ADOPTED', FALSE)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement measure = c.prepareStatement("INSERT INTO local_measure (kommun_code, plan_id, number, title) "
                        + "VALUES (?, ?, 1, 'Samverkan kring barnens behov')")) {
            for (int code = 8001; added.size() < count; code++) {
                String candidate = String.valueOf(code);
                if (taken.contains(candidate)) {
                    continue;
                }
                kommun.setString(1, candidate);
                kommun.setString(2, TestRun.unique("Mätkommun"));
                kommun.executeUpdate();
                plan.setString(1, candidate);
                plan.setString(2, TestRun.unique("Lokal plan"));
                plan.executeUpdate();
                try (ResultSet key = plan.getGeneratedKeys()) {
                    key.next();
                    measure.setString(1, candidate);
                    measure.setLong(2, key.getLong(1));
                    measure.executeUpdate();
                }
                added.add(candidate);
            }
        }
        kommuner.addAll(added);
        return added;
    }

    /** {@code count} tertials no one has opened, in time order (not opened yet: see {@link #open}). */
    static List<PeriodSlots.Slot> freeTertials(int count) {
        List<String> taken = new ArrayList<>(TestDatabase.column(PeriodSlots.TAKEN_CODES));
        List<PeriodSlots.Slot> free = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PeriodSlots.Slot slot = PeriodSlots.firstFree("TERTIAL", taken);
            free.add(slot);
            taken.add(slot.code());
        }
        return free;
    }

    /** Opens these periods (open, deadline after their end); their ids. */
    List<Long> open(List<PeriodSlots.Slot> slots) throws SQLException {
        List<Long> added = new ArrayList<>();
        try (Connection c = TestDatabase.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO reporting_period (kind, year, number, deadline, is_open, opened_by, opened_at) "
                        + "VALUES (?, ?, ?, ?, TRUE, 'Mättest', NOW())", Statement.RETURN_GENERATED_KEYS)) {
            for (PeriodSlots.Slot slot : slots) {
                insert.setString(1, slot.kind());
                insert.setInt(2, slot.year());
                insert.setInt(3, slot.number());
                insert.setDate(4, java.sql.Date.valueOf(slot.deadline()));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    added.add(key.getLong(1));
                }
            }
        }
        periods.addAll(added);
        return added;
    }

    /** A per-kommun aktivitet of the latest version of the regional plan, by item key (the status matrix's first column). */
    static String perKommunActivity() {
        return activities().get(0)[0];
    }

    /**
     * A submitted report, with its items and its submission as kept, for each of the kommuner in
     * each of the periods that has none yet.
     */
    void addReports(List<String> reporting, List<Long> in) throws SQLException {
        List<String[]> activities = activities();
        try (Connection c = TestDatabase.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement exists = c.prepareStatement("SELECT COUNT(*) FROM progress_report WHERE kommun_code = ? AND period_id = ?");
                    PreparedStatement report = c.prepareStatement("INSERT INTO progress_report (kommun_code, period_id, status, changed_at) "
                            + "VALUES (?, ?, 'SUBMITTED', NOW())", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement item = c.prepareStatement("INSERT INTO report_item (kommun_code, report_id, position, item_type, "
                            + "item_key, label, status, light, narrative) VALUES (?, ?, ?, 'REGIONAL_ACTIVITY', ?, ?, ?, ?, ?)");
                    PreparedStatement submission = c.prepareStatement("INSERT INTO report_submission (kommun_code, report_id, number, "
                            + "submitted_by, submitted_at, content) VALUES (?, ?, 1, 'Mättest', NOW(), ?)")) {
                for (String kommun : reporting) {
                    for (long period : in) {
                        exists.setString(1, kommun);
                        exists.setLong(2, period);
                        try (ResultSet found = exists.executeQuery()) {
                            found.next();
                            if (found.getInt(1) > 0) {
                                continue;
                            }
                        }
                        report.setString(1, kommun);
                        report.setLong(2, period);
                        report.executeUpdate();
                        long reportId;
                        try (ResultSet key = report.getGeneratedKeys()) {
                            key.next();
                            reportId = key.getLong(1);
                        }
                        StringBuilder content = new StringBuilder("{\"period\":\"\",\"items\":[");
                        for (int a = 0; a < activities.size(); a++) {
                            String status = STATUSES[random.nextInt(STATUSES.length)];
                            String light = LIGHTS[random.nextInt(LIGHTS.length)];
                            item.setString(1, kommun);
                            item.setLong(2, reportId);
                            item.setInt(3, a);
                            item.setString(4, activities.get(a)[0]);
                            item.setString(5, "Aktivitet " + (a + 1));
                            item.setString(6, status);
                            item.setString(7, light);
                            item.setString(8, "Arbetet följer planen.");
                            item.addBatch();
                            content.append(a == 0 ? "" : ",").append("{\"type\":\"REGIONAL_ACTIVITY\",\"key\":\"").append(activities.get(a)[0])
                                    .append("\",\"label\":\"Aktivitet ").append(a + 1).append("\",\"status\":\"").append(status)
                                    .append("\",\"light\":\"").append(light).append("\",\"narrative\":\"Arbetet följer planen.\",\"indicators\":[]}");
                        }
                        item.executeBatch();
                        submission.setString(1, kommun);
                        submission.setLong(2, reportId);
                        submission.setString(3, content.append("]}").toString());
                        submission.executeUpdate();
                    }
                }
            }
            c.commit();
        }
    }

    /**
     * Takes out everything this data added: the reports in its periods and of its kommuner, its
     * kommuner's local plans, its kommuner and its periods.
     */
    void remove() {
        for (long period : periods) {
            deleteReports("period_id = ?", period);
            TestDatabase.update("DELETE FROM reminder_sent WHERE period_id = ?", period);
            TestDatabase.update("DELETE FROM reminder_delivery WHERE period_id = ?", period);
        }
        for (String kommun : kommuner) {
            deleteReports("kommun_code = ?", kommun);
            TestDatabase.update("DELETE FROM reminder_sent WHERE kommun_code = ?", kommun);
            TestDatabase.update("DELETE FROM reminder_delivery WHERE kommun_code = ?", kommun);
            TestDatabase.update("DELETE FROM local_measure WHERE kommun_code = ?", kommun);
            TestDatabase.update("DELETE FROM local_plan WHERE kommun_code = ?", kommun);
            TestDatabase.update("DELETE FROM kommun WHERE code = ?", kommun);
        }
        for (long period : periods) {
            TestDatabase.update("DELETE FROM reporting_period WHERE id = ?", period);
        }
    }

    private static void deleteReports(String where, Object value) {
        String reports = "SELECT id FROM progress_report WHERE " + where;
        for (String id : TestDatabase.column(reports, value)) {
            TestDatabase.update("DELETE FROM report_item WHERE report_id = ?", id);
            TestDatabase.update("DELETE FROM report_submission WHERE report_id = ?", id);
            TestDatabase.update("DELETE FROM report_review_round WHERE report_id = ?", id);
            TestDatabase.update("DELETE FROM report_decision WHERE report_id = ?", id);
            TestDatabase.update("DELETE FROM progress_report WHERE id = ?", id);
        }
    }

    /** The per-kommun aktiviteter of the latest version, in the plan's order: item key and text. */
    private static List<String[]> activities() {
        List<String[]> activities = new ArrayList<>();
        try (Connection c = TestDatabase.connection(); Statement query = c.createStatement(); ResultSet rows = query.executeQuery(
                "SELECT a.item_key, a.text FROM activity a JOIN sub_goal s ON s.id = a.sub_goal_id "
                        + "JOIN improvement_area ar ON ar.id = s.area_id JOIN plan_version v ON v.id = ar.version_id "
                        + "WHERE a.per_kommun = TRUE AND v.number = (SELECT MAX(l.number) FROM plan_version l WHERE l.plan_id = v.plan_id) "
                        + "ORDER BY ar.number, s.position, a.position")) {
            while (rows.next()) {
                activities.add(new String[] {rows.getString(1).strip(), rows.getString(2)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (activities.isEmpty()) {
            throw new IllegalStateException("The regional plan has no per-kommun aktivitet to report on");
        }
        return activities;
    }
}
