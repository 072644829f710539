package se.samverkansportalen.web.plan;

import se.samverkansportalen.web.Formats;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.SubGoalForm;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code plan/delmal.xhtml}: a coordinator edits one delmål and its aktiviteter. On a
 * conflict the other person's version is shown and the user's input stays in the form.
 */
@Named
@ViewScoped
public class SubGoalEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalPlanEditor editor;

    @EJB
    ActorCatalogue catalogue;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    private java.util.List<String> responsibleChoices;
    private java.util.List<RegionalPlanEditor.SubGoalChoice> subGoalChoices;
    private final java.util.Map<String, String> moveTargets = new java.util.HashMap<>();

    private String item;
    private SubGoalForm form;
    private SubGoalForm conflict;
    private String newActivityText;
    private boolean newActivityPerKommun;
    private boolean newActivityDependsOnDecision;

    /** Loads the delmål named by the {@code item} view parameter. */
    public void load() {
        if (form != null) {
            return;
        }
        messages.attempt(() -> {
            form = editor.subGoalForm(item);
            responsibleChoices = new java.util.ArrayList<>(catalogue.responsibleChoices());
            java.util.stream.Stream.concat(form.getResponsible().stream(),
                    form.getActivities().stream().flatMap(a -> a.getResponsible().stream()))
                    .distinct().filter(n -> !responsibleChoices.contains(n)).forEach(responsibleChoices::add);
            subGoalChoices = editor.subGoalChoices();
        });
    }

    /**
     * Stores the form (new aktiviteter included). After a save that went through, the browser is
     * sent to the delmål's own address ({@code delmal.xhtml?item=…}), so that the address shown can
     * be bookmarked and reloaded; a refusal or a conflict stays on the page with the input kept.
     */
    public String save() {
        if (!store()) {
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/plan/delmal?faces-redirect=true&item=" + Formats.percentEncoded(form.getItemKey());
    }

    private boolean store() {
        try {
            form = editor.reviseSubGoal(form);
            conflict = null;
            drafts.saved();
            messages.info("plan.saved", form.getNumber());
            return true;
        } catch (ConflictRefusal e) {
            conflict = (SubGoalForm) e.getCurrent();
            if (conflict != null) {
                form.rebaseOn(conflict);
            }
            if (e.getChangedBy() == null || e.getChangedBy().isBlank()) {
                messages.error("plan.error.concurrentChangeUnknown");
            } else {
                messages.error(e.getMessageKey(), e.getArguments());
            }
            return false;
        }
    }

    /**
     * Adds the new aktivitet to the form only, after the ones there: like every other change on
     * the page it is stored when the user presses Spara (a blank text is refused at its field).
     */
    public void addActivity() {
        if (newActivityText == null || newActivityText.isBlank()) {
            jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
            context.addMessage("subgoal-form:new-activity", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, messages.text("plan.error.activityTextRequired"), null));
            context.validationFailed();
            return;
        }
        form.getActivities().add(new SubGoalForm.ActivityForm(null, newActivityText.strip(), newActivityPerKommun,
                newActivityDependsOnDecision));
        messages.info("plan.activityAdded");
        newActivityText = null;
        newActivityPerKommun = false;
        newActivityDependsOnDecision = false;
    }

    /** Takes an aktivitet that was added to the form but not saved yet out of the form again. */
    public void discardNewActivity(int index) {
        if (index >= 0 && index < form.getActivities().size() && form.getActivities().get(index).getItemKey() == null) {
            form.getActivities().remove(index);
        }
    }

    /** Saves what is typed, then moves the aktivitet one step up or down. */
    public void moveActivity(String activityItemKey, int steps) {
        if (saveFirst() && messages.attempt(() -> form = editor.moveActivity(activityItemKey, steps))) {
            messages.info("plan.activityMoved");
        }
    }

    /** Saves what is typed, then moves the delmål one place up or down in its area. */
    public void moveSubGoal(int steps) {
        if (saveFirst() && messages.attempt(() -> form = editor.moveSubGoal(form.getItemKey(), steps))) {
            messages.info("plan.subGoalMoved", form.getNumber());
        }
    }

    /** What the page says about an aktivitet's own ansvariga and tidsram in its collapsed summary. */
    public String ownSummary(SubGoalForm.ActivityForm activity) {
        java.util.List<String> parts = new java.util.ArrayList<>(activity.getResponsible());
        if (activity.getTimeframe() != null && !activity.getTimeframe().isBlank()) {
            parts.add(activity.getTimeframe());
        }
        return parts.isEmpty() ? messages.text("plan.edit.sameAsSubGoal") : String.join(", ", parts);
    }

    /** Saves what is typed, then moves the aktivitet to the delmål chosen in its row. */
    public void moveActivityTo(String activityItemKey) {
        String target = moveTargets.get(activityItemKey);
        if (target == null || target.isBlank()) {
            messages.error("plan.error.chooseTarget");
            return;
        }
        if (saveFirst() && messages.attempt(() -> form = editor.moveActivityTo(activityItemKey, target))) {
            messages.info("plan.activityMovedTo");
        }
    }

    private boolean saveFirst() {
        store();
        return conflict == null && jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList().stream()
                .allMatch(m -> m.getSeverity() == jakarta.faces.application.FacesMessage.SEVERITY_INFO);
    }

    public java.util.List<RegionalPlanEditor.SubGoalChoice> getSubGoalChoices() {
        return subGoalChoices;
    }

    public java.util.Map<String, String> getMoveTargets() {
        return moveTargets;
    }

    /** Removes an aktivitet (the page has asked for confirmation first). */
    public void removeActivity(String activityItemKey) {
        if (messages.attempt(() -> form = editor.removeActivity(activityItemKey))) {
            conflict = null;
            messages.info("plan.activityRemoved");
        }
    }

    /** Removes the whole delmål (the page has asked for confirmation first) and returns to the plan. */
    public String removeSubGoal() {
        if (messages.attempt(() -> editor.removeSubGoal(form.getItemKey()))) {
            messages.flashInfo("plan.subGoalRemoved", form.getNumber());
            return "/index?faces-redirect=true";
        }
        return null;
    }

    /** The names the delmål's ansvariga are chosen from: the catalogue, and any name it already has. */
    public java.util.List<String> getResponsibleChoices() {
        return responsibleChoices;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public SubGoalForm getForm() {
        return form;
    }

    /** What the delmål says now, saved by someone else, when the last save met a conflict. */
    public SubGoalForm getConflict() {
        return conflict;
    }

    public String getNewActivityText() {
        return newActivityText;
    }

    public void setNewActivityText(String newActivityText) {
        this.newActivityText = newActivityText;
    }

    public boolean isNewActivityPerKommun() {
        return newActivityPerKommun;
    }

    public void setNewActivityPerKommun(boolean newActivityPerKommun) {
        this.newActivityPerKommun = newActivityPerKommun;
    }

    public boolean isNewActivityDependsOnDecision() {
        return newActivityDependsOnDecision;
    }

    public void setNewActivityDependsOnDecision(boolean newActivityDependsOnDecision) {
        this.newActivityDependsOnDecision = newActivityDependsOnDecision;
    }
}
