package se.samverkansportalen.service.reminder;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.io.UnsupportedEncodingException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkansportalen.domain.reminder.ReminderDelivery;
import se.samverkansportalen.domain.reminder.ReminderSent;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.tenant.KommunDirectory;

/**
 * E-mail reminders to a kommun's editors while its report for an open period is not sent: once
 * when the deadline is {@code SAMVERKAN_REMINDER_DAYS} days away or nearer (7 unless set), and
 * once when it has passed. Sent every morning, or at once when a coordinator asks; each reminder
 * goes once per period and kommun, to every editor who has not turned reminders off. Also the news
 * of a review step (komplettering begärd, granskad) to the kommun's editors. Each mail goes out
 * once per editor, period, kind and occasion, whatever runs at the same time on whichever node: it
 * is written and committed first, then claimed (its Message-ID fixed), sent and recorded
 * ({@link ReminderDeliveries}); a send that failed is sent again by a later run, with the same
 * Message-ID; a mail whose sender died between claiming and recording is never sent again (at
 * most once: see {@link ReminderDeliveries} for why). Deadlines are days in Sweden: a period is late from
 * the day after its deadline, Swedish time. Mail goes through WildFly's mail session
 * {@code java:jboss/mail/Samverkan} (its SMTP server is configured on the server).
 */
