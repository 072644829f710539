package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.PlanEditException;
import se.samverkansportalen.service.tenant.KommunDirectory;

/**
 * The LBU network's review of the kommuner's reports, and the region's overview. Reading and the
 * review's own steps (granskad, komplettering begärd) go through an entity manager bound to the
 * one kommun concerned; the kommun's own answers are never changed here. Every step is audited.
 */
@Stateless
@RolesAllowed({PortalRole.REVIEWER, PortalRole.COORDINATOR})
public class ReportReview {

    @PersistenceUnit(unitName = "samverkan")
    EntityManagerFactory emf;

    @EJB
    KommunDirectory kommuner;

    @EJB
    AuditTrail audit;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** Where a kommun's report for a period stands. */
    public record KommunStatus(String kommunCode, String kommunName, ReportStatus status, boolean late,
            LocalDateTime changedAt) implements Serializable {
    }

    /** Every kommun's report state for the period: who has submitted, who has not, who is late. */
    public List<KommunStatus> overview(long periodId) {
        ReportingPeriod period = period(periodId);
        boolean pastDeadline = LocalDate.now(clock).isAfter(period.getDeadline());
        List<KommunStatus> rows = new ArrayList<>();
        for (Kommun kommun : kommuner.all()) {
            ProgressReport report = readAs(kommun.getCode(), em -> find(em, period));
            ReportStatus status = report == null ? null : report.getStatus();
            boolean submitted = status == ReportStatus.SUBMITTED || status == ReportStatus.REVIEWED;
            rows.add(new KommunStatus(kommun.getCode(), kommun.getName(), status, pastDeadline && !submitted,
                    report == null ? null : report.getChangedAt()));
        }
        return rows;
    }

    /** A kommun's report, read only. */
    public ReportForm report(String kommunCode, long periodId) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = kommun(kommunCode);
        return readAs(kommun.getCode(), em -> {
            ProgressReport report = find(em, period);
            if (report == null) {
                throw new PlanEditException("report.error.notFound");
            }
            return KommunReports.form(report);
        });
    }

    /** Granskad: the network has reviewed the submitted report. */
    @RolesAllowed(PortalRole.REVIEWER)
    public ReportForm review(String kommunCode, long periodId) {
        return step(kommunCode, periodId, report -> report.review(LocalDateTime.now(clock)));
    }

    /** Komplettering begärd: reopened for the kommun with a comment; the chosen items are returned to it. */
    @RolesAllowed(PortalRole.REVIEWER)
    public ReportForm requestCompletion(String kommunCode, long periodId, String comment, Set<Long> returnedItemIds) {
        if (comment == null || comment.isBlank()) {
            throw new PlanEditException("report.error.commentRequired");
        }
        if (comment.strip().length() > ProgressReport.COMMENT_MAX) {
            throw new PlanEditException("plan.error.tooLong", String.valueOf(ProgressReport.COMMENT_MAX));
        }
        return step(kommunCode, periodId, report -> {
            List<ReportItem> returned = report.getItems().stream().filter(i -> returnedItemIds.contains(i.getId())).toList();
            report.requestCompletion(comment.strip(), returned, LocalDateTime.now(clock));
        });
    }

    private ReportForm step(String kommunCode, long periodId, java.util.function.Consumer<ProgressReport> change) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = kommun(kommunCode);
        EntityManager em = emf.createEntityManager(Map.of(Tenancy.KOMMUN_PROPERTY, kommun.getCode()));
        try {
            em.joinTransaction();
            ProgressReport report = find(em, period);
            if (report == null) {
                throw new PlanEditException("report.error.notFound");
            }
            if (!period.isOpen()) {
                throw new PlanEditException("report.error.periodClosed", period.code());
            }
            if (report.getStatus() != ReportStatus.SUBMITTED) {
                throw new PlanEditException("report.error.notSubmitted");
            }
            ReportStatus before = report.getStatus();
            change.accept(report);
            em.flush();
            audit.changed(new AuditedItem(KommunReports.REPORT, kommun.getCode() + ":" + period.code(),
                    "Rapport " + period.code() + " " + kommun.getName()), "status", before, report.getStatus());
            return KommunReports.form(report);
        } finally {
            em.close();
        }
    }

    private static ProgressReport find(EntityManager em, ReportingPeriod period) {
        return em.createNamedQuery(ProgressReport.FOR_PERIOD, ProgressReport.class).setParameter("period", period)
                .getResultStream().findFirst().orElse(null);
    }

    private Kommun kommun(String code) {
        return kommuner.find(code == null ? "" : code).orElseThrow(() -> new PlanEditException("report.error.notFound"));
    }

    private ReportingPeriod period(long periodId) {
        EntityManager em = emf.createEntityManager();
        try {
            ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
            if (period == null) {
                throw new PlanEditException("report.error.periodNotFound");
            }
            return period;
        } finally {
            em.close();
        }
    }

    private <T> T readAs(String kommunCode, Function<EntityManager, T> read) {
        EntityManager em = emf.createEntityManager(Map.of(Tenancy.KOMMUN_PROPERTY, kommunCode));
        try {
            return read.apply(em);
        } finally {
            em.close();
        }
    }
}
