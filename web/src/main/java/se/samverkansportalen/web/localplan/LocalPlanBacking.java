package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.localplan.LocalPlanReading;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code lokal/plan.xhtml}: one local plan with its measures. Without a {@code kommun}
 * parameter it is the caller's own kommun's plan (editable); with one, the region's and the LBU
 * network's read-only view of that kommun's plan.
 */
@Named
@ViewScoped
public class LocalPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LocalPlans plans;

    @EJB
    LocalPlanReading reading;

    @Inject
    Messages messages;

    private long id;
    private String kommun;
    private LocalPlanView plan;

    public void load() {
        if (kommun == null || kommun.isBlank()) {
            messages.attempt(() -> plan = plans.plan(id), "localplan.error.notKommunEditor");
        } else {
            messages.attempt(() -> plan = reading.plan(kommun, id), "localplan.error.notReader");
        }
    }

    /** Removes a measure (the page has asked for confirmation first). */
    public void removeMeasure(long measureId) {
        if (messages.attempt(() -> plan = plans.removeMeasure(id, measureId), "localplan.error.notKommunEditor")) {
            messages.info("localplan.measureRemoved");
        }
    }

    /** Removes the whole plan (the page has asked for confirmation first). */
    public String removePlan() {
        if (messages.attempt(() -> plans.removePlan(id), "localplan.error.notKommunEditor")) {
            messages.flashInfo("localplan.planRemoved", plan.title());
            return "/lokal/index?faces-redirect=true";
        }
        return null;
    }

    /** An indicator's chart (Chart.js configuration for p:chart); the values table is its text alternative. */
    public String chart(LocalPlanView.IndicatorView indicator) {
        return IndicatorChart.config(indicator, messages.text("localplan.indicator.values"),
                messages.text("localplan.indicator.baseline"), messages.text("localplan.indicator.target"));
    }

    /**
     * Whether this is the caller's own kommun's plan, which the caller's role lets them change; an
     * example plan shown for demonstration is read only.
     */
    public boolean isEditable() {
        return plan != null && !plan.example() && (kommun == null || kommun.isBlank());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getKommun() {
        return kommun;
    }

    public void setKommun(String kommun) {
        this.kommun = kommun;
    }

    public LocalPlanView getPlan() {
        return plan;
    }
}
