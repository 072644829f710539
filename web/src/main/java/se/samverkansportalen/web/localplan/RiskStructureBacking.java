package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalRisks;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code lokal/risker.xhtml}: a kommun's editor adds, changes and removes the goals and risks of
 * a risk-based plan. The goal form and the risk form serve both adding and changing: "Ändra" fills
 * one with the item as read (and the version it was read at), "Avbryt" empties it. A refused save
 * keeps the input and shows the plan as saved now.
 */
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
    private Long editedGoal;
    private int editedGoalVersion;
    private Long editedRisk;
    private int editedRiskVersion;

    public void load() {
        if (view == null) {
            messages.attempt(() -> view = risks.plan(plan), "localplan.error.notKommunEditor");
        }
    }

    /** Adds the goal typed in the goal form, or saves the changes to the goal being changed. */
    public void saveGoal() {
        if (editedGoal == null) {
            if (attempt(() -> view = risks.addGoal(plan, goalTitle, goalFocusArea))) {
                messages.info("localplan.goal.added", goalTitle.strip());
                clearGoal();
            }
        } else if (attempt(() -> view = risks.reviseGoal(plan, editedGoal, editedGoalVersion, goalTitle, goalFocusArea))) {
            messages.info("localplan.goal.saved", goalTitle.strip());
            clearGoal();
        }
    }

    /** Fills the goal form with a goal to change. */
    public void editGoal(long goalId) {
        view.goals().stream().filter(g -> g.id() == goalId).findFirst().ifPresent(g -> {
            editedGoal = g.id();
            editedGoalVersion = g.lockVersion();
            goalTitle = g.title();
            goalFocusArea = g.focusArea();
        });
    }

    public void removeGoal(long goalId) {
        String title = view.goals().stream().filter(g -> g.id() == goalId).map(LocalPlanView.Goal::title).findFirst().orElse("");
        if (attempt(() -> view = risks.removeGoal(plan, goalId))) {
            messages.info("localplan.goal.removed", title);
            if (Long.valueOf(goalId).equals(editedGoal)) {
                clearGoal();
            }
        }
    }

    public void clearGoal() {
        editedGoal = null;
        goalTitle = null;
        goalFocusArea = null;
    }

    /** Adds the risk typed in the risk form under the chosen goal, or saves the changes to the risk being changed. */
    public void saveRisk() {
        if (editedRisk != null) {
            if (attempt(() -> view = risks.reviseRisk(plan, editedRisk, editedRiskVersion, riskNumber, riskQualityArea, riskTitle,
                    riskDescription))) {
                messages.info("localplan.risk.saved", riskNumber.strip());
                clearRisk();
            }
            return;
        }
        if (goal == null) {
            messages.error("localplan.error.chooseGoal");
            return;
        }
        if (attempt(() -> view = risks.addRisk(plan, goal, riskNumber, riskQualityArea, riskTitle, riskDescription))) {
            messages.info("localplan.risk.added", riskNumber.strip());
            clearRisk();
        }
    }

    /** Fills the risk form with a risk to change (its goal stays). */
    public void editRisk(long riskId) {
        view.goals().forEach(g -> g.risks().stream().filter(r -> r.id() == riskId).findFirst().ifPresent(r -> {
            editedRisk = r.id();
            editedRiskVersion = r.lockVersion();
            goal = g.id();
            riskNumber = r.number();
            riskQualityArea = r.qualityArea();
            riskTitle = r.title();
            riskDescription = r.description();
        }));
    }

    public void removeRisk(long riskId) {
        String number = view.risks().stream().filter(r -> r.id() == riskId).map(LocalPlanView.RiskView::number).findFirst().orElse("");
        if (attempt(() -> view = risks.removeRisk(plan, riskId))) {
            messages.info("localplan.risk.removed", number);
            if (Long.valueOf(riskId).equals(editedRisk)) {
                clearRisk();
            }
        }
    }

    public void clearRisk() {
        editedRisk = null;
        riskNumber = null;
        riskQualityArea = null;
        riskTitle = null;
        riskDescription = null;
    }

    /** Runs a change; when it is refused, the input stays and the plan is read again as saved now. */
    private boolean attempt(Messages.Step step) {
        if (messages.attempt(step, "localplan.error.notKommunEditor")) {
            return true;
        }
        messages.attempt(() -> view = risks.plan(plan), "localplan.error.notKommunEditor");
        return false;
    }

    public Long getEditedGoal() {
        return editedGoal;
    }

    public Long getEditedRisk() {
        return editedRisk;
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
