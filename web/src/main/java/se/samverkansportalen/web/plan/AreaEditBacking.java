package se.samverkansportalen.web.plan;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.plan.AreaForm;
import se.samverkansportalen.service.plan.PlanEditException;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
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

    private int number;
    private AreaForm form;

    public void load() {
        if (form != null) {
            return;
        }
        try {
            form = number > 0 ? editor.areaForm(number) : new AreaForm();
        } catch (PlanEditException e) {
            messages.error(e.getMessageKey(), e.getArguments());
        } catch (EJBAccessException e) {
            messages.error("plan.error.notAllowed");
        }
    }

    public String save() {
        try {
            AreaForm saved = editor.saveArea(form);
            messages.flashInfo("plan.areaSaved", saved.getNumber());
            return "/index?faces-redirect=true#area-" + saved.getNumber();
        } catch (PlanEditException e) {
            messages.error(e.getMessageKey(), e.getArguments());
        } catch (EJBAccessException e) {
            messages.error("plan.error.notAllowed");
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
