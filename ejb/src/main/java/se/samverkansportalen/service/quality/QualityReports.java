package se.samverkansportalen.service.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkansportalen.domain.audit.AuditAction;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanShape;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.domain.localplan.SmallNumbers;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.domain.quality.QualityEntry;
import se.samverkansportalen.domain.quality.QualityReport;
import se.samverkansportalen.domain.quality.QualityReportYear;
import se.samverkansportalen.domain.quality.QualitySection;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.validation.CalendarDate;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.localplan.LocalPlanForm;
import se.samverkansportalen.service.localplan.LocalPlanSummary;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.service.localplan.LocalRisks;
import se.samverkansportalen.service.persistence.ConcurrentWrites;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.TenantBinding;

/**
 * A kommun's editors keep their kommun's yearly kvalitetsberättelser: they start the utkast of a
 * year (with the standard sections), write each section (text, figures, lists, the controls of the
 * egenkontroll), fastställer it (date, nämnd, diarienummer) or remove it while it is an utkast, and
 * carry the coming year's fokusområden into a new local plan's goals. What the portal already knows
 * is drawn in, never typed again: the risk register from the kommun's fastställda risk-based plans
 * (each risk's level then and now as the plan's risk matrix shows it, its measures with their
 * traffic lights), the förbättrande åtgärder from its fastställda local plans' measures with their
 * latest reported status, and figures from the kommun's yearly indicators (the year beside the year
 * before). Example plans shown for demonstration are never drawn in.
 *
 * <p>A fastställd berättelse is frozen: every change is refused ({@code quality.error.adopted},
 * 409), and it is read as it was when it was fastställd, drawn-in parts included. An example shown
 * for demonstration is read only ({@code quality.error.example}). Every call is bound to the
 * caller's kommun ({@link TenantBinding}); another kommun's berättelse is answered exactly as one
 * that does not exist. Every change is audited in the same transaction.
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class QualityReports {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    LocalPlans localPlans;

    @EJB
    LocalRisks localRisks;

    @EJB
    KommunDirectory kommuner;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** A yearly indicator of the kommun's plans a figure can be drawn from. */
    public record YearlyIndicator(long id, String planTitle, String name, IndicatorUnit unit) implements Serializable {
    }

    /** The caller's kommun's berättelser, newest year first. */
    public List<QualityReportSummary> ours() {
        String code = kommunCode();
        String name = kommunName();
        return em.createNamedQuery(QualityReport.ALL, QualityReport.class).getResultList().stream()
                .map(r -> summary(r, code, name)).toList();
    }

    /** The caller's kommun's berättelse of a year, exact; a fastställd one as it was fastställd. */
    public QualityReportView report(@QualityReportYear int year) {
        QualityReport report = find(year);
        if (report.isAdopted()) {
            return QualityReportContent.read(report.getAdoptedContent());
        }
        return QualityReportViews.view(report, kommunCode(), kommunName(), drawn(report));
    }

    /**
     * Starts the utkast of a year with the standard sections. Refused: a year before
     * {@value QualityReport#FIRST_YEAR} or after the current one ({@code quality.error.year} at
     * {@code year}, {@link QualityReportYear}); a year the kommun has a berättelse of, also one
     * started at the same moment ({@code quality.error.exists}, 409).
     */
    public QualityReportView create(@QualityReportYear int year) {
        if (byYear(year).isPresent()) {
            throw new WrongStateRefusal("quality.error.exists", String.valueOf(year));
        }
        QualityReport report = QualityReport.draft(year);
        try {
            em.persist(report);
            em.flush();
        } catch (PersistenceException e) {
            if (ConcurrentWrites.lostTo(e)) {
                throw new WrongStateRefusal("quality.error.exists", String.valueOf(year));
            }
            throw e;
        }
        audit.created(item(report), String.valueOf(year));
        return report(year);
    }

    /** A section of the berättelse for its edit form. */
    public SectionForm sectionForm(@QualityReportYear int year,
            @NotNull @Size(max = QualitySection.KEY_MAX) String key) {
        QualityReport report = find(year);
        return SectionForm.of(report, section(report, key));
    }

    /**
     * Saves a section as the form holds it: text, figures, lists and controls. Refused: a
     * fastställd berättelse or an example (409), a section someone else saved after the form was
     * opened ({@code quality.error.changed}, 409), a typed figure without a name
     * ({@code figures[N].name}), a figure drawn from something that is not a yearly indicator of the
     * kommun's own plans ({@code quality.error.unknownIndicator} at {@code figures[N].indicatorId}).
     */
    public QualityReportView saveSection(@NotNull @Valid SectionForm input) {
        QualityReport report = findForChange(input.getYear());
        QualitySection section = section(report, input.getKey());
        if (section.getLockVersion() != input.getLockVersion()) {
            throw new ConflictRefusal("quality.error.changed");
        }
        Map<Long, Indicator> yearly = yearlyIndicatorsById();
        String textBefore = section.getText();
        String contentsBefore = describe(section);
        section.write(input.getText());
        section.clearContents();
        for (int i = 0; i < input.getFigures().size(); i++) {
            SectionForm.FigureForm f = input.getFigures().get(i);
            if (f.getIndicatorId() != null) {
                Indicator indicator = yearly.get(f.getIndicatorId());
                if (indicator == null) {
                    throw InvalidInputRefusal.atField("figures[" + i + "].indicatorId", "quality.error.unknownIndicator");
                }
                section.addFigure(indicator.getName(), indicator.getUnit(), null, null, null, false, indicator.getId());
            } else {
                if (f.getName() == null || f.getName().isBlank()) {
                    throw InvalidInputRefusal.atField("figures[" + i + "].name", "input.required", "name");
                }
                try {
                    section.addFigure(f.getName(), f.getUnit(), f.getYear(), f.getValue(), f.getPeriodNote(), f.isApproximate(), null);
                } catch (InvalidInputRefusal refusal) {
                    throw InvalidInputRefusal.atField("figures[" + i + "]." + refusal.getField(), refusal.getMessageKey(),
                            refusal.getArguments().toArray());
                }
            }
        }
        input.getEntries().forEach(e -> section.addEntry(e.getList(), e.getDepartment(), e.getName(), e.getFollowUp()));
        input.getInspections().forEach(i -> section.addInspection(i.getName(), i.getDepartment(), i.isAllDepartments(), i.getMethod(), i.getResult(),
                lines(i.getControlAreas()), lines(i.getWorkstreams()), lines(i.getStartingPoints())));
        em.lock(section, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        AuditedItem item = item(report);
        audit.changed(item, section.getKey() + ".text", textBefore, section.getText());
        audit.changed(item, section.getKey() + ".contents", contentsBefore, describe(section));
        return report(report.getYear());
    }

    /**
     * Fastställer the berättelse (date, nämnd or decision-maker, diarienummer): from now on it is
     * frozen and read as it is now, drawn-in parts included. Refused at {@code adoptedOn}: a date
     * after today in Sweden ({@code quality.error.adoptionDateInFuture}) or before 1 January of the
     * berättelse's year ({@code quality.error.adoptionDateBeforeYear}), both by the berättelse
     * ({@link QualityReport#adopt}); a berättelse already fastställd or an example (409).
     */
    public QualityReportView adopt(@QualityReportYear int year,
            @NotNull(message = "{quality.error.adoptionDateRequired}") @CalendarDate LocalDate adoptedOn,
            @NotBlank(message = "{quality.error.decidedByRequired}") @Size(max = QualityReport.DECIDED_BY_MAX) @PlainText @NoPersonalData String decidedBy,
            @Size(max = QualityReport.REGISTRATION_NUMBER_MAX) @PlainText @NoPersonalData String registrationNumber) {
        QualityReport report = findForChange(year);
        String number = registrationNumber == null || registrationNumber.isBlank() ? null : registrationNumber.strip();
        QualityReportView kept = QualityReportViews.adopted(QualityReportViews.view(report, kommunCode(), kommunName(), drawn(report)),
                adoptedOn, decidedBy.strip(), number);
        report.adopt(adoptedOn, decidedBy, number, LocalDate.now(clock), QualityReportContent.write(kept));
        em.flush();
        audit.recorded(AuditAction.ADOPT, item(report), "status", "DRAFT",
                "ADOPTED " + adoptedOn + ", " + decidedBy.strip() + (number == null ? "" : ", " + number));
        return report(year);
    }

    /**
     * Removes an utkast with everything written in it (the page has asked for confirmation first);
     * its history stays. Refused: a fastställd berättelse ({@code quality.error.removeAdopted}, 409:
     * a decided account is a public document, kept), an example shown for demonstration
     * ({@code quality.error.example}, 409), and another kommun's or a missing one (not found).
     */
    public void remove(@QualityReportYear int year) {
        QualityReport report = lockedOwn(year);
        report.requireRemovable();
        audit.deleted(item(report), String.valueOf(year));
        em.remove(report);
        em.flush();
    }

    /**
     * Carries the coming year's fokusområden (the items of the section {@code focus-next-year}) into
     * a new risk-based local plan of the kommun in one step: an utkast with the given title, the
     * fokusområden as its focus areas and one goal per fokusområde (named by its avdelning where it
     * has one). Refused ({@code quality.error.noFocusAreas}) when the berättelse names none.
     *
     * @return the new local plan
     */
    public LocalPlanView carryFocusIntoPlan(@QualityReportYear int year,
            @NotBlank @Size(max = LocalPlan.TITLE_MAX) @PlainText @NoPersonalData String title) {
        QualityReport report = find(year);
        List<QualityEntry> focus = report.section(QualityReport.FOCUS_SECTION).map(s -> s.entries(EntryList.ITEMS)).orElse(List.of());
        if (focus.isEmpty()) {
            throw new InvalidInputRefusal("quality.error.noFocusAreas", String.valueOf(year));
        }
        LocalPlanForm form = new LocalPlanForm();
        form.setShape(LocalPlanShape.RISK_BASED);
        form.setStatus(LocalPlanStatus.DRAFT);
        form.setTitle(title.strip());
        form.setFocusAreas(String.join("\n", focus.stream().map(QualityReports::focusLine).toList()));
        LocalPlanView plan = localPlans.savePlan(form);
        for (QualityEntry entry : focus) {
            localRisks.addGoal(plan.id(), goalTitle(entry), entry.getName());
        }
        audit.changed(item(report), "focusCarriedInto", null, plan.title());
        return localPlans.plan(plan.id());
    }

    /** The yearly indicators of the kommun's own plans (examples left out) a figure can be drawn from. */
    public List<YearlyIndicator> yearlyIndicators() {
        return yearlyIndicatorsById().values().stream()
                .sorted(Comparator.comparing((Indicator i) -> i.getPlan().getTitle()).thenComparing(Indicator::getPosition))
                .map(i -> new YearlyIndicator(i.getId(), i.getPlan().getTitle(), i.getName(), i.getUnit())).toList();
    }

    private Map<Long, Indicator> yearlyIndicatorsById() {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.periodicity = :yearly", Indicator.class)
                .setParameter("yearly", Periodicity.YEAR).getResultList().stream()
                .filter(i -> !i.getPlan().isExample() && !i.isDerived())
                .collect(Collectors.toMap(Indicator::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * What the berättelse draws in from the kommun's plans, reports and indicators, as they are now.
     * The risk register and the förbättrande åtgärder come from the local plans that apply: the
     * kommun's fastställda ones, as a report's items do ({@code ReportItems.missing}) and Min kommun
     * shows; an utkast is not yet the kommun's plan, an avslutad one no longer is. Example plans
     * shown for demonstration never.
     */
    private QualityReportViews.Drawn drawn(QualityReport report) {
        List<QualityReportView.RegisterRisk> register = new ArrayList<>();
        List<QualityReportView.Improvement> improvements = new ArrayList<>();
        Map<String, ReportItem> latest = latestReported(report.getYear());
        for (LocalPlanSummary summary : localPlans.ours()) {
            if (summary.status() != LocalPlanStatus.ADOPTED) {
                continue;
            }
            LocalPlanView plan = localPlans.plan(summary.id());
            if (plan.example()) {
                continue;
            }
            List<String> periods = plan.matrixPeriods();
            String then = periods.isEmpty() ? null : periods.get(0);
            String now = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            for (LocalPlanView.RiskView risk : plan.risks()) {
                LocalPlanView.Assessment before = then == null ? null : risk.in(then);
                LocalPlanView.Assessment after = now == null ? null : risk.in(now);
                register.add(new QualityReportView.RegisterRisk(plan.id(), plan.title(), risk.number(), risk.qualityArea(), risk.title(),
                        before == null ? null : then, before == null ? null : before.level(),
                        after == null ? null : now, after == null ? null : after.level(),
                        risk.measures().stream().map(m -> new QualityReportView.RiskMeasureLight(m.title(), m.status())).toList()));
            }
            for (LocalPlanView.Measure measure : plan.measures()) {
                ReportItem reported = latest.get(ItemType.LOCAL_MEASURE + ":" + measure.id());
                improvements.add(new QualityReportView.Improvement(plan.id(), plan.title(), measure.number(), measure.title(),
                        reported == null ? null : reported.getReport().getPeriod().code(),
                        reported == null ? null : reported.getStatus(), reported == null ? null : reported.getLight()));
            }
        }
        return new QualityReportViews.Drawn(register, improvements, drawnFigures(report));
    }

    /** The kommun's yearly indicators the berättelse's figures are drawn from, with the year's and the year before's values. */
    private Map<Long, QualityReportViews.DrawnFigure> drawnFigures(QualityReport report) {
        List<Long> ids = report.getSections().stream().flatMap(s -> s.getFigures().stream())
                .map(f -> f.getIndicatorId()).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String year = String.valueOf(report.getYear());
        String yearBefore = String.valueOf(report.getYear() - 1);
        Map<Long, QualityReportViews.DrawnFigure> figures = new HashMap<>();
        for (Indicator i : em.createQuery("SELECT i FROM Indicator i WHERE i.id IN :ids", Indicator.class).setParameter("ids", ids)
                .getResultList()) {
            BigDecimal now = i.valueFor(year).orElse(null);
            BigDecimal before = i.valueFor(yearBefore).orElse(null);
            figures.put(i.getId(), new QualityReportViews.DrawnFigure(i.getName(), i.getUnit(), now,
                    now != null && SmallNumbers.withheld(i, year), before, before != null && SmallNumbers.withheld(i, yearBefore)));
        }
        return figures;
    }

    /**
     * Each local measure's latest reported status up to the berättelse's year: the item of the
     * latest such period's report as it was sent, by "type:key". Only a report that stands as sent
     * counts (inskickad or granskad: the kommun cannot change its items then); an utkast, or a report
     * reopened for komplettering whose changes are not sent yet, stays with the kommun, as in the
     * lägesbild.
     */
    private Map<String, ReportItem> latestReported(int year) {
        List<ReportItem> items = em.createQuery("SELECT i FROM ReportItem i WHERE i.type = :type AND i.report.status IN :sent "
                + "AND i.report.period.year <= :year AND (i.status IS NOT NULL OR i.light IS NOT NULL)", ReportItem.class)
                .setParameter("type", ItemType.LOCAL_MEASURE).setParameter("sent", List.of(ReportStatus.SUBMITTED, ReportStatus.REVIEWED))
                .setParameter("year", year).getResultList();
        Map<String, ReportItem> latest = new HashMap<>();
        for (ReportItem item : items) {
            latest.merge(item.getType() + ":" + item.getItemKey(), item,
                    (a, b) -> a.getReport().getPeriod().start().isAfter(b.getReport().getPeriod().start()) ? a : b);
        }
        return latest;
    }

    private QualityReport find(int year) {
        return byYear(year).orElseThrow(QualityReports::notFound);
    }

    private Optional<QualityReport> byYear(int year) {
        return em.createNamedQuery(QualityReport.BY_YEAR, QualityReport.class).setParameter("year", year).getResultStream().findFirst();
    }

    /** The berättelse to be changed: refused for an example (read only) and, by the berättelse itself, once fastställd. */
    private QualityReport findForChange(int year) {
        QualityReport report = lockedOwn(year);
        report.requireDraft();
        return report;
    }

    /** The caller's kommun's berättelse of a year, locked for a change or its removal; refused for an example (read only). */
    private QualityReport lockedOwn(int year) {
        QualityReport report = find(year);
        // One change at a time: a section saved while the berättelse is fastställd waits, then finds it frozen.
        em.lock(report, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE); // (EclipseLink reads the row again, FOR UPDATE)
        if (report.isExample()) {
            throw new WrongStateRefusal("quality.error.example");
        }
        return report;
    }

    private static QualitySection section(QualityReport report, String key) {
        return report.section(key == null ? "" : key).orElseThrow(QualityReports::notFound);
    }

    static NotFoundRefusal notFound() {
        return new NotFoundRefusal("quality.error.notFound");
    }

    private String kommunCode() {
        return user.getKommunCode().orElseThrow(QualityReports::notFound);
    }

    private String kommunName() {
        return user.getKommunCode().flatMap(kommuner::find).map(Kommun::getName).orElse("");
    }

    static QualityReportSummary summary(QualityReport r, String kommunCode, String kommunName) {
        return new QualityReportSummary(kommunCode, kommunName, r.getYear(), r.getStatus(), r.getAdoptedOn(), r.getDecidedBy(),
                r.getRegistrationNumber(), r.getSourceLabel(), r.isExample());
    }

    private AuditedItem item(QualityReport report) {
        return new AuditedItem(AuditItemType.QUALITY_REPORT, kommunCode() + ":" + report.getYear(), String.valueOf(report.getYear()));
    }

    private static String goalTitle(QualityEntry entry) {
        String title = entry.getDepartment() != null ? entry.getDepartment() : entry.getName();
        return title.length() <= se.samverkansportalen.domain.localplan.LocalGoal.TITLE_MAX ? title
                : title.substring(0, se.samverkansportalen.domain.localplan.LocalGoal.TITLE_MAX - 1).strip() + "…";
    }

    private static String focusLine(QualityEntry entry) {
        return (entry.getDepartment() == null ? "" : entry.getDepartment() + ": ") + entry.getName().replace('\n', ' ');
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    private static String describe(QualitySection section) {
        StringBuilder text = new StringBuilder();
        section.getFigures().forEach(f -> text.append("Siffra: ").append(f.getName())
                .append(f.isDrawn() ? " (indikator " + f.getIndicatorId() + ")" : " " + f.getYear() + " = " + plain(f.getValue())).append('\n'));
        section.getEntries().forEach(e -> text.append(e.getList()).append(": ").append(e.getDepartment() == null ? "" : e.getDepartment() + ": ")
                .append(e.getName()).append(e.getFollowUp() == null ? "" : " | " + e.getFollowUp()).append('\n'));
        section.getInspections().forEach(i -> text.append("Kontroll: ").append(i.getName()).append(" | ")
                .append(String.join(", ", i.getControlAreas())).append(" | ").append(i.getResult() == null ? "" : i.getResult()).append('\n'));
        return text.toString().strip();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
