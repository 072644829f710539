package se.samverkansportalen.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;

/**
 * A socialsekreterare typed a child's personnummer into a measure's text in 2015, before such
 * text was refused, and later removed it; the audit trail still holds it. The administrator
 * redacts the entry: its values are gone for good, who changed what and when stays, and the
 * redaction says who removed them, when and why. It is done once. The number is synthetic.
 */
class AuditEntryRedactionTest {

    private static final Instant CHANGED = Instant.parse("2015-03-02T09:15:00Z");
    private static final LocalDateTime REDACTED = LocalDateTime.of(2026, 12, 1, 10, 30);

    private AuditEntry entry;

    @BeforeEach
    void anOldChangeHoldingAPersonnummer() {
        entry = new AuditEntry(CHANGED, "socialchef.umea", "Maria Lundgren", "2480", AuditAction.UPDATE,
                AuditItemType.LOCAL_MEASURE, "2480:17", "3. Samtal", "how", "Samtal med 19121212-1212 varje vecka",
                "Samtal varje vecka");
    }

    @Test
    void a_redaction_removes_both_values_and_keeps_who_changed_what_and_when() {
        entry.redact("admin.portal", "Personnummer i fritext", REDACTED);

        assertThat(entry.getOldValue()).isNull();
        assertThat(entry.getNewValue()).isNull();
        assertThat(entry.getOccurredAt()).isEqualTo(CHANGED);
        assertThat(entry.getActorUsername()).isEqualTo("socialchef.umea");
        assertThat(entry.getActorName()).isEqualTo("Maria Lundgren");
        assertThat(entry.getAction()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.getItemType()).isEqualTo(AuditItemType.LOCAL_MEASURE);
        assertThat(entry.getItemKey()).isEqualTo("2480:17");
        assertThat(entry.getField()).isEqualTo("how");
    }

    @Test
    void the_redaction_records_who_when_and_why() {
        assertThat(entry.isRedacted()).isFalse();
        assertThat(entry.getRedactedAt()).isNull();

        entry.redact("admin.portal", "  Personnummer i fritext ", REDACTED);

        assertThat(entry.isRedacted()).isTrue();
        assertThat(entry.getRedactedBy()).isEqualTo("admin.portal");
        assertThat(entry.getRedactionReason()).isEqualTo("Personnummer i fritext");
        assertThat(entry.getRedactedAt()).isEqualTo(REDACTED.toInstant(ZoneOffset.UTC));
    }

    @Test
    void an_entry_is_redacted_once() {
        entry.redact("admin.portal", "Personnummer i fritext", REDACTED);

        assertThatThrownBy(() -> entry.redact("annan.admin", "En gång till", REDACTED.plusDays(1)))
                .isInstanceOf(WrongStateRefusal.class)
                .extracting(e -> ((WrongStateRefusal) e).getMessageKey()).isEqualTo("redaction.error.alreadyRedacted");
        assertThat(entry.getRedactedBy()).isEqualTo("admin.portal");
        assertThat(entry.getRedactionReason()).isEqualTo("Personnummer i fritext");
    }

    @Test
    void a_redaction_needs_a_reason_within_its_length_and_leaves_the_values_when_refused() {
        assertThatThrownBy(() -> entry.redact("admin.portal", "  ", REDACTED)).isInstanceOf(InvalidInputRefusal.class)
                .extracting(e -> ((InvalidInputRefusal) e).getField()).isEqualTo("reason");
        assertThatThrownBy(() -> entry.redact("admin.portal", "x".repeat(AuditEntry.REDACTION_REASON_MAX + 1), REDACTED))
                .isInstanceOf(InvalidInputRefusal.class);

        assertThat(entry.isRedacted()).isFalse();
        assertThat(entry.getOldValue()).isEqualTo("Samtal med 19121212-1212 varje vecka");
    }
}
