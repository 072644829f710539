package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.service.report.ReportReview;
import se.samverkansportalen.service.report.ReportingPeriods;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code rapport/granska.xhtml}: the LBU network and the region see every kommun's report
 * state for a period; with a kommun chosen, its report, and (for reviewers) the review's steps.
 * Opened without a period (a bookmark of the page), it shows the newest period.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportReview review;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    @Inject
    PeriodChoices periodChoices;

    private long period;
    private String kommun;
    private List<ReportReview.KommunStatus> overview;
    private ReportForm report;
    private String comment;
    private final Map<Long, Boolean> returned = new HashMap<>();

    public void load() {
        if (period == 0 && (kommun == null || kommun.isBlank())) {
            List<ReportingPeriods.Period> all = periodChoices.getAll();
            if (all.isEmpty()) {
                messages.info("report.periods.none");
                return;
            }
            period = all.get(0).id();
        }
        if (overview == null) {
            boolean allowed = messages.attempt(() -> overview = new java.util.ArrayList<>(review.overview(period)), "report.error.notReviewer");
            if (allowed && kommun != null && !kommun.isBlank()) { // one refusal says it once
                messages.attempt(() -> report = review.report(kommun, period), "report.error.notReviewer");
            }
        }
    }

    public void markReviewed() {
        if (messages.attempt(() -> report = review.review(kommun, period), "report.error.notReviewer")) {
            drafts.saved();
            messages.info("report.reviewed");
            overview = new java.util.ArrayList<>(review.overview(period));
        }
    }

    public void requestCompletion() {
        java.util.Set<Long> items = returned.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (messages.attempt(() -> report = review.requestCompletion(kommun, period, comment, items), "report.error.notReviewer")) {
            drafts.saved();
            messages.info("report.completionRequested");
            comment = null;
            returned.clear();
            overview = new java.util.ArrayList<>(review.overview(period));
        }
    }

    public long getPeriod() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public String getKommun() {
        return kommun;
    }

    public void setKommun(String kommun) {
        this.kommun = kommun;
    }

    public List<ReportReview.KommunStatus> getOverview() {
        return overview;
    }

    /**
     * The chosen kommun's name ("Umeå") as the overview names it; its code when the overview does
     * not list it, null when no kommun is chosen.
     */
    public String getKommunName() {
        if (kommun == null || kommun.isBlank()) {
            return null;
        }
        return overview == null ? kommun : overview.stream().filter(k -> kommun.equals(k.kommunCode()))
                .map(ReportReview.KommunStatus::kommunName).findFirst().orElse(kommun);
    }

    public ReportForm getReport() {
        return report;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Map<Long, Boolean> getReturned() {
        return returned;
    }
}
