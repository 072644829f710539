package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.web.Messages;

/**
 * Backs the "Fastställd för kommunens diarium" part of the report pages: on the kommun's own
 * report ({@code rapport/rapport.xhtml}) its editors read the versions fastställda, fastställer an
 * inskickad or granskad report (date, nämnd or decision-maker, diarienummer) and start a
 * correction of a fastställd one; on the review ({@code rapport/granska.xhtml}) coordinators and
 * the LBU network read a kommun's versions. Each version's document is downloaded exactly as kept.
 */
@Named
@ViewScoped
public class ReportDecisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportDecisions decisions;

    @Inject
    ReportAdoption adoption;

    @Inject
    Messages messages;

    private long period;
    private String kommun;
    private ReportDecisions.Decisions loaded;
    private ReportDecisions.DecisionForm form = new ReportDecisions.DecisionForm();

    /**
     * The caller's kommun's decisions for the period as the report page read them with the report
     * ({@link ReportBacking#getDecisions}), so that they are not read again; null leaves the part out.
     */
    public void show(long period, ReportDecisions.Decisions decisions) {
        this.period = period;
        this.kommun = null;
        if (loaded == null) {
            loaded = decisions;
        }
    }

    /** A kommun's decisions for the period (the review page). A refusal leaves the part out. */
    public void loadOf(String kommun, long period) {
        this.period = period;
        this.kommun = kommun;
        if (loaded == null && kommun != null && !kommun.isBlank() && period > 0) {
            try {
                loaded = decisions.decisionsOf(kommun, period);
            } catch (RuntimeException e) {
                loaded = null;
            }
        }
    }

    public String adopt() {
        ReportDecisions.DecisionForm typed = form;
        final se.samverkansportalen.domain.report.ReportDecision.Summary[] adopted = {null};
        if (messages.attempt(() -> adopted[0] = adoption.adopt(period, typed), "report.error.notKommunEditor")) {
            messages.flashInfo("report.adopted.done", String.valueOf(adopted[0].number()), adopted[0].registrationNumber());
            return "/rapport/rapport?faces-redirect=true&period=" + period;
        }
        return null;
    }

    public String correct() {
        if (messages.attempt(() -> decisions.correct(period), "report.error.notKommunEditor")) {
            messages.flashInfo("report.correct.done");
            return "/rapport/rapport?faces-redirect=true&period=" + period;
        }
        return null;
    }

    /** The address of a version's document, as kept. */
    public String download(int version) {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/rapport/faststalld?period=" + period
                + "&version=" + version;
        return kommun == null ? base : base + "&kommun=" + kommun;
    }

    public ReportDecisions.Decisions getDecisions() {
        return loaded;
    }

    public ReportDecisions.DecisionForm getForm() {
        return form;
    }
}
