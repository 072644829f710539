package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.service.report.KommunReports;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code rapport/rapport.xhtml}: a kommun's editor fills the kommun's report for a period,
 * saves drafts and submits. A refused save keeps everything typed in the form.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KommunReports reports;

    @Inject
    Messages messages;

    private long period;
    private ReportForm form;

    public void load() {
        if (form == null) {
            messages.attempt(() -> form = reports.report(period), "report.error.notKommunEditor");
        }
    }

    public void save() {
        if (messages.attempt(() -> form = rebasedOnConflict(() -> reports.saveDraft(form)), "report.error.notKommunEditor")) {
            messages.info("report.saved");
        }
    }

    public void submit() {
        if (messages.attempt(() -> form = rebasedOnConflict(() -> reports.submit(form)), "report.error.notKommunEditor")) {
            messages.info("report.submitted", form.getPeriodCode());
        }
    }

    /**
     * Runs a save; when it is refused because someone else saved an indicator value since the form
     * was read, the form takes their value as its base and shows it beside the user's input (which
     * stays), so that the next save replaces it deliberately. The refusal still reaches the page.
     */
    private ReportForm rebasedOnConflict(java.util.function.Supplier<ReportForm> save) {
        try {
            return save.get();
        } catch (ConflictRefusal e) {
            if (e.getCurrent() instanceof ReportForm.ChangedValue changed) {
                form.rebaseOn(changed);
            }
            throw e;
        }
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public TrafficLight[] getLights() {
        return TrafficLight.values();
    }

    public long getPeriod() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public ReportForm getForm() {
        return form;
    }
}
