package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.domain.localplan.LocalPlanStatus;
import se.samverkansportalen.service.localplan.LocalPlanForm;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;

/** Backs {@code lokal/uppgifter.xhtml}: a kommun's editor creates a local plan or edits its details. */
@Named
@ViewScoped
public class LocalPlanEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LocalPlans plans;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    private Long id;
    private LocalPlanForm form;

    public void load() {
        if (form == null) {
            messages.attempt(() -> form = id == null ? new LocalPlanForm() : plans.planForm(id), "localplan.error.notKommunEditor");
        }
    }

    public String save() {
        LocalPlanView[] saved = new LocalPlanView[1];
        if (messages.attempt(() -> saved[0] = plans.savePlan(form), "localplan.error.notKommunEditor")) {
            drafts.saved();
            messages.flashInfo("localplan.planSaved", saved[0].title());
            return "/lokal/plan?faces-redirect=true&id=" + saved[0].id();
        }
        return null;
    }

    public se.samverkansportalen.domain.localplan.LocalPlanShape[] getShapes() {
        return se.samverkansportalen.domain.localplan.LocalPlanShape.values();
    }

    public LocalPlanStatus[] getStatuses() {
        return LocalPlanStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalPlanForm getForm() {
        return form;
    }
}
