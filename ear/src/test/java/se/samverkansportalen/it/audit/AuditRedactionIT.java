package se.samverkansportalen.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.validation.PersonalIdentityNumbers;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * In 2015, before free text with a personnummer was refused, Umeå's socialchef typed a child's
 * personnummer into a measure's Hur and later removed it; the audit trail still holds it. The
 * portal administrator finds the entry with the number masked (the full number never leaves the
 * server), removes its values with a reason, and the removal is itself in the trail; an entry is
 * removed once. A socialchef may do neither, and a reason holding a personnummer is refused. Real
 * Keycloak tokens through the API; the old entry is written with SQL, as data from before the rule.
 * The number is synthetic (it passes the control digit).
 */
@ExtendWith(ArquillianExtension.class)
class AuditRedactionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static final String NUMBER = "19121212-1212";
    private static final String FINDINGS = "admin/personuppgifter-i-historiken";

    private final PortalApi admin = PortalApi.as("admin.portal");

    @Test
    void the_administrator_finds_an_old_personnummer_masked_removes_it_with_a_reason_and_the_removal_is_audited() {
        long entry = oldEntryHolding("Samtal med barnet " + NUMBER + " varje vecka", "Samtal varje vecka");

        Answer listed = admin.get(FINDINGS);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).as("the full number never leaves the server").doesNotContain(NUMBER).doesNotContain("191212121212");
        JsonObject finding = finding(listed, entry);
        assertThat(finding.getString("before")).isEqualTo("Samtal med barnet 19121212-XXXX varje vecka");
        assertThat(finding.getString("after")).isEqualTo("Samtal varje vecka");
        assertThat(finding.getString("who")).isEqualTo("Maria Lundgren");
        assertThat(finding.getString("field")).isEqualTo("how");
        assertThat(finding.getBoolean("personalData")).isTrue();
        assertThat(finding.getBoolean("redacted")).isFalse();
        assertThat(listed.array().getValuesAs(JsonObject.class)).allSatisfy(f -> assertThat(
                PersonalIdentityNumbers.containsIn(f.getString("before", null)) || PersonalIdentityNumbers.containsIn(f.getString("after", null)))
                .as("finding %s shows no number", f.get("id")).isFalse());

        Answer redacted = redact(admin, entry, "Personnummer i fritext från före regeln");
        assertThat(redacted.status()).as(redacted.body()).isEqualTo(204);

        assertThat(row(entry, "old_value", "new_value")).containsExactly(null, null);
        assertThat(row(entry, "actor_username", "action", "item_label", "field", "DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i')"))
                .as("who changed what and when is kept")
                .containsExactly("socialchef.umea", "UPDATE", "Åtgärd Samtal", "how", "2015-03-02 09:15");
        assertThat(row(entry, "redacted_by", "redaction_reason")).containsExactly("admin.portal", "Personnummer i fritext från före regeln");
        assertThat(row(entry, "redacted_at IS NOT NULL")).containsExactly("1");
        assertThat(TestDatabase.column("SELECT CONCAT_WS(' | ', actor_username, actor_name, field, COALESCE(old_value, '-'), new_value) "
                + "FROM audit_entry WHERE action = 'REDACT' AND item_type = 'AUDIT_ENTRY' AND item_key = ?", String.valueOf(entry)))
                .as("the removal is itself in the trail, with no copy of the values")
                .containsExactly("admin.portal | Portal Administratör | values | - | Personnummer i fritext från före regeln");

        assertThat(admin.get(FINDINGS).array().getValuesAs(JsonObject.class))
                .noneMatch(f -> f.getJsonNumber("id").longValue() == entry);
        Answer again = redact(admin, entry, "En gång till");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.object().getString("error")).isEqualTo("redaction.error.alreadyRedacted");
        assertThat(row(entry, "redaction_reason")).containsExactly("Personnummer i fritext från före regeln");
    }

    @Test
    void a_socialchef_may_neither_list_nor_remove_and_the_entry_stays_as_it_was() {
        long entry = oldEntryHolding("Barnet " + NUMBER + " har fått stöd", null);
        PortalApi umea = PortalApi.as("socialchef.umea");

        Answer listed = umea.get(FINDINGS);
        Answer removed = redact(umea, entry, "Försöker rensa");

        assertThat(listed.status()).as(listed.body()).isEqualTo(403);
        assertThat(listed.body()).doesNotContain("19121212");
        assertThat(removed.status()).as(removed.body()).isEqualTo(403);
        assertThat(row(entry, "old_value IS NOT NULL", "redacted_at IS NULL")).containsExactly("1", "1");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE action = 'REDACT' AND item_key = ?",
                String.valueOf(entry))).containsExactly("0");

        assertThat(redact(admin, entry, "Testdata").status()).as("the test removes its own number").isEqualTo(204);
    }

    @Test
    void a_reason_holding_a_personnummer_a_missing_reason_and_an_unknown_entry_are_refused() {
        long entry = oldEntryHolding(null, "Gäller 12 12 12-1212");

        Answer withNumber = redact(admin, entry, "Barnet 121212-1212 nämndes");
        assertThat(withNumber.status()).as(withNumber.body()).isEqualTo(400);
        assertThat(withNumber.object().getString("error")).isEqualTo("input.personalData");
        assertThat(withNumber.object().getString("field")).isEqualTo("reason");
        assertThat(withNumber.body()).doesNotContain("1212-1212");
        Answer noBody = admin.postText("admin/historik/" + entry + "/rensning", "");
        assertThat(noBody.status()).as(noBody.body()).isEqualTo(400);
        assertThat(noBody.object().getString("error")).isEqualTo("api.error.bodyRequired");
        Answer blank = redact(admin, entry, "  ");
        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
        assertThat(blank.object().getString("error")).isEqualTo("input.required");
        Answer unknown = redact(admin, Long.MAX_VALUE, "Finns inte");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.object().getString("error")).isEqualTo("redaction.error.notFound");

        assertThat(row(entry, "new_value IS NOT NULL", "redacted_at IS NULL")).containsExactly("1", "1");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE action = 'REDACT' AND item_key = ?",
                String.valueOf(entry))).containsExactly("0");

        assertThat(redact(admin, entry, "Testdata").status()).as("the test removes its own number").isEqualTo(204);
    }

    private static Answer redact(PortalApi who, long entry, String reason) {
        return who.post("admin/historik/" + entry + "/rensning", Json.createObjectBuilder().add("reason", reason).build());
    }

    private static JsonObject finding(Answer listed, long entry) {
        return listed.array().getValuesAs(JsonObject.class).stream().filter(f -> f.getJsonNumber("id").longValue() == entry)
                .findFirst().orElseThrow(() -> new AssertionError("entry " + entry + " is not among the findings: " + listed.body()));
    }

    /** Some columns of one audit entry, as text (null for NULL). */
    private static List<String> row(long entry, String... columns) {
        String sql = "SELECT " + String.join(", ", columns) + " FROM audit_entry WHERE id = ?";
        try (Connection c = TestDatabase.connection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, entry);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("audit entry %s exists", entry).isTrue();
                String[] values = new String[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = rows.getString(i + 1);
                }
                return Arrays.asList(values);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An audit entry from before personnummer were refused, with its own item key. */
    private static long oldEntryHolding(String oldValue, String newValue) {
        return TestDatabase.oldAuditEntry("2480:redaction-" + UUID.randomUUID(), oldValue, newValue);
    }
}
