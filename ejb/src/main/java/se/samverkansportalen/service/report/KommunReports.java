package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;

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

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /**
     * The kommun's report for a period, with its items' answers and exact indicator values; made,
     * with its items, the first time it is asked for while the period is open, and given the items
     * it lacks while the kommun may still change it.
     *
     * @throws NotFoundRefusal {@code report.error.periodNotFound} for no such period;
     *         {@code report.error.notFound} for a caller without a kommun
     * @throws WrongStateRefusal {@code report.error.periodClosed} when the period is closed and the
     *         kommun never made a report for it
     */
    public ReportForm report(long periodId) {
        return ownForm(reportFor(period(periodId), true));
    }

    /**
     * Saves what the kommun typed (answers and indicator values) and gives the report as saved.
     *
     * @throws NotFoundRefusal for no such period, no report for it, or an item or indicator value
     *         that is not the report's (see {@link ReportItems#fill})
     * @throws WrongStateRefusal {@code report.error.periodClosed} or {@code report.error.locked}
     * @throws ConflictRefusal {@code report.error.changed} when someone saved since {@code input} was read
     * @throws InvalidInputRefusal for a narrative holding a personnummer or too long, or a negative value
     */
    public ReportForm saveDraft(@NotNull @Valid ReportForm input) {
        ProgressReport report = editable(input);
        items().fill(report, input);
        em.flush();
        return ownForm(report);
    }

    /**
     * Saves and submits: the report is locked for the kommun and kept as it was sent. Gives the
     * submitted report; refused exactly as {@link #saveDraft}.
     */
    public ReportForm submit(@NotNull @Valid ReportForm input) {
        ProgressReport report = editable(input);
        Map<Long, List<Indicator>> linked = items().fill(report, input);
        ReportStatus before = report.getStatus();
        report.submit(user.getDisplayName(), LocalDateTime.now(clock), ReportSubmissions.content(report, linked));
        audit.changed(item(report), "status", before, report.getStatus());
        em.flush();
        return ownForm(report);
    }

    /** The kommun's own form, exact; a submitted or granskad report as submitted, later changes beside (see {@link ReportForm#asSubmitted}). */
    private ReportForm ownForm(ProgressReport report) {
        return ReportForm.asSubmitted(report, ReportIndicators.linked(em, report), true, LaterChanges.of(em, kommunCode(), report));
    }

    private ReportItems items() {
        return new ReportItems(em, audit, kommunCode());
    }

    private ProgressReport editable(ReportForm input) {
        ReportingPeriod period = period(input.getPeriodId());
        ProgressReport report = reportFor(period, false);
        if (!period.isOpen()) {
            throw new WrongStateRefusal("report.error.periodClosed", period.code());
        }
        if (!report.getStatus().editableByKommun()) {
            throw new WrongStateRefusal("report.error.locked");
        }
        if (report.getLockVersion() != input.getLockVersion()) {
            throw new ConflictRefusal("report.error.changed");
        }
        em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return report;
    }

    private ReportingPeriod period(long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
        return period;
    }

    private ProgressReport reportFor(ReportingPeriod period, boolean create) {
        ProgressReport report = em.createNamedQuery(ProgressReport.FOR_PERIOD, ProgressReport.class)
                .setParameter("period", period).getResultStream().findFirst().orElse(null);
        if (report == null) {
            if (!create || !period.isOpen()) {
                if (period.isOpen()) {
                    throw new NotFoundRefusal("report.error.notFound");
                }
                throw new WrongStateRefusal("report.error.periodClosed", period.code());
            }
            user.getKommunCode().orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
            report = new ProgressReport(period);
            em.persist(report);
            audit.created(item(report), period.code());
        }
        if (period.isOpen() && report.getStatus().editableByKommun()) {
            items().addMissing(report);
        }
        em.flush();
        return report;
    }

    private AuditedItem item(ProgressReport report) {
        return new AuditedItem(AuditItemType.PROGRESS_REPORT, kommunCode() + ":" + report.getPeriod().code(), report.getPeriod().code());
    }

    private String kommunCode() {
        return user.getKommunCode().orElse("");
    }
}
