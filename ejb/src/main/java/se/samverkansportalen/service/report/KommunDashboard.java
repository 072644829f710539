package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkansportalen.domain.localplan.Indicator;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.LocalPlan;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * A kommun's own page: the open periods and where its report for each stands (what is due, and
 * by when), what is red in its latest report and in its fastställda local plans, and the latest
 * value of each of its indicators. Bound to the caller's kommun like every service. Read in a
 * constant number of statements, whatever the number of periods and reports: the periods, the
 * reports, the latest report's red items, and the local plans (plans, goals, risks with their
 * measures, indicators with their values: one statement each).
 */
@Stateless
@RolesAllowed(PortalRole.EDITOR)
public class KommunDashboard {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** An open period: the kommun's report state (null: not started), the deadline and the days left (negative: late). */
    public record Due(long periodId, String periodCode, LocalDate deadline, ReportStatus status, long daysLeft)
            implements Serializable {

        /** Whether the kommun still has to send the report. */
        public boolean toDo() {
            return status == null || status.editableByKommun();
        }

        public boolean late() {
            return toDo() && daysLeft < 0;
        }
    }

    /** Something red: an item of the latest report, or a risk measure of a local plan. */
    public record Red(String where, String label, String narrative) implements Serializable {
    }

    /** An indicator's latest recorded value. */
    public record LatestValue(long planId, String planTitle, String name, IndicatorUnit unit, String period, BigDecimal value,
            BigDecimal target) implements Serializable {
    }

    public record Dashboard(List<Due> due, List<Red> red, List<LatestValue> indicators) implements Serializable {
    }

    public Dashboard ours() {
        LocalDate today = LocalDate.now(clock);
        // The periods first: the reports' periods are then found among them, not read again.
        List<ReportingPeriod> all = em.createNamedQuery(ReportingPeriod.ALL, ReportingPeriod.class).getResultList();
        List<ProgressReport> reports = em.createQuery("SELECT r FROM ProgressReport r", ProgressReport.class).getResultList();
        Map<Long, ProgressReport> byPeriod = reports.stream().collect(Collectors.toMap(r -> r.getPeriod().getId(), Function.identity()));
        List<Due> due = all.stream()
                .filter(ReportingPeriod::isOpen).sorted(Comparator.comparing(ReportingPeriod::getDeadline))
                .map(p -> {
                    ProgressReport report = byPeriod.get(p.getId());
                    return new Due(p.getId(), p.code(), p.getDeadline(), report == null ? null : report.getStatus(),
                            ChronoUnit.DAYS.between(today, p.getDeadline()));
                }).toList();

        List<Red> red = new ArrayList<>();
        reports.stream().max(Comparator.comparing((ProgressReport r) -> r.getPeriod().start()))
                .ifPresent(latest -> redItems(latest).forEach(i -> red.add(new Red(latest.getPeriod().code(), i.getLabel(), i.getNarrative()))));
        List<LocalPlan> adopted = em.createNamedQuery(LocalPlan.ALL, LocalPlan.class).getResultList().stream()
                .filter(plan -> plan.getStatus() == LocalPlanStatus.ADOPTED).toList();
        // The risks of every plan before the indicators, which refer to them.
        for (LocalPlan plan : adopted) {
            plan.risks().forEach(r -> r.getMeasures().stream().filter(m -> m.getStatus() == TrafficLight.RED)
                    .forEach(m -> red.add(new Red(plan.getTitle(), "Risk " + r.getNumber() + ": " + m.getTitle(), null))));
        }
        List<LatestValue> indicators = new ArrayList<>();
        for (LocalPlan plan : adopted) {
            for (Indicator indicator : plan.getIndicators()) {
                List<String> periods = indicator.periods();
                for (int i = periods.size() - 1; i >= 0; i--) {
                    BigDecimal value = indicator.valueFor(periods.get(i)).orElse(null);
                    if (value != null) {
                        indicators.add(new LatestValue(plan.getId(), plan.getTitle(), indicator.getName(), indicator.getUnit(),
                                periods.get(i), value, indicator.getTarget()));
                        break;
                    }
                }
            }
        }
        return new Dashboard(due, red, indicators);
    }

    /** The red items of a report, in the report's order: read for that report only, not with every report's items. */
    private List<ReportItem> redItems(ProgressReport report) {
        return em.createQuery("SELECT i FROM ReportItem i WHERE i.report = :report AND i.light = :red ORDER BY i.position", ReportItem.class)
                .setParameter("report", report).setParameter("red", TrafficLight.RED).getResultList();
    }
}
