package se.samverkansportalen.it.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * One month's report is due in three days and another month's is late (two months no one has
 * opened yet in this database, given those deadlines). Storuman has sent neither and its
 * socialchef gets one reminder of each; Umeå has sent the one due soon and gets only the late one;
 * Skellefteå's socialchef has turned reminders off and gets nothing. Sending again sends nothing
 * twice. The mail goes through WildFly's mail session to a real SMTP server (GreenMail) and the
 * editors' addresses come from Keycloak. The test closes its periods and turns Skellefteå's
 * reminders on again when it ends.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderMailIT {

    private static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("test.smtp.port", 3125), "127.0.0.1", "smtp");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private final PortalApi region = PortalApi.as("samordnare");

    @Test
    void storuman_is_reminded_before_and_after_the_deadline_umea_only_of_the_late_report_and_skelleftea_not_at_all()
            throws MessagingException, java.io.IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        PeriodSlots.Slot dueSoonSlot = TestDatabase.freePeriod("MONTH");
        String dueSoon = open(dueSoonSlot, today.plusDays(3));
        PeriodSlots.Slot lateSlot = TestDatabase.freePeriod("MONTH");
        String late = open(lateSlot, today.minusDays(1));
        String dueSoonCode = dueSoonSlot.code();
        String lateCode = lateSlot.code();
        try {
            remindAndCheck(today, dueSoon, late, dueSoonCode, lateCode);
        } finally {
            PortalApi.as("socialchef.skelleftea").put("installningar/paminnelser",
                    Json.createObjectBuilder().add("remindersEnabled", true).build());
            Periods.close(dueSoon);
            Periods.close(late);
        }
    }

    private void remindAndCheck(LocalDate today, String dueSoon, String late, String dueSoonCode, String lateCode)
            throws MessagingException, java.io.IOException {
        PortalApi umea = PortalApi.as("socialchef.umea");
        JsonObject umeaReport = umea.get("rapporter/" + dueSoon).object();
        assertThat(umea.post("rapporter/" + dueSoon + "/inskickning", Json.createObjectBuilder()
                .add("lockVersion", umeaReport.getInt("lockVersion")).add("items", Json.createArrayBuilder()).build()).status())
                .isEqualTo(200);
        PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
        assertThat(skelleftea.put("installningar/paminnelser", Json.createObjectBuilder().add("remindersEnabled", false).build())
                .object().getBoolean("remindersEnabled")).isFalse();
        assertThat(umea.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT).status()).as("only coordinators send").isEqualTo(403);

        Answer sent = region.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        List<MimeMessage> storuman = to("eva.sjodin@storuman.example", dueSoonCode, lateCode);
        assertThat(subjects(storuman)).containsExactlyInAnyOrder(
                "Påminnelse: rapporten för " + dueSoonCode + " ska vara inskickad senast " + swedish(today.plusDays(3)),
                "Försenad rapport: Storuman, " + lateCode);
        MimeMessage reminder = storuman.stream().filter(m -> subject(m).startsWith("Påminnelse")).findFirst().orElseThrow();
        assertThat((String) reminder.getContent()).as("the text, decoded").contains("Hej Eva Sj")
                .contains("Storuman kommuns rapport för perioden " + dueSoonCode).contains("(om 3 dagar)")
                .contains("/rapport/rapport.xhtml?period=" + dueSoon).contains("/installningar.xhtml");
        assertThat(subjects(to("maria.lundgren@umea.example", dueSoonCode, lateCode))).as("Umeå sent the report due soon")
                .containsExactly("Försenad rapport: Umeå, " + lateCode);
        assertThat(to("johan.nystrom@skelleftea.example", dueSoonCode, lateCode)).as("Skellefteå turned reminders off").isEmpty();
        assertThat(to("karin.forsberg@fou-valfard.example", dueSoonCode, lateCode)).as("only kommun editors").isEmpty();

        int before = smtp.getReceivedMessages().length;
        assertThat(region.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT).array()).as("nothing is due twice").isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(TestDatabase.column("SELECT kind FROM reminder_sent WHERE kommun_code = '2421' AND period_id IN (?, ?) ORDER BY kind",
                Long.parseLong(dueSoon), Long.parseLong(late))).containsExactly("BEFORE", "LATE");
    }

    /**
     * Twenty presses of "Skicka påminnelser nu" at the same moment, on a month due in two days and
     * one already late: every answer is 200 (none a deadlock), and every editor gets exactly one
     * reminder of each kind (GreenMail counts them), however the runs overlapped.
     */
    @Test
    void twenty_presses_at_once_send_each_editor_each_reminder_exactly_once() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        PeriodSlots.Slot dueSoonSlot = TestDatabase.freePeriod("MONTH");
        String dueSoon = open(dueSoonSlot, today.plusDays(2));
        PeriodSlots.Slot lateSlot = TestDatabase.freePeriod("MONTH");
        String late = open(lateSlot, today.minusDays(2));
        PortalApi.as("socialchef.skelleftea").put("installningar/paminnelser", Json.createObjectBuilder().add("remindersEnabled", true).build());
        try {
            int presses = 20;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(presses);
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(presses);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            // One login for all presses: twenty logins in a row of the same user can meet Keycloak's brute-force guard.
            List<java.util.concurrent.Future<Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < presses; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return region.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT);
                }));
            }
            ready.await();
            go.countDown();
            java.util.Map<String, Integer> reported = new java.util.HashMap<>();
            for (java.util.concurrent.Future<Answer> future : answers) {
                Answer answer = future.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                for (JsonObject sent : answer.array().getValuesAs(JsonObject.class)) {
                    if (sent.getString("periodCode").equals(dueSoonSlot.code()) || sent.getString("periodCode").equals(lateSlot.code())) {
                        for (var to : sent.getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class)) {
                            reported.merge(sent.getString("kind") + " " + to.getString(), 1, Integer::sum);
                        }
                    }
                }
            }
            pool.shutdown();

            java.util.Map<String, Integer> received = new java.util.HashMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                String subject = subject(m);
                String kind = subject.contains(dueSoonSlot.code()) ? "BEFORE" : subject.contains(lateSlot.code()) ? "LATE" : null;
                if (kind != null) {
                    for (var address : m.getRecipients(Message.RecipientType.TO)) {
                        received.merge(kind + " " + ((jakarta.mail.internet.InternetAddress) address).getAddress(), 1, Integer::sum);
                    }
                }
            }
            assertThat(received).as("mails per kind and editor").containsKeys("BEFORE eva.sjodin@storuman.example",
                    "LATE eva.sjodin@storuman.example", "BEFORE maria.lundgren@umea.example", "LATE maria.lundgren@umea.example",
                    "BEFORE johan.nystrom@skelleftea.example", "LATE johan.nystrom@skelleftea.example");
            assertThat(received.values()).as("exactly one each: " + received).containsOnly(1);
            assertThat(reported).as("the answers name each mail once, as sent").isEqualTo(received);
            assertThat(TestDatabase.column("SELECT COUNT(*) FROM reminder_delivery WHERE period_id IN (?, ?) AND sent_at IS NULL",
                    Long.parseLong(dueSoon), Long.parseLong(late))).containsExactly("0");
        } finally {
            Periods.close(dueSoon);
            Periods.close(late);
        }
    }

    /**
     * Storuman sends its report; LBU asks for komplettering and Storuman's editor is told by mail;
     * she turns those mails off, and the second request tells her nothing; LBU marks the next
     * submission granskad and she is told that. Her choices are put back at the end.
     */
    @Test
    void storuman_is_told_of_komplettering_until_she_turns_it_off_and_of_the_granskad_report() throws MessagingException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        String period = open(slot, today.plusDays(40));
        PortalApi storuman = PortalApi.as("socialchef.storuman");
        PortalApi lbu = PortalApi.as("granskare.lbu");
        try {
            submit(storuman, period);
            Answer asked = lbu.post("granskning/" + period + "/2421/komplettering", Json.createObjectBuilder()
                    .add("comment", "Beskriv läget för aktivitet 1").add("itemIds", Json.createArrayBuilder()).build());
            assertThat(asked.status()).as(asked.body()).isEqualTo(200);
            List<MimeMessage> told = to("eva.sjodin@storuman.example", slot.code());
            assertThat(subjects(told)).containsExactly("Komplettering begärd: Storumans rapport för " + slot.code());

            Answer off = storuman.put("installningar/paminnelser", Json.createObjectBuilder().add("remindersEnabled", true)
                    .add("completionMailsEnabled", false).build());
            assertThat(off.status()).as(off.body()).isEqualTo(200);
            assertThat(off.object().getBoolean("completionMailsEnabled")).isFalse();
            assertThat(off.object().getBoolean("reviewedMailsEnabled")).as("left as it was").isTrue();
            submit(storuman, period);
            assertThat(lbu.post("granskning/" + period + "/2421/komplettering", Json.createObjectBuilder()
                    .add("comment", "Och aktivitet 2").add("itemIds", Json.createArrayBuilder()).build()).status()).isEqualTo(200);
            assertThat(to("eva.sjodin@storuman.example", slot.code())).as("turned off: no second mail").hasSize(1);

            submit(storuman, period);
            assertThat(lbu.post("granskning/" + period + "/2421/granskad", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
            assertThat(subjects(to("eva.sjodin@storuman.example", slot.code()))).containsExactly(
                    "Komplettering begärd: Storumans rapport för " + slot.code(), "Rapporten är granskad: Storuman, " + slot.code());
            MimeMessage reviewed = to("eva.sjodin@storuman.example", slot.code()).get(1);
            assertThat(body(reviewed)).contains("Hej Eva Sj").contains("/rapport/rapport.xhtml?period=" + period).contains("/installningar.xhtml");
            assertThat(to("maria.lundgren@umea.example", slot.code())).as("only Storuman's editors").isEmpty();
        } finally {
            storuman.put("installningar/paminnelser", Json.createObjectBuilder().add("remindersEnabled", true)
                    .add("completionMailsEnabled", true).add("reviewedMailsEnabled", true).build());
            Periods.close(period);
        }
    }

    private static void submit(PortalApi kommun, String period) {
        JsonObject report = kommun.get("rapporter/" + period).object();
        Answer sent = kommun.post("rapporter/" + period + "/inskickning", Json.createObjectBuilder()
                .add("lockVersion", report.getInt("lockVersion")).add("items", Json.createArrayBuilder()).build());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the slot's month with the given deadline (any day after the month's start). */
    private String open(PeriodSlots.Slot month, LocalDate deadline) {
        Answer opened = region.post("rapportperioder", Json.createObjectBuilder().add("kind", "MONTH").add("year", month.year())
                .add("number", month.number()).add("deadline", deadline.toString()).build());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return String.valueOf(opened.object().getJsonNumber("id").longValue());
    }

    /** The messages to an address about either of this test's periods. */
    private static List<MimeMessage> to(String address, String... periods) throws MessagingException {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            boolean toAddress = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            if (toAddress && Arrays.stream(periods).anyMatch(p -> subject(m).contains(p))) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(ReminderMailIT::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String swedish(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE")).format(date);
    }
}
