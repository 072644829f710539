package se.samverkansportalen.web.localplan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverkansportalen.domain.localplan.Direction;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.service.localplan.IndicatorForm;
import se.samverkansportalen.service.localplan.LocalIndicators;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code lokal/indikator.xhtml}: a kommun's editor adds an indicator or changes one and
 * types its values period by period (or marks a period "uppgift saknas"). Empty rows are offered
 * for new periods; nothing typed is lost when a save is refused.
 */
@Named
@ViewScoped
public class IndicatorEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EMPTY_ROWS = 3;

    @EJB
    LocalIndicators indicators;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    private long plan;
    private Long id;
    private IndicatorForm form;
    private IndicatorForm savedByOther;
    private List<LocalPlanView.IndicatorView> others = List.of();

    public void load() {
        if (form == null && messages.attempt(() -> form = indicators.indicatorForm(plan, id), "localplan.error.notKommunEditor")) {
            messages.attempt(() -> others = indicators.plan(plan).indicators().stream()
                    .filter(i -> id == null || i.id() != id).toList());
            addEmptyRows();
        }
    }

    /**
     * Saves the indicator. When someone else saved it after the form was opened, the refusal is
     * shown with what they saved beside the user's input, which stays; the form takes their version
     * as its base, so that a second save replaces theirs deliberately.
     */
    public String save() {
        savedByOther = null;
        if (messages.attempt(() -> {
            try {
                indicators.saveIndicator(form);
            } catch (ConflictRefusal e) {
                if (e.getCurrent() instanceof IndicatorForm current) {
                    savedByOther = current;
                    form.setLockVersion(current.getLockVersion());
                }
                throw e;
            }
        }, "localplan.error.notKommunEditor")) {
            drafts.saved();
            messages.flashInfo("localplan.indicator.saved", form.getName().strip());
            return "/lokal/plan?faces-redirect=true&id=" + plan;
        }
        return null;
    }

    /** Offers more empty rows for new periods, keeping what is typed. */
    public void moreRows() {
        addEmptyRows();
    }

    private void addEmptyRows() {
        if (form.isDerived()) {
            return;
        }
        List<IndicatorForm.Row> rows = new java.util.ArrayList<>(form.getRows());
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new IndicatorForm.Row(null, null, false));
        }
        form.setRows(rows);
    }

    public IndicatorUnit[] getUnits() {
        return IndicatorUnit.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public Periodicity[] getPeriodicities() {
        return Periodicity.values();
    }

    /** The plan's other indicators, which a ratio can be made of. */
    public List<LocalPlanView.IndicatorView> getOthers() {
        return others;
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

    /** What someone else saved after the form was opened, shown beside the user's input after a conflict; else null. */
    public IndicatorForm getSavedByOther() {
        return savedByOther;
    }

    public IndicatorForm getForm() {
        return form;
    }
}
