package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.plan.AreaForm;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;

/** Backs {@code plan/omrade.xhtml}: a coordinator edits a förbättringsområde or adds a new one. */
@Named
@ViewScoped
public class AreaEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalPlanEditor editor;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    private int number;
    private AreaForm form;

    public void load() {
        if (form != null) {
            return;
        }
        messages.attempt(() -> form = number > 0 ? editor.areaForm(number) : new AreaForm());
    }

    public String save() {
        AreaForm[] saved = new AreaForm[1];
        if (messages.attempt(() -> saved[0] = editor.saveArea(form))) {
            drafts.saved();
            messages.flashInfo("plan.areaSaved", saved[0].getNumber());
            return "/index?faces-redirect=true#area-" + saved[0].getNumber();
        }
        return null;
    }

    /** Moves the area up (negative) or down (positive) and reopens it under its new number. */
    public String move(int steps) {
        int[] moved = new int[1];
        if (messages.attempt(() -> moved[0] = editor.moveArea(number, steps))) {
            messages.flashInfo("plan.areaMoved", moved[0]);
            return "/plan/omrade?faces-redirect=true&nr=" + moved[0];
        }
        return null;
    }

    /** Removes the area (the page has asked for confirmation first) and returns to the plan. */
    public String remove() {
        if (messages.attempt(() -> editor.removeArea(number))) {
            messages.flashInfo("plan.areaRemoved", number);
            return "/index?faces-redirect=true";
        }
        return null;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public AreaForm getForm() {
        return form;
    }
}
