package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.service.report.RegionalOverview;
import se.samverkansportalen.service.report.ReportingPeriods;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code rapport/lagesbild.xhtml}: the regional lägesbild of a period. Opened without a
 * period (the menu, a bookmark), it shows the newest one.
 */
@Named
@RequestScoped
public class OverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalOverview overview;

    @Inject
    PeriodChoices periodChoices;

    @Inject
    Messages messages;

    private long period;
    private RegionalOverview.Overview view;
    private final Map<String, String> charts = new HashMap<>();

    public void load() {
        if (view != null) {
            return;
        }
        if (period == 0) {
            List<ReportingPeriods.Period> all = periodChoices.getAll();
            if (all.isEmpty()) {
                messages.info("report.periods.none");
                return;
            }
            period = all.get(0).id();
        }
        messages.attempt(() -> view = overview.forPeriod(period), "overview.error.notAllowed");
    }

    /** The chart of a delmål's trend (a Chart.js configuration), made once per view. */
    public String chart(RegionalOverview.SubGoalPicture subGoal) {
        return charts.computeIfAbsent(subGoal.itemKey(), k -> OverviewChart.config(subGoal, messages.bundle()));
    }

    /** The kommuner's names, comma-separated, in the order given. */
    public String names(List<RegionalOverview.KommunRef> kommuner) {
        return String.join(", ", kommuner.stream().map(RegionalOverview.KommunRef::name).toList());
    }

    /** The periods the trends show, as codes ("2026-T1, 2026-T2"). */
    public String getTrendCodes() {
        return String.join(", ", view.trendPeriods().stream().map(RegionalOverview.PeriodRef::code).toList());
    }

    /** The id of a delmål's heading on the page ("delmal-3-5"); its tables' ids add "-lights" and "-trend". */
    public String anchor(RegionalOverview.SubGoalPicture subGoal) {
        return "delmal-" + subGoal.number().replaceAll("[^0-9A-Za-z]", "-");
    }

    /** The buckets of a tally in the order of the columns: grön, gul, röd, ingen uppgift. */
    public List<RegionalOverview.Bucket> buckets(RegionalOverview.Tally tally) {
        return List.of(tally.green(), tally.yellow(), tally.red(), tally.none());
    }

    public long getPeriod() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public RegionalOverview.Overview getView() {
        return view;
    }
}
