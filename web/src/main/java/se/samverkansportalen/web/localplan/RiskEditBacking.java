package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalRisks;
import se.samverkansportalen.web.Messages;

/** Backs {@code lokal/risk.xhtml}: a kommun's editor places a risk on the matrix for a period and sets its measures' traffic lights. */
@Named
@ViewScoped
public class RiskEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LocalRisks risks;

    @Inject
    Messages messages;

    private long plan;
    private long id;
    private LocalPlanView.RiskView risk;
    private String period;
    private Integer likelihood;
    private Integer severity;
    /** Each measure's chosen traffic light by name ("" or null: not assessed). */
    private final Map<Long, String> statuses = new HashMap<>();
    private String newMeasureTitle;
    private String newMeasureDescription;
    private java.util.List<String> linked = new java.util.ArrayList<>();
    private java.util.List<se.samverkansportalen.service.plan.RegionalPlanView.SubGoalRow> subGoals = java.util.List.of();

    @EJB
    se.samverkansportalen.service.plan.RegionalPlanService regionalPlan;

    public void load() {
        if (risk == null) {
            messages.attempt(() -> show(risks.plan(plan)), "localplan.error.notKommunEditor");
        }
    }

    private void show(LocalPlanView view) {
        risk = view.risks().stream().filter(r -> r.id() == id).findFirst().orElse(null);
        if (risk == null) {
            messages.error("localplan.error.notFound");
            return;
        }
        LocalPlanView.Assessment latest = risk.latest();
        if (latest != null && period == null) {
            period = latest.period();
            likelihood = latest.likelihood();
            severity = latest.severity();
        }
        risk.measures().forEach(m -> statuses.put(m.id(), m.status() == null ? null : m.status().name()));
        linked = new java.util.ArrayList<>(risk.linkedSubGoals().stream().map(LocalPlanView.LinkedSubGoal::itemKey).toList());
        if (subGoals.isEmpty()) {
            subGoals = regionalPlan.currentPlan().map(p -> p.areas().stream().flatMap(a -> a.subGoals().stream()).toList())
                    .orElse(java.util.List.of());
        }
    }

    /** Adds a measure against the risk. */
    public void addMeasure() {
        if (messages.attempt(() -> show(risks.addRiskMeasure(plan, id, newMeasureTitle, newMeasureDescription)),
                "localplan.error.notKommunEditor")) {
            messages.info("localplan.measureSaved", newMeasureTitle.strip());
            newMeasureTitle = null;
            newMeasureDescription = null;
        }
    }

    /** Links the risk to the chosen regional delmål. */
    public void saveLinks() {
        java.util.List<String> chosen = new java.util.ArrayList<>(linked);
        if (messages.attempt(() -> show(risks.linkRisk(plan, id, chosen)), "localplan.error.notKommunEditor")) {
            messages.info("localplan.risk.linksSaved");
        }
    }

    public java.util.List<se.samverkansportalen.service.plan.RegionalPlanView.SubGoalRow> getSubGoals() {
        return subGoals;
    }

    public java.util.List<String> getLinked() {
        return linked;
    }

    public void setLinked(java.util.List<String> linked) {
        this.linked = linked == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(linked);
    }

    public String getNewMeasureTitle() {
        return newMeasureTitle;
    }

    public void setNewMeasureTitle(String newMeasureTitle) {
        this.newMeasureTitle = newMeasureTitle;
    }

    public String getNewMeasureDescription() {
        return newMeasureDescription;
    }

    public void setNewMeasureDescription(String newMeasureDescription) {
        this.newMeasureDescription = newMeasureDescription;
    }

    public void assess() {
        if (likelihood == null || severity == null) {
            messages.error("localplan.error.cellOutside");
            return;
        }
        if (messages.attempt(() -> show(risks.assessRisk(plan, id, period, likelihood, severity)), "localplan.error.notKommunEditor")) {
            messages.info("localplan.risk.assessed", risk.number(), period.strip());
        }
    }

    public void saveStatuses() {
        boolean[] ok = {true};
        Map<Long, String> chosenLights = new HashMap<>(statuses); // each save below shows the stored state again
        for (LocalPlanView.RiskMeasureView m : risk.measures()) {
            String chosen = chosenLights.get(m.id());
            TrafficLight light = chosen == null || chosen.isBlank() ? null : TrafficLight.valueOf(chosen);
            if (m.status() != light) {
                ok[0] &= messages.attempt(() -> show(risks.setMeasureStatus(plan, m.id(), light)),
                        "localplan.error.notKommunEditor");
            }
        }
        if (ok[0]) {
            messages.info("localplan.statusSaved");
        }
    }

    public TrafficLight[] getLights() {
        return TrafficLight.values();
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public LocalPlanView.RiskView getRisk() {
        return risk;
    }

    public long getPlan() {
        return plan;
    }

    public void setPlan(long plan) {
        this.plan = plan;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Integer likelihood) {
        this.likelihood = likelihood;
    }

    public Integer getSeverity() {
        return severity;
    }

    public void setSeverity(Integer severity) {
        this.severity = severity;
    }
}
