package se.samverkansportalen.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The test database read directly, as a DBA would check it, for tests that run outside the server. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The JDBC URL of the database the portal under test uses. */
    public static String url() {
        return System.getenv().getOrDefault("SAMVERKAN_DB_URL", "jdbc:mariadb://127.0.0.1:3308/samverkan_test");
    }

    /** A connection to the database the portal under test uses (the caller closes it). */
    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(url(), System.getenv().getOrDefault("SAMVERKAN_DB_USER", "samverkan"),
                System.getenv().getOrDefault("SAMVERKAN_DB_PASSWORD", "samverkan"));
    }

    /** The values of one column for the rows a query finds. */
    public static List<String> column(String sql, Object... parameters) {
        try (Connection c = connection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs one SQL statement that changes rows, for a test's cleanup of what only it made; gives
     * how many rows it changed.
     */
    public static int update(String sql, Object... parameters) {
        try (Connection c = connection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A kommun's stored narrative of the first item of its report for a period; null when no report is stored. */
    public static String firstItemNarrative(long periodId, String kommunCode) {
        List<String> stored = column("SELECT i.narrative FROM report_item i JOIN progress_report r ON r.id = i.report_id "
                + "WHERE r.period_id = ? AND r.kommun_code = ? ORDER BY i.position LIMIT 1", periodId, kommunCode);
        return stored.isEmpty() ? null : stored.get(0);
    }

    /** The first tertial or month ("TERTIAL", "MONTH") that no one has opened in this database. */
    public static PeriodSlots.Slot freePeriod(String kind) {
        return PeriodSlots.firstFree(kind, column(PeriodSlots.TAKEN_CODES));
    }

    /**
     * The number of rows in all the portal's tables together (Liquibase's own excluded): a request
     * that stored nothing leaves it unchanged. One statement, so it can be asked before and after
     * every request of a fuzz run.
     */
    public static long rowCountOfEveryTable() {
        try (Connection c = connection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'DATABASECHANGELOG%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            String sum = String.join(" + ", tables.stream().map(t -> "(SELECT COUNT(*) FROM `" + t + "`)").toList());
            try (ResultSet rows = c.createStatement().executeQuery("SELECT " + sum)) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes an audit entry as the portal wrote them before free text with a personnummer was
     * refused (with SQL, as such old data is): in 2015, Umeå's socialchef changed a measure's Hur.
     * The item key is the caller's, so that no other test's entries mix in. Gives the entry's id.
     */
    public static long oldAuditEntry(String itemKey, String oldValue, String newValue) {
        String sql = "INSERT INTO audit_entry (occurred_at, actor_username, actor_name, actor_kommun, action, item_type, "
                + "item_key, item_label, field, old_value, new_value) "
                + "VALUES ('2015-03-02 09:15:00', 'socialchef.umea', 'Maria Lundgren', '2480', 'UPDATE', 'LOCAL_MEASURE', ?, "
                + "'Åtgärd Samtal', 'how', ?, ?)";
        try (Connection c = connection(); PreparedStatement insert = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, itemKey);
            insert.setString(2, oldValue);
            insert.setString(3, newValue);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
