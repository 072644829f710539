package se.samverkansportalen.it.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samverkansportalen.it.benchmark.SyntheticReports;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * Reporting data written straight into the shared test database, as much of it as a test wants,
 * and taken out again by {@link #remove}: kommuner of its own (free codes from 8001 on), reporting
 * periods of its own (free tertials, see {@link PeriodSlots}), for each of its kommuner (and any other it names) and
 * periods a submitted report with an item per per-kommun aktivitet of the latest plan version, the
 * submission and its lights as kept (written as the benchmark writes them: {@link SyntheticReports}),
 * and a fastställd local plan with a measure per kommun of its own. No personal data: generated
 * phrases. Nothing here is audited: it is test data, not a user's work.
 */
final class ReportingData {

    private static final String WRITER = "Mättest";

    private final SyntheticReports reports = new SyntheticReports(15, WRITER);
    private final List<String> kommuner = new ArrayList<>();
    private final List<SyntheticReports.Period> periods = new ArrayList<>();

    /** The kommuner this data added. */
    List<String> kommuner() {
        return List.copyOf(kommuner);
    }

    /** The ids of the periods this data opened, in the order they were opened. */
    List<Long> periods() {
        return periods.stream().map(SyntheticReports.Period::id).toList();
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
        try (Connection c = TestDatabase.connection()) {
            for (PeriodSlots.Slot slot : slots) {
                SyntheticReports.Period period = SyntheticReports.open(c, slot, slot.deadline(), WRITER);
                periods.add(period);
                added.add(period.id());
            }
        }
        return added;
    }

    /** A per-kommun aktivitet of the latest version of the regional plan, by item key (the status matrix's first column). */
    String perKommunActivity() throws SQLException {
        return reports.firstActivityKey();
    }

    /**
     * A submitted report, with its items, its submission and its lights as kept, for each of the
     * kommuner in each of the periods (of those this data opened) that has none yet.
     */
    void addReports(List<String> reporting, List<Long> in) throws SQLException {
        for (SyntheticReports.Period period : periods) {
            if (in.contains(period.id())) {
                Set<String> reported = new HashSet<>(TestDatabase.column("SELECT kommun_code FROM progress_report WHERE period_id = ?",
                        period.id()));
                reports.activityReports(reporting.stream().filter(k -> !reported.contains(k)).toList(), List.of(period));
            }
        }
    }

    /**
     * Takes out everything this data added: the reports in its periods and of its kommuner, its
     * kommuner's local plans, its kommuner and its periods.
     */
    void remove() {
        for (long period : periods()) {
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
        for (long period : periods()) {
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
}
