package se.samverkansportalen.service.reminder;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * goes once per period and kommun, to every editor who has not turned reminders off. Mail goes
 * through WildFly's mail session {@code java:jboss/mail/Samverkan} (its SMTP server is configured
 * on the server).
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

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** A reminder sent: to whom, about what. */
    public record Sent(String periodCode, String kommunCode, ReminderSent.Kind kind, List<String> recipients) implements Serializable {
    }

    /** At 07:00 Swedish time, summer and winter (the server's own zone may be UTC). */
    @Schedule(hour = "7", minute = "0", timezone = "Europe/Stockholm", persistent = false)
    @PermitAll
    void everyMorning() {
        List<Sent> sent = sendDue();
        LOG.info(() -> "Reminders this morning: " + sent.size());
    }

    /** Sends the reminders that are due now (a coordinator's "send now"; the morning run does the same). */
    @RolesAllowed(PortalRole.COORDINATOR)
    public List<Sent> sendNow() {
        return sendDue();
    }

    private List<Sent> sendDue() {
        LocalDate today = LocalDate.now(clock);
        ReminderWindow window = ReminderWindow.fromEnvironment();
        List<ReportingPeriod> open = em.createNamedQuery(ReportingPeriod.ALL, ReportingPeriod.class).getResultList().stream()
                .filter(ReportingPeriod::isOpen).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, ReportStatus> states = reportStates();
        Set<String> done = new HashSet<>();
        em.createQuery("SELECT s FROM ReminderSent s WHERE s.periodId IN :open", ReminderSent.class)
                .setParameter("open", open.stream().map(ReportingPeriod::getId).toList()).getResultStream()
                .forEach(s -> done.add(s.getPeriodId() + ":" + s.getKommunCode() + ":" + s.getKind()));
        Set<String> optedOut = new HashSet<>(em.createQuery(
                "SELECT p.username FROM ReminderPreference p WHERE p.remindersEnabled = FALSE", String.class).getResultList());
        Map<String, List<KommunEditors.Editor>> editorsOf = new HashMap<>();
        List<Sent> sent = new ArrayList<>();
        for (ReportingPeriod period : open) {
            long daysLeft = ReminderWindow.daysLeft(today, period.getDeadline());
            ReminderSent.Kind kind = window.due(today, period.getDeadline()).orElse(null);
            if (kind == null) {
                continue;
            }
            for (Kommun kommun : kommuner.all()) {
                ReportStatus state = states.get(period.getId() + ":" + kommun.getCode());
                boolean outstanding = state == null || state.editableByKommun();
                if (!outstanding || done.contains(period.getId() + ":" + kommun.getCode() + ":" + kind)) {
                    continue;
                }
                List<KommunEditors.Editor> to = editorsOf.computeIfAbsent(kommun.getCode(), editors::of).stream()
                        .filter(e -> !optedOut.contains(e.username())).toList();
                if (to.isEmpty()) {
                    continue;
                }
                List<String> reached = new ArrayList<>();
                for (KommunEditors.Editor editor : to) {
                    if (send(editor, kommun, period, kind, daysLeft)) {
                        reached.add(editor.email());
                    }
                }
                if (!reached.isEmpty()) {
                    em.persist(new ReminderSent(period.getId(), kommun.getCode(), kind, reached.size(), LocalDateTime.now(clock)));
                    sent.add(new Sent(period.code(), kommun.getCode(), kind, reached));
                }
            }
        }
        return sent;
    }

    /** Each kommun's report state per period ("periodId:kommun"), in one query across kommuner (states only). */
    private Map<String, ReportStatus> reportStates() {
        Map<String, ReportStatus> states = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT period_id, kommun_code, status FROM progress_report")
                .setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        rows.forEach(r -> states.put(((Number) r[0]).longValue() + ":" + String.valueOf(r[1]).strip(), ReportStatus.valueOf((String) r[2])));
        return states;
    }

    private boolean send(KommunEditors.Editor editor, Kommun kommun, ReportingPeriod period, ReminderSent.Kind kind, long daysLeft) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(editor.email(), editor.name(), "UTF-8"));
            message.setSubject(subject(kommun, period, kind), "UTF-8");
            message.setText(body(editor, kommun, period, kind, daysLeft), "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.log(Level.WARNING, "Reminder to " + editor.email() + " about " + period.code() + " not sent", e);
            return false;
        }
    }

    static String subject(Kommun kommun, ReportingPeriod period, ReminderSent.Kind kind) {
        return text("subject." + kind, period.code(), DATE.format(period.getDeadline()), kommun.getName());
    }

    static String body(KommunEditors.Editor editor, Kommun kommun, ReportingPeriod period, ReminderSent.Kind kind, long daysLeft) {
        String portal = KommunEditors.setting("SAMVERKAN_PORTAL_URL", "http://localhost:8080/samverkansportalen");
        String deadline = DATE.format(period.getDeadline());
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
