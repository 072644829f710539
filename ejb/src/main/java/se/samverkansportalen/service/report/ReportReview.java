package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.KommunCodeInAddress;
import se.samverkansportalen.domain.tenant.Tenancy;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.KommunEntityManagers;

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

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    KommunDirectory kommuner;

    @EJB
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Event<CompletionRequested> completionRequested;

    @Inject
    Event<ReportReviewed> reviewed;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** Where a kommun's report for a period stands. */
    public record KommunStatus(String kommunCode, String kommunName, ReportStatus status, boolean late,
            LocalDateTime changedAt) implements Serializable {
    }

    /**
     * Every kommun's report state for the period: who has submitted, who has not, who is late. One
     * query for all kommuner (a deliberate read across kommuner of the workflow state only).
     */
    public List<KommunStatus> overview(long periodId) {
        ReportingPeriod period = period(periodId);
        boolean pastDeadline = LocalDate.now(clock).isAfter(period.getDeadline());
        Map<String, Object[]> reports = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                "SELECT kommun_code, status, changed_at FROM progress_report WHERE period_id = ?")
                .setParameter(1, periodId).setHint(Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
        found.forEach(row -> reports.put(String.valueOf(row[0]).strip(), row));
        List<KommunStatus> rows = new ArrayList<>();
        for (Kommun kommun : kommuner.all()) {
            Object[] report = reports.get(kommun.getCode());
            ReportStatus status = report == null ? null : ReportStatus.valueOf((String) report[1]);
            boolean submitted = status == ReportStatus.SUBMITTED || status == ReportStatus.REVIEWED;
            rows.add(new KommunStatus(kommun.getCode(), kommun.getName(), status, pastDeadline && !submitted,
                    report == null || report[2] == null ? null : ((java.sql.Timestamp) report[2]).toLocalDateTime()));
        }
        return rows;
    }

    /** A kommun's report, read only. */
    public ReportForm report(@KommunCodeInAddress String kommunCode, long periodId) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = kommun(kommunCode);
        return KommunEntityManagers.read(emf, kommun.getCode(), kommunEm -> {
            ProgressReport report = find(kommunEm, period);
            if (report == null) {
                throw new NotFoundRefusal("report.error.notFound");
            }
            return ReportForm.asSubmitted(report, ReportIndicators.linked(kommunEm, report), false,
                    LaterChanges.of(em, kommun.getCode(), report));
        });
    }

    /** What a kommun said of an item at one point: in an earlier period, or in one submission of this one. */
    public record Answer(String periodCode, int submission, LocalDateTime submittedAt, String submittedBy,
            se.samverkansportalen.domain.report.ItemStatus status, se.samverkansportalen.domain.localplan.TrafficLight light,
            String narrative) implements Serializable {
    }

    /**
     * A matrix cell opened: the kommun's item for the period, what it sent for it, the report's
     * history (every submission and review round, oldest first; {@link ReportForm.Step#returns}
     * tells whether a round returned this item), and what it said in earlier periods.
     */
    public record CellHistory(String kommunCode, String kommunName, long periodId, String periodCode, ReportStatus reportStatus,
            ReportForm.Item item, List<Answer> submissions, List<ReportForm.Step> history, List<Answer> earlierPeriods)
            implements Serializable {

        /** The rounds of the review that returned this item to the kommun, oldest first. */
        public List<ReportForm.Step> returnedIn() {
            return history.stream().filter(s -> s.returns(item.getType(), item.getItemKey())).toList();
        }
    }

    /** The narrative and history behind one cell of the status matrix. */
    public CellHistory cell(@KommunCodeInAddress String kommunCode, long periodId,
            @NotNull @Size(max = ReportItem.ITEM_KEY_MAX) String itemKey) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = kommun(kommunCode);
        return KommunEntityManagers.read(emf, kommun.getCode(), kommunEm -> {
            List<ReportItem> items = kommunEm.createNamedQuery(ReportItem.BY_KEY, ReportItem.class)
                    .setParameter("type", se.samverkansportalen.domain.report.ItemType.REGIONAL_ACTIVITY)
                    .setParameter("key", itemKey == null ? "" : itemKey).getResultList();
            ReportItem current = items.stream().filter(i -> i.getReport().getPeriod().getId().equals(period.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
            ReportForm.Item item = new ReportForm.Item(current.getId(), current.getType(), current.getItemKey(), current.getLabel(),
                    current.getStatus(), current.getLight(), current.getNarrative(), current.isReturned(), false);
            List<Answer> sent = current.getReport().getSubmissions().stream()
                    .map(s -> ReportSubmissions.read(s.getContent()).item(current.getType(), itemKey)
                            .map(a -> new Answer(period.code(), s.getNumber(), s.getSubmittedAt(), s.getSubmittedBy(),
                                    a.status(), a.light(), a.narrative())))
                    .flatMap(java.util.Optional::stream).toList();
            List<Answer> earlier = items.stream().filter(i -> i.getReport().getPeriod().start().isBefore(period.start()))
                    .sorted(java.util.Comparator.comparing((ReportItem i) -> i.getReport().getPeriod().start()).reversed())
                    .map(i -> new Answer(i.getReport().getPeriod().code(), 0, null, null, i.getStatus(), i.getLight(), i.getNarrative()))
                    .toList();
            return new CellHistory(kommun.getCode(), kommun.getName(), period.getId(), period.code(), current.getReport().getStatus(),
                    item, sent, ReportForm.history(current.getReport()), earlier);
        });
    }

    /** A kommun's name, for headings of what is read here. */
    public String kommunName(@KommunCodeInAddress String kommunCode) {
        return kommun(kommunCode).getName();
    }

    /**
     * Granskad: the network has reviewed the submitted report. Kept as a review round (who, when),
     * audited, and announced as {@link ReportReviewed} once committed.
     *
     * @throws NotFoundRefusal no such kommun, period or report
     * @throws WrongStateRefusal the period is closed, or the report is not inskickad
     */
    @RolesAllowed(PortalRole.REVIEWER)
    public ReportForm review(@KommunCodeInAddress String kommunCode, long periodId) {
        return step(kommunCode, periodId, report -> report.review(user.getDisplayName(), LocalDateTime.now(clock)));
    }

    /**
     * Komplettering begärd: reopened for the kommun with a comment; the chosen items are returned.
     * Kept as a review round of its own (who, when, the comment, the returned items), never
     * overwriting an earlier one; audited (status, comment, returned items) and announced as
     * {@link CompletionRequested} once committed. Ids not of the report's items are ignored.
     *
     * @throws NotFoundRefusal no such kommun, period or report
     * @throws WrongStateRefusal the period is closed, or the report is not inskickad, or the kommun
     *         has fastställt it ({@code report.error.adoptedNoCompletion}: it is frozen; the kommun can
     *         start a correction, see {@link ReportDecisions#correct})
     */
    @RolesAllowed(PortalRole.REVIEWER)
    public ReportForm requestCompletion(@KommunCodeInAddress String kommunCode, long periodId,
            @NotBlank @Size(max = ProgressReport.COMMENT_MAX) @PlainText @NoPersonalData String comment, @NotNull Set<Long> returnedItemIds) {
        return step(kommunCode, periodId, report -> {
            if (report.isAdopted()) {
                throw new WrongStateRefusal("report.error.adoptedNoCompletion");
            }
            List<ReportItem> returned = report.getItems().stream().filter(i -> returnedItemIds.contains(i.getId())).toList();
            return report.requestCompletion(user.getDisplayName(), comment.strip(), returned, ReportSubmissions.returned(returned),
                    LocalDateTime.now(clock));
        });
    }

    /**
     * The one place a review step happens: checks the report may be reviewed, takes the step
     * (which keeps its round), audits it, and fires the step's event ({@link ReportReviewed} or
     * {@link CompletionRequested}) for observers of the commit ({@code during = AFTER_SUCCESS}).
     */
    private ReportForm step(String kommunCode, long periodId,
            java.util.function.Function<ProgressReport, se.samverkansportalen.domain.report.ReviewRound> change) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = kommun(kommunCode);
        return KommunEntityManagers.write(emf, kommun.getCode(), kommunEm -> {
            ProgressReport report = find(kommunEm, period);
            if (report == null) {
                throw new NotFoundRefusal("report.error.notFound");
            }
            if (!period.isOpen()) {
                throw new WrongStateRefusal("report.error.periodClosed", period.code());
            }
            if (report.getStatus() != ReportStatus.SUBMITTED) {
                throw new WrongStateRefusal("report.error.notSubmitted");
            }
            ReportStatus before = report.getStatus();
            se.samverkansportalen.domain.report.ReviewRound round = change.apply(report);
            kommunEm.flush();
            AuditedItem audited = new AuditedItem(AuditItemType.PROGRESS_REPORT, kommun.getCode() + ":" + period.code(),
                    period.code() + " " + kommun.getName());
            audit.changed(audited, "status", before, report.getStatus());
            List<ReportForm.ReturnedItem> returned = ReportSubmissions.returned(round.getReturnedItems());
            if (round.getOutcome() == ReportStatus.COMPLETION_REQUESTED) {
                em.flush(); // one flush per audit row: EclipseLink inserts new rows of one flush in no set order
                audit.changed(audited, "reviewComment", null, round.getComment());
                em.flush();
                audit.changed(audited, "returnedItems", null, returned.isEmpty() ? null
                        : String.join("; ", returned.stream().map(ReportForm.ReturnedItem::label).toList()));
                completionRequested.fire(new CompletionRequested(kommun.getCode(), period.getId(), period.code(), round.getNumber(),
                        round.getReviewerName(), round.getReviewedAt(), round.getComment(), returned));
            } else {
                reviewed.fire(new ReportReviewed(kommun.getCode(), period.getId(), period.code(), round.getNumber(),
                        round.getReviewerName(), round.getReviewedAt()));
            }
            return ReportForm.asSubmitted(report, ReportIndicators.linked(kommunEm, report), false,
                    LaterChanges.of(em, kommun.getCode(), report));
        });
    }

    private static ProgressReport find(EntityManager kommunEm, ReportingPeriod period) {
        return kommunEm.createNamedQuery(ProgressReport.FOR_PERIOD, ProgressReport.class).setParameter("period", period)
                .getResultStream().findFirst().orElse(null);
    }

    private Kommun kommun(String code) {
        return kommuner.find(code == null ? "" : code).orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
    }

    private ReportingPeriod period(long periodId) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
        return period;
    }
}
