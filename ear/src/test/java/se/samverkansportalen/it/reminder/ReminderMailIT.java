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
import se.samverkansportalen.it.support.ServerMetrics;
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

        double countedBefore = ServerMetrics.value("samverkan_reminders_sent_total");
        int receivedBefore = smtp.getReceivedMessages().length;
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
        assertThat(ServerMetrics.value("samverkan_reminders_sent_total") - countedBefore).as("the mails counted in /metrics")
                .isEqualTo((double) (smtp.getReceivedMessages().length - receivedBefore)).isPositive();

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
     * submission granskad and she is told that. Then she turns the granskad mails off too: LBU marks
     * the next month's report granskad and she gets no mail of it, now or from a later run (none is
     * kept for her). She starts with every mail on; her choices are put back as found at the end.
     */
    @Test
    void storuman_is_told_of_komplettering_and_of_a_granskad_report_until_she_turns_each_off() throws MessagingException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        String period = open(slot, today.plusDays(40));
        PeriodSlots.Slot nextSlot = TestDatabase.freePeriod("MONTH");
        String next = open(nextSlot, today.plusDays(40));
        PortalApi storuman = PortalApi.as("socialchef.storuman");
        PortalApi lbu = PortalApi.as("granskare.lbu");
        JsonObject found = storuman.get("installningar/paminnelser").object();
        try {
            Answer on = storuman.put("installningar/paminnelser", Json.createObjectBuilder().add("remindersEnabled", true)
                    .add("completionMailsEnabled", true).add("reviewedMailsEnabled", true).build());
            assertThat(on.status()).as(on.body()).isEqualTo(200);
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

            Answer quiet = storuman.put("installningar/paminnelser", Json.createObjectBuilder().add("remindersEnabled", true)
                    .add("reviewedMailsEnabled", false).build());
            assertThat(quiet.status()).as(quiet.body()).isEqualTo(200);
            assertThat(quiet.object().getBoolean("reviewedMailsEnabled")).isFalse();
            assertThat(quiet.object().getBoolean("completionMailsEnabled")).as("still off, as she left it").isFalse();
            assertThat(storuman.get("installningar/paminnelser").object().getBoolean("reviewedMailsEnabled")).as("kept").isFalse();
            submit(storuman, next);
            Answer reviewedQuietly = lbu.post("granskning/" + next + "/2421/granskad", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(reviewedQuietly.status()).as(reviewedQuietly.body()).isEqualTo(200);
            assertThat(lbu.get("granskning/" + next + "/2421").object().getString("status")).isEqualTo("REVIEWED");
            assertThat(to("eva.sjodin@storuman.example", nextSlot.code())).as("granskad mails turned off: no mail").isEmpty();
            assertThat(TestDatabase.column("SELECT COUNT(*) FROM reminder_delivery WHERE period_id = ? AND kind = 'REVIEWED'"
                    + " AND username = 'socialchef.storuman'", Long.parseLong(next))).as("nor one kept for a later run").containsExactly("0");
            assertThat(to("eva.sjodin@storuman.example", slot.code())).as("the earlier month's two mails, no more").hasSize(2);
        } finally {
            storuman.put("installningar/paminnelser", Json.createObjectBuilder()
                    .add("remindersEnabled", found.getBoolean("remindersEnabled"))
                    .add("completionMailsEnabled", found.getBoolean("completionMailsEnabled"))
                    .add("reviewedMailsEnabled", found.getBoolean("reviewedMailsEnabled")).build());
            Periods.close(period);
            Periods.close(next);
        }
    }

    /**
     * The server was killed between handing a mail to the SMTP server and recording it as sent:
     * Storuman's editor has the mail (its Message-ID as the delivery recorded it at its claim), the
     * delivery is still claimed, eleven minutes ago, with no outcome. The next run does not send it
     * again (she keeps one mail) but marks it unconfirmed; a claim taken a minute ago (another node
     * sending now) is left alone. Before the change the run took the stale claim and mailed her twice.
     */
    @Test
    void a_mail_sent_just_before_the_server_died_is_not_sent_again() throws Exception {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        String period = open(slot, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(40));
        java.time.LocalDateTime now = java.time.LocalDateTime.now(ZoneId.of("Europe/Stockholm"));
        String messageId = "<reminder.crash" + System.nanoTime() + "@it.samverkansportalen.example>";
        try {
            plant(period, "REVIEWED", "", now.minusMinutes(11), messageId);
            plant(period, "COMPLETION", "round 1", now.minusMinutes(1), null);
            deliverDirectly(messageId, "eva.sjodin@storuman.example", "Rapporten är granskad: Storuman, " + slot.code());
            assertThat(to("eva.sjodin@storuman.example", slot.code())).as("the mail the dead server sent").hasSize(1);

            for (int press = 0; press < 2; press++) {
                Answer run = region.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT);
                assertThat(run.status()).as(run.body()).isEqualTo(200);
                List<MimeMessage> mails = to("eva.sjodin@storuman.example", slot.code());
                assertThat(mails).as("still the one mail after run " + (press + 1)).hasSize(1);
                assertThat(mails.get(0).getMessageID()).isEqualTo(messageId);
            }
            assertThat(TestDatabase.column("SELECT CONCAT(kind, ' sent=', sent_at IS NOT NULL, ' unconfirmed=', unconfirmed_at IS NOT NULL)"
                    + " FROM reminder_delivery WHERE period_id = ? ORDER BY kind", Long.parseLong(period)))
                    .containsExactly("COMPLETION sent=0 unconfirmed=0", "REVIEWED sent=0 unconfirmed=1");
        } finally {
            Periods.close(period);
        }
    }

    /**
     * The SMTP server is down when the reminders of a month due in two days go out: the run answers
     * as usual, sends nothing, and keeps each delivery (released, one attempt, its Message-ID
     * fixed). The next run, with the server back, sends each editor the reminder once, with that
     * Message-ID; a third run sends nothing more.
     */
    @Test
    void a_send_the_smtp_server_refused_goes_out_once_later_with_the_same_message_id() throws Exception {
        PeriodSlots.Slot slot = TestDatabase.freePeriod("MONTH");
        String period = open(slot, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(2));
        long periodId = Long.parseLong(period);
        try {
            smtp.stop();
            try {
                Answer refused = region.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT);
                assertThat(refused.status()).as(refused.body()).isEqualTo(200);
                assertThat(refused.array().getValuesAs(JsonObject.class)).as("nothing about this month was sent")
                        .noneMatch(sent -> sent.getString("periodCode").equals(slot.code()));
            } finally {
                smtp = new GreenMail(SMTP);
                smtp.start();
            }
            assertThat(TestDatabase.column("SELECT CONCAT(sent_at IS NULL, claimed_at IS NULL, attempts > 0, message_id IS NOT NULL)"
                    + " FROM reminder_delivery WHERE period_id = ? AND username = 'socialchef.storuman'", periodId))
                    .as("kept for a later run: unsent, released, tried, its Message-ID fixed").containsExactly("1111");
            String messageId = TestDatabase.column("SELECT message_id FROM reminder_delivery WHERE period_id = ?"
                    + " AND username = 'socialchef.storuman'", periodId).get(0);

            Answer later = region.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(later.status()).as(later.body()).isEqualTo(200);
            List<MimeMessage> mails = to("eva.sjodin@storuman.example", slot.code());
            assertThat(subjects(mails)).containsExactly("Påminnelse: rapporten för " + slot.code() + " ska vara inskickad senast "
                    + swedish(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(2)));
            assertThat(mails.get(0).getMessageID()).as("the id fixed before the first attempt").isEqualTo(messageId);

            assertThat(region.post("paminnelser", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
            assertThat(to("eva.sjodin@storuman.example", slot.code())).as("once").hasSize(1);
            assertThat(to("maria.lundgren@umea.example", slot.code())).as("Umeå's editor once too").hasSize(1);
            assertThat(TestDatabase.column("SELECT COUNT(*) FROM reminder_delivery WHERE period_id = ? AND sent_at IS NULL", periodId))
                    .containsExactly("0");
        } finally {
            Periods.close(period);
        }
    }

    /** A delivery to Storuman's editor as a sender left it: claimed at {@code claimedAt}, no outcome recorded. */
    private static void plant(String period, String kind, String occasion, java.time.LocalDateTime claimedAt, String messageId) {
        assertThat(TestDatabase.update("INSERT INTO reminder_delivery (period_id, kommun_code, kind, occasion, username, email,"
                + " recipient_name, created_at, claimed_at, sent_at, attempts, message_id) VALUES (?, '2421', ?, ?, 'socialchef.storuman',"
                + " 'eva.sjodin@storuman.example', 'Eva Sjödin', ?, ?, NULL, 0, ?)", Long.parseLong(period), kind, occasion,
                claimedAt.minusSeconds(5), claimedAt, messageId)).isEqualTo(1);
    }

    /** Hands a mail with the given Message-ID to GreenMail, as the portal did before it died. */
    private static void deliverDirectly(String messageId, String to, String subject) throws MessagingException {
        java.util.Properties properties = new java.util.Properties();
        properties.put("mail.smtp.host", SMTP.getBindAddress());
        properties.put("mail.smtp.port", String.valueOf(SMTP.getPort()));
        MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom("noreply@samverkansportalen.example");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText("Hej Eva Sjödin", "UTF-8");
        jakarta.mail.Transport.send(message);
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
