package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.SubGoalForm;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;

/** Backs {@code plan/nytt-delmal.xhtml}: a coordinator adds a delmål to a förbättringsområde. */
@Named
@ViewScoped
public class NewSubGoalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalPlanEditor editor;

    @EJB
    se.samverkansportalen.service.actor.ActorCatalogue catalogue;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    private int area;
    private String number;
    private String text;
    private String timeframe;
    private java.util.List<String> responsible = new java.util.ArrayList<>();
    private java.util.List<String> responsibleChoices;

    /** Creates the delmål and opens it for editing, where its aktiviteter are added. */
    public String create() {
        SubGoalForm[] created = new SubGoalForm[1];
        if (messages.attempt(() -> created[0] = editor.addSubGoal(area, number, text, timeframe, responsible))) {
            drafts.saved();
            messages.flashInfo("plan.subGoalCreated", created[0].getNumber());
            return "/plan/delmal?faces-redirect=true&item=" + created[0].getItemKey();
        }
        return null;
    }

    public int getArea() {
        return area;
    }

    public void setArea(int area) {
        this.area = area;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTimeframe() {
        return timeframe;
    }

    public void setTimeframe(String timeframe) {
        this.timeframe = timeframe;
    }

    /** The delmål's ansvariga as chosen (names from the actor catalogue). */
    public java.util.List<String> getResponsible() {
        return responsible;
    }

    public void setResponsible(java.util.List<String> responsible) {
        this.responsible = responsible == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(responsible);
    }

    /** The names the ansvariga are chosen from: the actor catalogue's. */
    public java.util.List<String> getResponsibleChoices() {
        if (responsibleChoices == null) {
            responsibleChoices = new java.util.ArrayList<>(catalogue.responsibleChoices());
        }
        return responsibleChoices;
    }
}
