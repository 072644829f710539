package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportSubmission;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.persistence.ConcurrentWrites;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.operations.PortalCounters;

/**
 * A kommun's editors write the kommun's progress report for a period: one item per regional
 * aktivitet done in every kommun and per measure of the kommun's fastställda local plans. They
 * save drafts as often as they like and submit; a submitted report is locked for them until the
 * LBU network reopens it. Bound to the caller's kommun like every service; another kommun's
 * report is never seen. The items are filled by {@link ReportItems}, what is sent is kept by
 * {@link ReportSubmissions}.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class KommunReports {

    @Inject
    private PortalCounters counters;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    KommunDirectory kommuner;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /**
     * The kommun's report for a period, with its items' answers and exact indicator values, and
     * rows (id 0) for the items it lacks while the kommun may still change it. Reads only: a report
     * not started yet is given as an empty draft (lock version 0) and stored by its first save, so
     * a kommun that only looked has no report.
     *
     * @throws NotFoundRefusal {@code report.error.periodNotFound} for no such period;
     *         {@code report.error.notFound} for a caller without a kommun
     * @throws WrongStateRefusal {@code report.error.periodClosed} when the period is closed and the
     *         kommun never made a report for it
     */
    public ReportForm report(long periodId) {
        return read(periodId).form();
    }

    /**
     * The kommun's report page for a period: the report as {@link #report} gives it, and its
     * decisions ({@link ReportDecisions.Decisions}: the versions fastställda and whether the kommun
     * may fastställa or correct it now), read together in one persistence context. Refused as
     * {@link #report} is; the decisions are null when the caller's kommun is not in the directory.
     */
    public ReportPage page(long periodId) {
        Read read = read(periodId);
        ReportDecisions.Decisions decisions = Optional.ofNullable(read.kommun()).or(() -> kommuner.find(kommunCode()))
                .map(kommun -> ReportDecisions.decisions(em, kommun, read.period(), read.report())).orElse(null);
        return new ReportPage(read.form(), decisions);
    }

    /** The report page's content: the kommun's form and the report's decisions (null when not known). */
    public record ReportPage(ReportForm form, ReportDecisions.Decisions decisions) implements Serializable {
    }

    /** What reading a report gives: its period, the report (null when not started), the kommun (null when not known) and its form. */
    private record Read(ReportingPeriod period, ProgressReport report, Kommun kommun, ReportForm form) {
    }

    /**
     * Reads the report of {@link #report} in a constant number of statements, whatever the number
     * of periods and kommuner: the report with its period, submissions, review rounds and kommun;
     * its items; and, when the items ask for them, the kommun's local plans (once, for the items it
     * lacks and the indicators its items carry) and the regional plan's aktiviteter.
     */
    private Read read(long periodId) {
        Object[] stored = withHistory(periodId);
        if (stored == null) {
            stored = new Object[] {null, null};
        }
        ProgressReport report = (ProgressReport) stored[0];
        Kommun kommun = (Kommun) stored[1];
        ReportingPeriod period;
        if (report != null) {
            period = report.getPeriod();
        } else {
            Object[] periodAndKommun = periodAndKommun(periodId);
            period = periodAndKommun != null ? (ReportingPeriod) periodAndKommun[0] : period(periodId);
            kommun = periodAndKommun != null ? (Kommun) periodAndKommun[1] : null;
        }
        KommunPlans plans = new KommunPlans(em);
        if (report == null) {
            if (!period.isOpen()) {
                throw new WrongStateRefusal("report.error.periodClosed", period.code());
            }
            user.getKommunCode().orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
            List<ReportItems.NewItem> items = items().missing(null, plans);
            return new Read(period, null, kommun, ReportForm.unsaved(period, items,
                    ReportIndicators.linked(plans, items.stream().map(ReportItems.NewItem::ref).toList())));
        }
        ReportForm form = ownForm(report, plans);
        if (period.isOpen() && report.getStatus().editableByKommun()) {
            List<ReportItems.NewItem> lacking = items().missing(report, plans);
            if (!lacking.isEmpty()) {
                List<ReportSubmissions.ItemRef> all = new java.util.ArrayList<>(report.getItems().stream().map(ReportSubmissions.ItemRef::of).toList());
                lacking.forEach(item -> all.add(item.ref()));
                form.withNewItems(lacking, ReportIndicators.linked(plans, all));
            }
        }
        return new Read(period, report, kommun, form);
    }

    /**
     * The period and the caller's kommun in one statement, for a report not started yet; null when
     * either is missing (the caller then reads the period alone, refused when it is missing too).
     */
    private Object[] periodAndKommun(long periodId) {
        return user.getKommunCode().flatMap(code -> em.createQuery("SELECT p, k FROM ReportingPeriod p, Kommun k "
                + "WHERE p.id = :period AND k.code = :kommun", Object[].class).setParameter("period", periodId).setParameter("kommun", code)
                .getResultStream().findFirst()).orElse(null);
    }

    /**
     * The kommun's stored report for the period with its period, submissions and review rounds, and
     * the kommun, in one statement (they are part of every reading of the report): the report and
     * the kommun; null when the kommun has no report for the period yet.
     */
    private Object[] withHistory(long periodId) {
        return em.createQuery("SELECT r, k FROM ProgressReport r JOIN FETCH r.period LEFT JOIN FETCH r.submissions "
                + "LEFT JOIN FETCH r.reviewRounds, Kommun k WHERE k.code = r.kommunCode AND r.period.id = :period", Object[].class)
                .setParameter("period", periodId).getResultStream().findFirst().orElse(null);
    }

    /**
     * Saves what the kommun typed (answers and indicator values) and gives the report as saved.
     *
     * @throws NotFoundRefusal for no such period, no report for it, or an item or indicator value
     *         that is not the report's (see {@link ReportItems#fill})
     * @throws WrongStateRefusal {@code report.error.periodClosed}, {@code report.error.locked}, or
     *         {@code report.error.adopted} for a report the kommun has fastställt (see {@link ReportDecisions})
     * @throws ConflictRefusal {@code report.error.changedShown} with the report as now saved when
     *         someone saved since {@code input} was read (also when the report was started by someone
     *         else after an empty form was read); {@code report.error.changed} when another save of the
     *         same report runs at the same moment;
     *         {@code report.error.valueChanged} for an indicator value changed in the form whose stored
     *         value changed since (see {@link ReportItems#fill})
     * @throws InvalidInputRefusal for a narrative holding a personnummer or too long, or a negative value
     */
    public ReportForm saveDraft(@NotNull @Valid ReportForm input) {
        return concurrently(() -> {
            ProgressReport report = editable(input);
            items().fill(report, input);
            em.flush();
            return ownForm(report);
        });
    }

    /**
     * Saves and submits: the report is locked for the kommun and kept as it was sent. Gives the
     * submitted report; refused exactly as {@link #saveDraft}.
     */
    public ReportForm submit(@NotNull @Valid ReportForm input) {
        return concurrently(() -> {
            ProgressReport report = editable(input);
            Map<Long, List<Indicator>> linked = items().fill(report, input);
            ReportStatus before = report.getStatus();
            ReportSubmission sent = report.submit(user.getDisplayName(), LocalDateTime.now(clock), ReportSubmissions.content(report, linked));
            audit.changed(item(report), "status", before, report.getStatus());
            em.flush();
            SubmittedLights.keep(em, report.getId(), sent.getNumber());
            counters.reportSubmitted();
            return ownForm(report);
        });
    }

    /** The kommun's own form, exact; a submitted or granskad report as submitted, later changes beside (see {@link ReportForm#asSubmitted}). */
    private ReportForm ownForm(ProgressReport report) {
        return ownForm(report, new KommunPlans(em));
    }

    private ReportForm ownForm(ProgressReport report, KommunPlans plans) {
        return ReportForm.asSubmitted(report, ReportIndicators.linked(plans, report), true, LaterChanges.of(em, kommunCode(), report));
    }

    private ReportItems items() {
        return new ReportItems(em, audit, kommunCode());
    }

    /**
     * The report the input is for, checked editable and at the version the input was read at, and
     * given the items it lacks; the first save of a period's report (lock version 0) stores it.
     */
    private ProgressReport editable(ReportForm input) {
        ReportingPeriod period = period(input.getPeriodId());
        if (!period.isOpen()) {
            throw new WrongStateRefusal("report.error.periodClosed", period.code());
        }
        ProgressReport report = stored(period);
        if (report == null) {
            user.getKommunCode().orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
            report = new ProgressReport(period);
            em.persist(report);
            em.flush();
            audit.created(item(report), period.code());
        } else {
            if (report.isAdopted()) {
                throw new WrongStateRefusal("report.error.adopted", ReportDecisions.latestRegistration(em, report));
            }
            if (!report.getStatus().editableByKommun()) {
                throw new WrongStateRefusal("report.error.locked");
            }
            if (report.getLockVersion() != input.getLockVersion()) {
                throw ConflictRefusal.withCurrent(ownForm(report), null, "report.error.changedShown");
            }
            em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        items().addMissing(report);
        em.flush();
        return report;
    }

    /**
     * Runs a save whose writes may meet another save of the same report at the same moment (a
     * double click, two tabs, two first saves of a period's report). The later one finds the
     * version it read gone, the report row or a submission number taken, or is chosen as a
     * deadlock's victim, wherever the entity manager writes (an explicit flush or the one before a
     * query); each is refused as the conflict it is, never answered as a failure.
     */
    private ReportForm concurrently(java.util.function.Supplier<ReportForm> save) {
        try {
            return save.get();
        } catch (PersistenceException | jakarta.ejb.EJBException e) {
            if (ConcurrentWrites.lostTo(e)) {
                throw new ConflictRefusal("report.error.changed");
            }
            throw e;
        }
    }

    private ReportingPeriod period(long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
        return period;
    }

    /** The kommun's stored report for the period, or null when it has none yet. */
    private ProgressReport stored(ReportingPeriod period) {
        return em.createNamedQuery(ProgressReport.FOR_PERIOD, ProgressReport.class)
                .setParameter("period", period).getResultStream().findFirst().orElse(null);
    }

    private AuditedItem item(ProgressReport report) {
        return new AuditedItem(AuditItemType.PROGRESS_REPORT, kommunCode() + ":" + report.getPeriod().code(), report.getPeriod().code());
    }

    private String kommunCode() {
        return user.getKommunCode().orElse("");
    }
}
