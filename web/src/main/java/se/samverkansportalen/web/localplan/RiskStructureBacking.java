package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalRisks;
import se.samverkansportalen.web.Messages;

/** Backs {@code lokal/risker.xhtml}: a kommun's editor adds goals and risks to a risk-based plan. */
@Named
@ViewScoped
public class RiskStructureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LocalRisks risks;

    @Inject
    Messages messages;

    private long plan;
    private LocalPlanView view;
    private String goalTitle;
    private String goalFocusArea;
    private Long goal;
    private String riskNumber;
    private String riskQualityArea;
    private String riskTitle;
    private String riskDescription;

    public void load() {
        if (view == null) {
            messages.attempt(() -> view = risks.plan(plan), "localplan.error.notKommunEditor");
        }
    }

    public void addGoal() {
        if (messages.attempt(() -> view = risks.addGoal(plan, goalTitle, goalFocusArea), "localplan.error.notKommunEditor")) {
            messages.info("localplan.goal.added", goalTitle.strip());
            goalTitle = null;
            goalFocusArea = null;
        }
    }

    public void addRisk() {
        if (goal == null) {
            messages.error("localplan.error.chooseGoal");
            return;
        }
        if (messages.attempt(() -> view = risks.addRisk(plan, goal, riskNumber, riskQualityArea, riskTitle, riskDescription),
                "localplan.error.notKommunEditor")) {
            messages.info("localplan.risk.added", riskNumber.strip());
            riskNumber = null;
            riskQualityArea = null;
            riskTitle = null;
            riskDescription = null;
        }
    }

    public LocalPlanView getView() {
        return view;
    }

    public long getPlan() {
        return plan;
    }

    public void setPlan(long plan) {
        this.plan = plan;
    }

    public String getGoalTitle() {
        return goalTitle;
    }

    public void setGoalTitle(String goalTitle) {
        this.goalTitle = goalTitle;
    }

    public String getGoalFocusArea() {
        return goalFocusArea;
    }

    public void setGoalFocusArea(String goalFocusArea) {
        this.goalFocusArea = goalFocusArea;
    }

    public Long getGoal() {
        return goal;
    }

    public void setGoal(Long goal) {
        this.goal = goal;
    }

    public String getRiskNumber() {
        return riskNumber;
    }

    public void setRiskNumber(String riskNumber) {
        this.riskNumber = riskNumber;
    }

    public String getRiskQualityArea() {
        return riskQualityArea;
    }

    public void setRiskQualityArea(String riskQualityArea) {
        this.riskQualityArea = riskQualityArea;
    }

    public String getRiskTitle() {
        return riskTitle;
    }

    public void setRiskTitle(String riskTitle) {
        this.riskTitle = riskTitle;
    }

    public String getRiskDescription() {
        return riskDescription;
    }

    public void setRiskDescription(String riskDescription) {
        this.riskDescription = riskDescription;
    }
}
