package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import se.samverkansportalen.domain.audit.AuditAction;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportDecision;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.KommunCodeInAddress;
import se.samverkansportalen.domain.validation.CalendarDate;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.persistence.ConcurrentWrites;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.KommunEntityManagers;

/**
 * A kommun's tertial report fastställd for its records. The kommun's editors fastställer their
 * inskickad (or granskad) report with the decision's date, nämnd or decision-maker and
 * diarienummer; the portal keeps the document it rendered then (a tagged PDF/UA-1 and PDF/A-3a,
 * rendered by the web layer from {@link #draft} and handed to {@link #adopt}) with its SHA-256, and
 * serves those bytes ever after. A fastställd report is frozen ({@code report.error.adopted} for the
 * kommun's saves, {@code report.error.adoptedNoCompletion} for the LBU network's komplettering);
 * {@link #correct} reopens it for a correction, which is fastställd again as the next version with
 * a diarienummer of its own, the earlier versions kept. Every step is audited.
 *
 * <p>The document shows the report as the LBU network reads it (small counts withheld, see
 * {@code SmallNumbers}), so that one set of bytes, with one SHA-256, is what the kommun files and
 * what coordinators and the LBU network read: exact small counts never leave the kommun. The
 * kommun's own editors use {@link #decisions}/{@link #document}; coordinators and the LBU network
 * read any kommun's with {@link #decisionsOf}/{@link #documentOf}, as they read reports.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class ReportDecisions {

    @PersistenceUnit(unitName = "samverkan")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    KommunDirectory kommuner;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** The decision as typed on the page or sent to the API. Declared once, here and on {@link ReportDecision}. */
    public static class DecisionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{report.adopt.error.dateRequired}")
        @CalendarDate
        private LocalDate adoptedOn;

        @NotBlank(message = "{report.adopt.error.decidedByRequired}")
        @Size(max = ReportDecision.DECIDED_BY_MAX)
        @PlainText
        @NoPersonalData
        private String decidedBy;

        @NotBlank(message = "{report.adopt.error.registrationNumberRequired}")
        @Size(max = ReportDecision.REGISTRATION_NUMBER_MAX)
        @PlainText
        @NoPersonalData
        private String registrationNumber;

        public DecisionForm() {
        }

        public DecisionForm(LocalDate adoptedOn, String decidedBy, String registrationNumber) {
            this.adoptedOn = adoptedOn;
            this.decidedBy = decidedBy;
            this.registrationNumber = registrationNumber;
        }

        public LocalDate getAdoptedOn() {
            return adoptedOn;
        }

        public void setAdoptedOn(LocalDate adoptedOn) {
            this.adoptedOn = adoptedOn;
        }

        public String getDecidedBy() {
            return decidedBy;
        }

        public void setDecidedBy(String decidedBy) {
            this.decidedBy = decidedBy;
        }

        public String getRegistrationNumber() {
            return registrationNumber;
        }

        public void setRegistrationNumber(String registrationNumber) {
            this.registrationNumber = registrationNumber;
        }
    }

    /**
     * A report's decisions as pages and the API show them: every version fastställd, oldest first,
     * and where the report stands ({@code adopted}: frozen as the latest version says;
     * {@code adoptable}: inskickad or granskad and not fastställd yet, so the kommun may fastställa
     * it; {@code correctable}: fastställd and its period open, so the kommun may start a correction).
     */
    public record Decisions(String kommunCode, String kommunName, long periodId, String periodCode, ReportStatus status,
            boolean adopted, boolean adoptable, boolean correctable, List<ReportDecision.Summary> versions) implements Serializable {
    }

    /**
     * What the fastställd document is rendered from: the report as the LBU network reads it (small
     * counts withheld), the kommun, the version the decision will be, and the report's lock version
     * it was read at ({@link #adopt} refuses when the report changed since).
     */
    public record Draft(ReportForm report, String kommunCode, String kommunName, int version, int lockVersion) implements Serializable {
    }

    /** One fastställd document: the decision and its bytes, exactly as kept. */
    public record Document(String kommunCode, String kommunName, String periodCode, ReportDecision.Summary decision, byte[] pdf)
            implements Serializable {
    }

    /** The caller's kommun's decisions for the period's report (none when it has no report yet). */
    public Decisions decisions(long periodId) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = ownKommun();
        return decisions(em, kommun, period, stored(em, period));
    }

    /**
     * The report of the caller's kommun as the fastställd document will show it, and the version
     * the decision will be.
     *
     * @throws NotFoundRefusal no such period, or the kommun has no report for it
     * @throws WrongStateRefusal {@code report.error.adopted} when it is fastställd already;
     *         {@code report.adopt.error.notSubmitted} when it is not inskickad or granskad
     */
    public Draft draft(long periodId) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = ownKommun();
        ProgressReport report = adoptable(period);
        return new Draft(readersView(em, kommun.getCode(), report), kommun.getCode(), kommun.getName(),
                versions(em, report).size() + 1, report.getLockVersion());
    }

    /**
     * Fastställer the caller's kommun's report: keeps {@code pdf} (the document rendered from
     * {@link #draft} at {@code lockVersion}, with the decision in it) and its SHA-256 as the next
     * version, freezes the report, audits the decision.
     *
     * @throws InvalidInputRefusal a field missing, too long or with a personnummer; a date in the
     *         future ({@code report.adopt.error.dateInFuture}); a diarienummer an earlier version of
     *         the report has ({@code report.adopt.error.registrationNumberUsed}, at the field)
     * @throws WrongStateRefusal as {@link #draft}
     * @throws ConflictRefusal {@code report.adopt.error.changed} when the report changed after the
     *         document was rendered, or another fastställande of it ran at the same moment
     */
    public ReportDecision.Summary adopt(long periodId, int lockVersion, @NotNull @Valid DecisionForm form, byte[] pdf) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = ownKommun();
        try {
            ProgressReport report = adoptable(period);
            if (report.getLockVersion() != lockVersion) {
                throw new ConflictRefusal("report.adopt.error.changed");
            }
            if (form.getAdoptedOn().isAfter(LocalDate.now(clock))) {
                throw InvalidInputRefusal.atField("adoptedOn", "report.adopt.error.dateInFuture");
            }
            List<ReportDecision> earlier = versions(em, report);
            String registration = form.getRegistrationNumber().strip();
            if (earlier.stream().anyMatch(d -> d.getRegistrationNumber().equalsIgnoreCase(registration))) {
                throw InvalidInputRefusal.atField("registrationNumber", "report.adopt.error.registrationNumberUsed", registration);
            }
            em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            ReportDecision decision = report.adopt(earlier.size() + 1, form.getAdoptedOn(), form.getDecidedBy().strip(), registration,
                    user.getDisplayName(), LocalDateTime.now(clock), pdf);
            em.persist(decision);
            em.flush();
            ReportDecision.Summary summary = decision.summary();
            audit.recorded(AuditAction.ADOPT, item(kommun, period), "decision", null, "v" + summary.number() + " " + summary.adoptedOn()
                    + ", " + summary.decidedBy() + ", " + summary.registrationNumber() + ", SHA-256 " + summary.sha256());
            em.flush();
            return summary;
        } catch (PersistenceException | jakarta.ejb.EJBException e) {
            if (ConcurrentWrites.lostTo(e)) {
                throw new ConflictRefusal("report.adopt.error.changed");
            }
            throw e;
        }
    }

    /**
     * Starts a correction of the caller's kommun's fastställd report: it is reopened as an utkast
     * (its answers kept) for the kommun to change and submit again, and then to fastställa as the
     * next version with its own diarienummer. The earlier versions and their documents stay.
     *
     * @throws NotFoundRefusal no such period or report
     * @throws WrongStateRefusal {@code report.correct.error.notAdopted} when the report is not
     *         fastställd; {@code report.error.periodClosed} when its period is closed
     */
    public Decisions correct(long periodId) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = ownKommun();
        ProgressReport report = stored(em, period);
        if (report == null) {
            throw new NotFoundRefusal("report.error.notFound");
        }
        if (!report.isAdopted()) {
            throw new WrongStateRefusal("report.correct.error.notAdopted");
        }
        if (!period.isOpen()) {
            throw new WrongStateRefusal("report.error.periodClosed", period.code());
        }
        ReportStatus before = report.getStatus();
        em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        report.reopenForCorrection(LocalDateTime.now(clock));
        em.flush();
        audit.recorded(AuditAction.NEW_VERSION, item(kommun, period), "status", String.valueOf(before), String.valueOf(report.getStatus()));
        em.flush();
        return decisions(em, kommun, period, report);
    }

    /** One of the caller's kommun's fastställda documents, its bytes exactly as kept. */
    public Document document(long periodId, int version) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = ownKommun();
        return document(em, kommun, period, version);
    }

    /** A kommun's decisions for the period's report, for coordinators and the LBU network. */
    @RolesAllowed({PortalRole.REVIEWER, PortalRole.COORDINATOR})
    public Decisions decisionsOf(@KommunCodeInAddress String kommunCode, long periodId) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = kommun(kommunCode);
        return KommunEntityManagers.read(emf, kommun.getCode(), kommunEm -> decisions(kommunEm, kommun, period, stored(kommunEm, period)));
    }

    /** One of a kommun's fastställda documents, for coordinators and the LBU network. */
    @RolesAllowed({PortalRole.REVIEWER, PortalRole.COORDINATOR})
    public Document documentOf(@KommunCodeInAddress String kommunCode, long periodId, int version) {
        ReportingPeriod period = period(periodId);
        Kommun kommun = kommun(kommunCode);
        return KommunEntityManagers.read(emf, kommun.getCode(), kommunEm -> document(kommunEm, kommun, period, version));
    }

    /**
     * A report's decisions ({@link Decisions}) from what its caller has read already: the kommun,
     * the period and the kommun's report for it (null when it has none), read through
     * {@code kommunEm}, the kommun's entity manager. The decisions themselves are read only when the
     * report has been fastställd at some time ({@link ProgressReport#getAdoptedSubmission}; a
     * decision is made nowhere else): then one statement, of their summaries, not their documents.
     */
    static Decisions decisions(EntityManager kommunEm, Kommun kommun, ReportingPeriod period, ProgressReport report) {
        if (report == null) {
            return new Decisions(kommun.getCode(), kommun.getName(), period.getId(), period.code(), null, false, false, false, List.of());
        }
        boolean submitted = report.getStatus() == ReportStatus.SUBMITTED || report.getStatus() == ReportStatus.REVIEWED;
        return new Decisions(kommun.getCode(), kommun.getName(), period.getId(), period.code(), report.getStatus(), report.isAdopted(),
                submitted && !report.isAdopted(), report.isAdopted() && period.isOpen(),
                report.getAdoptedSubmission().isEmpty() ? List.of() : summaries(kommunEm, report));
    }

    /** The summaries of a report's decisions, oldest first, read without their documents. */
    private static List<ReportDecision.Summary> summaries(EntityManager kommunEm, ProgressReport report) {
        return kommunEm.createQuery("SELECT d.number, d.submissionNumber, d.adoptedOn, d.decidedBy, d.registrationNumber, d.recordedBy, "
                + "d.recordedAt, d.sha256 FROM ReportDecision d WHERE d.report = :report ORDER BY d.number", Object[].class)
                .setParameter("report", report).getResultList().stream()
                .map(row -> new ReportDecision.Summary(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), (LocalDate) row[2],
                        (String) row[3], (String) row[4], (String) row[5], (LocalDateTime) row[6], (String) row[7]))
                .toList();
    }

    private Document document(EntityManager kommunEm, Kommun kommun, ReportingPeriod period, int version) {
        ProgressReport report = stored(kommunEm, period);
        if (report == null) {
            throw new NotFoundRefusal("report.adopt.error.noSuchVersion");
        }
        ReportDecision decision = kommunEm.createNamedQuery(ReportDecision.BY_NUMBER, ReportDecision.class)
                .setParameter("report", report).setParameter("number", version).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundRefusal("report.adopt.error.noSuchVersion"));
        // The bytes are served only while they are those the SHA-256 was taken of when fastställd.
        if (!ReportDecision.sha256(decision.getPdf()).equals(decision.getSha256())) {
            throw new IllegalStateException("The stored PDF of " + kommun.getCode() + " " + period.code() + " version " + version
                    + " no longer matches its SHA-256: not served");
        }
        return new Document(kommun.getCode(), kommun.getName(), period.code(), decision.summary(), decision.getPdf());
    }

    /** The report the caller's kommun may fastställa now, or the refusal saying why not. */
    private ProgressReport adoptable(ReportingPeriod period) {
        ProgressReport report = stored(em, period);
        if (report == null) {
            throw new NotFoundRefusal("report.error.notFound");
        }
        if (report.isAdopted()) {
            throw new WrongStateRefusal("report.error.adopted", latestRegistration(em, report));
        }
        if (report.getStatus() != ReportStatus.SUBMITTED && report.getStatus() != ReportStatus.REVIEWED) {
            throw new WrongStateRefusal("report.adopt.error.notSubmitted");
        }
        return report;
    }

    /**
     * The report as coordinators and the LBU network read it: submitted values, small counts
     * withheld; the later changes of values are not part of a fastställd record and are left out.
     */
    private ReportForm readersView(EntityManager kommunEm, String kommunCode, ProgressReport report) {
        return ReportForm.asSubmitted(report, ReportIndicators.linked(kommunEm, report), false, indicator -> java.util.Optional.empty());
    }

    /** The diarienummer of a report's latest decision (what a refusal of a change names). */
    static String latestRegistration(EntityManager kommunEm, ProgressReport report) {
        List<ReportDecision> versions = versions(kommunEm, report);
        return versions.isEmpty() ? "" : versions.get(versions.size() - 1).getRegistrationNumber();
    }

    private static List<ReportDecision> versions(EntityManager kommunEm, ProgressReport report) {
        return kommunEm.createNamedQuery(ReportDecision.OF_REPORT, ReportDecision.class).setParameter("report", report).getResultList();
    }

    private static ProgressReport stored(EntityManager kommunEm, ReportingPeriod period) {
        return kommunEm.createNamedQuery(ProgressReport.FOR_PERIOD, ProgressReport.class).setParameter("period", period)
                .getResultStream().findFirst().orElse(null);
    }

    private AuditedItem item(Kommun kommun, ReportingPeriod period) {
        return new AuditedItem(AuditItemType.PROGRESS_REPORT, kommun.getCode() + ":" + period.code(), period.code());
    }

    private Kommun ownKommun() {
        String code = user.getKommunCode().orElseThrow(() -> new NotFoundRefusal("report.error.notFound"));
        return kommun(code);
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
