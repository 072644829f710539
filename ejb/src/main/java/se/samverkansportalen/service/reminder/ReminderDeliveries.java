package se.samverkansportalen.service.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverkansportalen.domain.reminder.ReminderDelivery;
import se.samverkansportalen.domain.reminder.ReminderLock;
import se.samverkansportalen.domain.reminder.ReminderPreference;
import se.samverkansportalen.domain.reminder.ReminderSent;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.operations.PortalCounters;

/**
 * The bookkeeping that makes each reminder mail go out once per editor, period, kind and occasion,
 * whatever runs at the same time and on whichever node: deliveries are written with a unique key
 * under one database lock ({@link ReminderLock}) and committed before anything is sent; a sender
 * claims one delivery in a transaction of its own (only one claim succeeds; the committed claim is
 * the "sending" mark and fixes the mail's Message-ID, {@link #messageId}), sends, and marks it
 * sent. A send that failed (the SMTP client threw) is released and sent by a later run, with the
 * same Message-ID.
 * <p>
 * <b>The crash window, and the choice made.</b> SMTP has no way to ask whether a mail was taken,
 * so when a sender dies between handing a mail to the SMTP server and recording it sent (the
 * server killed, the database gone at that moment), no later run can know whether it left. Sending
 * it again would risk the duplicate the portal promises never to send; so a claim that outlives
 * {@link #CLAIM_TIMEOUT} with no outcome recorded is marked <em>unconfirmed</em> (logged as a
 * warning, with its Message-ID to look for in the mail server's log) and never sent again. The
 * price: a sender that died after its claim but before the SMTP server took the mail loses that
 * one mail (at most once, never twice). The fixed Message-ID covers the other ambiguous case, a
 * send that threw after the server had in fact taken the mail (a timeout waiting for its final
 * answer): the retry carries the same Message-ID, by which mail systems and clients can recognise
 * the copy. Every method runs in a transaction of its own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderDeliveries {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ReminderDeliveries.class.getName());

    /** How long a claimed delivery is left to its sender to record an outcome before it is marked unconfirmed. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

    @Inject
    private PortalCounters counters;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    KommunDirectory kommuner;

    /** A reminder of a kind due for a kommun's report in a period. */
    public record Due(long periodId, String kommunCode, ReminderSent.Kind kind) implements Serializable {
    }

    /**
     * The deadline reminders due {@code today} (see {@link ReminderWindow}): for every kommun whose
     * report for an open period is not sent, the kind due, unless it was already written for the
     * period, kommun and kind. Reads only (the lock is taken by {@link #writeDue}, which checks
     * again).
     */
    public List<Due> due(LocalDate today, ReminderWindow window) {
        List<ReportingPeriod> open = em.createNamedQuery(ReportingPeriod.ALL, ReportingPeriod.class).getResultList().stream()
                .filter(ReportingPeriod::isOpen).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, ReportStatus> states = reportStates();
        Set<Due> done = done(open.stream().map(ReportingPeriod::getId).toList());
        List<Due> due = new ArrayList<>();
        for (ReportingPeriod period : open) {
            ReminderSent.Kind kind = window.due(today, period.getDeadline()).orElse(null);
            if (kind == null) {
                continue;
            }
            for (Kommun kommun : kommuner.all()) {
                ReportStatus state = states.get(period.getId() + ":" + kommun.getCode());
                Due reminder = new Due(period.getId(), kommun.getCode(), kind);
                if ((state == null || state.editableByKommun()) && !done.contains(reminder)) {
                    due.add(reminder);
                }
            }
        }
        return due;
    }

    /**
     * Writes the due reminders, one per editor (of {@code editorsOf}, by kommun) who has not turned
     * them off, under the lock; a reminder written meanwhile by another run is not written again.
     * Committed when it returns.
     */
    public void writeDue(List<Due> due, Map<String, List<KommunEditors.Editor>> editorsOf, LocalDateTime now) {
        lock();
        Set<Due> done = done(due.stream().map(Due::periodId).distinct().toList());
        for (Due reminder : due) {
            if (done.contains(reminder)) {
                continue;
            }
            int written = write(reminder.periodId(), reminder.kommunCode(), reminder.kind(), "",
                    editorsOf.getOrDefault(reminder.kommunCode(), List.of()), now);
            if (written > 0) {
                em.persist(new ReminderSent(reminder.periodId(), reminder.kommunCode(), reminder.kind(), written, now));
            }
        }
    }

    /**
     * Writes the mails about a review step ({@link ReminderSent.Kind#COMPLETION} or
     * {@link ReminderSent.Kind#REVIEWED}) to the kommun's editors ({@code to}) who have not turned
     * them off; one per editor for the occasion, however often it is asked. Committed when it
     * returns.
     */
    public void writeReviewStep(long periodId, String kommunCode, ReminderSent.Kind kind, String occasion, List<KommunEditors.Editor> to,
            LocalDateTime now) {
        lock();
        write(periodId, kommunCode, kind, occasion, to, now);
    }

    /** The deliveries not sent yet, oldest first. */
    public List<Long> unsent() {
        return em.createNamedQuery(ReminderDelivery.UNSENT, Long.class).getResultList();
    }

    /**
     * Claims a delivery for the caller to send: the delivery, with its Message-ID fixed (the same as
     * at an earlier, failed attempt), when no one has sent it, no one holds a claim on it and it is
     * not unconfirmed; empty otherwise (then the caller sends nothing). A claim held longer than
     * {@link #CLAIM_TIMEOUT} (before {@code now}, the portal's local time) with no outcome is marked
     * unconfirmed here and is never claimed again (see the class comment).
     */
    public Optional<ReminderDelivery> claim(long id, LocalDateTime now) {
        int claimed = em.createNamedQuery(ReminderDelivery.CLAIM).setParameter("now", now).setParameter("id", id).executeUpdate();
        if (claimed != 1) {
            giveUpIfTimedOut(id, now);
            return Optional.empty();
        }
        ReminderDelivery delivery = em.find(ReminderDelivery.class, id);
        em.refresh(delivery);
        delivery.fixMessageId(messageId(delivery.getId(), delivery.getCreatedAt(),
                KommunEditors.setting("SAMVERKAN_PORTAL_URL", "http://localhost:8080/samverkansportalen")));
        em.flush();
        em.detach(delivery);
        return Optional.of(delivery);
    }

    /**
     * The Message-ID of a delivery: {@code <reminder.ID.CREATED@HOST>}, from the delivery's id, the
     * millisecond it was written (so a database started afresh, which gives out the same ids again,
     * gives other Message-IDs) and the host of {@code portalUrl} ({@code samverkansportalen.invalid}
     * when it names none). The same delivery always gives the same id.
     */
    static String messageId(long id, LocalDateTime createdAt, String portalUrl) {
        String host;
        try {
            host = java.net.URI.create(portalUrl).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        long written = createdAt.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        return "<reminder." + id + "." + written + "@" + (host == null || host.isBlank() ? "samverkansportalen.invalid" : host) + ">";
    }

    private void giveUpIfTimedOut(long id, LocalDateTime now) {
        int unconfirmed = em.createNamedQuery(ReminderDelivery.GIVE_UP).setParameter("now", now).setParameter("id", id)
                .setParameter("stale", now.minus(CLAIM_TIMEOUT)).executeUpdate();
        if (unconfirmed == 1) {
            ReminderDelivery delivery = em.find(ReminderDelivery.class, id);
            em.refresh(delivery);
            LOG.warning(() -> "Reminder delivery " + id + " (" + delivery.getKind() + " " + delivery.getOccasion() + " to "
                    + delivery.getEmail() + ", period " + delivery.getPeriodId() + ", Message-ID " + delivery.getMessageId()
                    + ") was claimed over " + CLAIM_TIMEOUT.toMinutes() + " minutes ago and no outcome was recorded: its sender"
                    + " stopped after claiming it. Whether it was sent is unknown; it is marked unconfirmed and never sent again.");
        }
    }

    /** Records that a claimed delivery was sent. */
    public void sent(long id, LocalDateTime at) {
        ReminderDelivery delivery = em.find(ReminderDelivery.class, id);
        delivery.sent(at);
        counters.reminderSent(String.valueOf(delivery.getKind()).toLowerCase(java.util.Locale.ROOT));
    }

    /** Releases a claimed delivery whose sending failed (the SMTP client threw), for a later run to send. */
    public void failed(long id) {
        em.find(ReminderDelivery.class, id).failed();
    }

    private int write(long periodId, String kommunCode, ReminderSent.Kind kind, String occasion, List<KommunEditors.Editor> to,
            LocalDateTime now) {
        Set<String> already = new HashSet<>(em.createNamedQuery(ReminderDelivery.USERS_OF, String.class).setParameter("period", periodId)
                .setParameter("kommun", kommunCode).setParameter("kind", kind).setParameter("occasion", occasion).getResultList());
        Set<String> optedOut = optedOut(kind);
        int written = 0;
        for (KommunEditors.Editor editor : to) {
            if (optedOut.contains(editor.username()) || !already.add(editor.username())) {
                continue;
            }
            em.persist(new ReminderDelivery(periodId, kommunCode, kind, occasion, editor.username(), editor.email(),
                    editor.name().isBlank() ? editor.username() : editor.name(), now));
            written++;
        }
        em.flush();
        return written;
    }

    private Set<String> optedOut(ReminderSent.Kind kind) {
        Set<String> out = new HashSet<>();
        em.createQuery("SELECT p FROM ReminderPreference p", ReminderPreference.class).getResultStream()
                .filter(p -> !p.wants(kind)).forEach(p -> out.add(p.getUsername()));
        return out;
    }

    private Set<Due> done(List<Long> periodIds) {
        Set<Due> done = new HashSet<>();
        if (!periodIds.isEmpty()) {
            em.createQuery("SELECT s FROM ReminderSent s WHERE s.periodId IN :periods", ReminderSent.class)
                    .setParameter("periods", periodIds).getResultStream()
                    .forEach(s -> done.add(new Due(s.getPeriodId(), s.getKommunCode(), s.getKind())));
        }
        return done;
    }

    /**
     * Waits for (and holds until commit) the one lock row: writing runs one at a time, on every
     * node. Taken as the transaction's first statement, so that its reads see every delivery an
     * earlier holder committed.
     */
    private void lock() {
        em.find(ReminderLock.class, ReminderLock.THE_ONE, LockModeType.PESSIMISTIC_WRITE);
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
}