@Stateless
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String MAIL_TEXTS = "se.samverkansportalen.service.reminder.mail";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    @Resource(lookup = "java:jboss/mail/Samverkan")
    Session mail;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    KommunDirectory kommuner;

    @EJB
    KommunEditors editors;

    @EJB
    ReminderDeliveries deliveries;

    /** The info of the morning run's timer (the database timer store keeps it with the timer). */
    static final String MORNING_RUN = "reminders-every-morning";

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** A reminder sent: to whom, about what. */
    public record Sent(String periodCode, String kommunCode, ReminderSent.Kind kind, List<String> recipients) implements Serializable {
    }

    /**
     * At 07:00 Swedish time, summer and winter (the server's own zone may be UTC), once per morning
     * in the whole cluster: the timer is persistent, kept in the database timer store that all
     * nodes share (configure-server.cli), and only the node that marks it running there runs it.
     * Logs each run with the time of the timer's next run, which tells the runs of a cluster apart
     * (two nodes running the same morning would log the same next run).
     */
    @Schedule(hour = "7", minute = "0", timezone = "Europe/Stockholm", info = MORNING_RUN)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMorning(Timer timer) {
        List<Sent> sent = sendDue();
        LOG.info(() -> "Reminder run " + timer.getInfo() + " before the run at " + nextRun(timer) + ": " + sent.size() + " sent");
    }

    private static String nextRun(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant().toString();
        } catch (RuntimeException noMoreRuns) {
            return "none";
        }
    }

    /** Sends the reminders that are due now (a coordinator's "send now"; the morning run does the same). */
    @RolesAllowed(PortalRole.COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Sent> sendNow() {
        return sendDue();
    }

    private List<Sent> sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<ReminderDeliveries.Due> due = deliveries.due(today, ReminderWindow.fromEnvironment());
        if (!due.isEmpty()) {
            Map<String, List<KommunEditors.Editor>> editorsOf = new HashMap<>();
            due.forEach(d -> editorsOf.computeIfAbsent(d.kommunCode(), editors::of));
            retried(() -> deliveries.writeDue(due, editorsOf, LocalDateTime.now(clock)));
        }
        return sendUnsent();
    }

    /**
     * Tells the kommun's editors (who have not turned such mails off) that LBU asked for
     * komplettering ({@link ReminderSent.Kind#COMPLETION}, once per request, {@code occasion}
     * naming it) or marked the report granskad ({@link ReminderSent.Kind#REVIEWED}); called once
     * the review step is committed. Never throws: what is not sent now goes with a later run.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Sent> sendReviewStep(long periodId, String kommunCode, ReminderSent.Kind kind, String occasion) {
        try {
            List<KommunEditors.Editor> to = editors.of(kommunCode);
            retried(() -> deliveries.writeReviewStep(periodId, kommunCode, kind, occasion, to, LocalDateTime.now(clock)));
            return sendUnsent();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail about " + kind + " of " + kommunCode + " in period " + periodId + " not sent now", e);
            return List.of();
        }
    }

    /** Sends every written, unsent delivery this run can claim (one at a time, each in its own transactions). */
    private List<Sent> sendUnsent() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ReportingPeriod> periods = new HashMap<>();
        Map<String, Kommun> kommunByCode = new HashMap<>();
        kommuner.all().forEach(k -> kommunByCode.put(k.getCode(), k));
        Map<String, Sent> sent = new LinkedHashMap<>();
        for (long id : deliveries.unsent()) {
            ReminderDelivery delivery;
            try {
                delivery = deliveries.claim(id, LocalDateTime.now(clock)).orElse(null);
            } catch (RuntimeException e) {
                // another run's claim won (or the database chose this one to give way): that run sends it, or a later one
                LOG.log(Level.FINE, "Delivery " + id + " not claimed", e);
                continue;
            }
            if (delivery == null) {
                continue;
            }
            ReportingPeriod period = periods.computeIfAbsent(delivery.getPeriodId(), p -> em.find(ReportingPeriod.class, p));
            Kommun kommun = kommunByCode.get(delivery.getKommunCode());
            boolean ok = period != null && kommun != null && send(delivery, kommun, period, today);
            if (ok) {
                try {
                    retried(() -> deliveries.sent(id, LocalDateTime.now(clock)));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Delivery " + id + " (Message-ID " + delivery.getMessageId() + ") was sent but not recorded;"
                            + " it is marked unconfirmed when its claim times out and never sent again", e);
                }
                sent.computeIfAbsent(delivery.getPeriodId() + ":" + delivery.getKommunCode() + ":" + delivery.getKind() + ":"
                        + delivery.getOccasion(), k -> new Sent(period.code(), kommun.getCode(), delivery.getKind(), new ArrayList<>()))
                        .recipients().add(delivery.getEmail());
            } else {
                try {
                    retried(() -> deliveries.failed(id));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Delivery " + id + " was not sent and not released; when its claim times out it is marked"
                            + " unconfirmed and never sent", e);
                }
            }
        }
        return List.copyOf(sent.values());
    }

    /**
     * Runs a short transaction of {@link ReminderDeliveries}, again up to twice more when the
     * database gives way (a deadlock or lock wait chosen to be rolled back): each attempt is a
     * transaction of its own, rolled back whole, so a retry never writes anything twice.
     */
    private static void retried(Runnable transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                transaction.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.log(Level.FINE, "Reminder bookkeeping retried", e);
            }
        }
    }

    private boolean send(ReminderDelivery delivery, Kommun kommun, ReportingPeriod period, LocalDate today) {
        KommunEditors.Editor editor = new KommunEditors.Editor(delivery.getUsername(), delivery.getRecipientName(), delivery.getEmail());
        try {
            MimeMessage message = new MimeMessage(mail) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // The delivery's own id, the same at every attempt (JavaMail would make a new one each time).
                    setHeader("Message-ID", delivery.getMessageId());
                }
            };
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(editor.email(), editor.name(), "UTF-8"));
            message.setSubject(subject(kommun, period, delivery.getKind()), "UTF-8");
            message.setText(body(editor, kommun, period, delivery.getKind(), ReminderWindow.daysLeft(today, period.getDeadline())), "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder to " + editor.email() + " about " + period.code() + " not sent; a later run sends it", e);
            return false;
        }
    }

    static String subject(Kommun kommun, ReportingPeriod period, ReminderSent.Kind kind) {
        return text("subject." + kind, period.code(), DATE.format(period.getDeadline()), kommun.getName());
    }

    static String body(KommunEditors.Editor editor, Kommun kommun, ReportingPeriod period, ReminderSent.Kind kind, long daysLeft) {
        String portal = KommunEditors.setting("SAMVERKAN_PORTAL_URL", "http://localhost:8080/samverkansportalen");
        String deadline = DATE.format(period.getDeadline());
        if (kind == ReminderSent.Kind.COMPLETION || kind == ReminderSent.Kind.REVIEWED) {
            return text("body." + kind, editor.name().isBlank() ? editor.username() : editor.name(), kommun.getName(), period.code(),
                    portal, String.valueOf(period.getId()));
        }
        String when = kind == ReminderSent.Kind.LATE ? text("when.LATE", period.code(), deadline)
                : daysLeft == 0 ? text("when.TODAY", period.code(), deadline)
                : daysLeft == 1 ? text("when.TOMORROW", period.code(), deadline)
                : text("when.BEFORE", period.code(), deadline, String.valueOf(daysLeft));
        return text("body", editor.name().isBlank() ? editor.username() : editor.name(), kommun.getName(), period.code(), when,
                portal, String.valueOf(period.getId()));
    }

    /** A text of the mail bundle ({@code mail.properties} beside this class), in Swedish. */
    private static String text(String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle(MAIL_TEXTS, SWEDISH).getString(key), arguments);
    }
}
