package se.samverkansportalen.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.reminder.ReminderDelivery;
import se.samverkansportalen.domain.reminder.ReminderSent;

/** The Message-ID a reminder delivery is sent with: one per delivery, the same at every attempt. */
class ReminderMessageIdTest {

    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 30, 7, 0, 0, 123_000_000);

    @Test
    void theIdComesFromTheDeliveryItsTimeAndThePortalsHost() {
        String id = ReminderDeliveries.messageId(42, WRITTEN, "https://portal.region.example/samverkansportalen");
        assertThat(id).isEqualTo("<reminder.42.1796022000123@portal.region.example>");
        assertThat(ReminderDeliveries.messageId(42, WRITTEN, "https://portal.region.example/samverkansportalen")).as("stable").isEqualTo(id);
        assertThat(ReminderDeliveries.messageId(43, WRITTEN, "https://portal.region.example/")).as("another delivery").isNotEqualTo(id);
        assertThat(ReminderDeliveries.messageId(42, WRITTEN.plusNanos(1_000_000), "https://portal.region.example/"))
                .as("the same id in a database started afresh").isNotEqualTo(id);
        assertThat(ReminderDeliveries.messageId(42, WRITTEN, "not a url with spaces")).endsWith("@samverkansportalen.invalid>");
        assertThat(ReminderDeliveries.messageId(42, WRITTEN, "")).endsWith("@samverkansportalen.invalid>");
    }

    @Test
    void aDeliveryKeepsItsFirstMessageIdAndAFailedSendClearsAnUnconfirmedMark() {
        ReminderDelivery delivery = new ReminderDelivery(1, "2421", ReminderSent.Kind.BEFORE, "", "socialchef.storuman",
                "eva.sjodin@storuman.example", "Eva Sjödin", WRITTEN);
        delivery.fixMessageId("<reminder.1.1@a>");
        delivery.failed();
        delivery.fixMessageId("<reminder.1.1@b>");
        assertThat(delivery.getMessageId()).as("a retry sends the first id").isEqualTo("<reminder.1.1@a>");
        assertThat(delivery.getAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> delivery.fixMessageId(" ")).isInstanceOf(IllegalArgumentException.class);
        delivery.sent(WRITTEN.plusMinutes(1));
        assertThat(delivery.getSentAt()).isNotNull();
        assertThat(delivery.getUnconfirmedAt()).isNull();
    }
}
