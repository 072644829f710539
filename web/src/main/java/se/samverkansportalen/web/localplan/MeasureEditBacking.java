package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverkansportalen.service.localplan.LocalPlans;
import se.samverkansportalen.service.localplan.MeasureForm;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;

/** Backs {@code lokal/atgard.xhtml}: a kommun's editor adds or edits a measure and links it to regional delmål. */
@Named
@ViewScoped
public class MeasureEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LocalPlans plans;

    @EJB
    RegionalPlanService regionalPlan;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    private long plan;
    private Long id;
    private MeasureForm form;
    private List<RegionalPlanView.Area> areas = List.of();
    /** The chosen delmål per förbättringsområde: one checkbox group per area on the page. */
    private final java.util.Map<Integer, List<String>> chosen = new java.util.HashMap<>();

    public void load() {
        if (form == null && messages.attempt(() -> form = plans.measureForm(plan, id), "localplan.error.notKommunEditor")) {
            areas = regionalPlan.currentPlan().map(RegionalPlanView::areas).orElse(List.of());
            for (RegionalPlanView.Area area : areas) {
                chosen.put(area.number(), new java.util.ArrayList<>(area.subGoals().stream()
                        .map(RegionalPlanView.SubGoalRow::itemKey).filter(form.getSubGoalItemKeys()::contains).toList()));
            }
        }
    }

    public String save() {
        form.setSubGoalItemKeys(areas.stream().flatMap(a -> chosen.getOrDefault(a.number(), List.of()).stream()).toList());
        if (messages.attempt(() -> plans.saveMeasure(form), "localplan.error.notKommunEditor")) {
            drafts.saved();
            messages.flashInfo("localplan.measureSaved", form.getTitle().strip());
            return "/lokal/plan?faces-redirect=true&id=" + plan;
        }
        return null;
    }

    /** The regional plan's areas with their delmål, to link the measure to. */
    public List<RegionalPlanView.Area> getAreas() {
        return areas;
    }

    public java.util.Map<Integer, List<String>> getChosen() {
        return chosen;
    }

    public long getPlan() {
        return plan;
    }

    public void setPlan(long plan) {
        this.plan = plan;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeasureForm getForm() {
        return form;
    }
}
