package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.domain.localplan.TrafficLight;
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
        if (messages.attempt(() -> form = reports.saveDraft(form), "report.error.notKommunEditor")) {
            messages.info("report.saved");
        }
    }

    public void submit() {
        if (messages.attempt(() -> form = reports.submit(form), "report.error.notKommunEditor")) {
            messages.info("report.submitted", form.getPeriodCode());
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
