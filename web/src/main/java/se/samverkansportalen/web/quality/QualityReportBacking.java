package se.samverkansportalen.web.quality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.service.localplan.LocalPlanView;
import se.samverkansportalen.service.quality.QualityReportReading;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReports;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code kvalitet/berattelse.xhtml}: one kvalitetsberättelse to read. Without a
 * {@code kommun} parameter it is the caller's own kommun's (an utkast can be written, fastställd
 * or removed; the fokusområden carried into a new local plan); with one, the region's and the LBU
 * network's view of that kommun's fastställd berättelse, small numbers withheld.
 */
@Named
@ViewScoped
public class QualityReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QualityReports reports;

    @EJB
    QualityReportReading reading;

    @Inject
    Messages messages;

    private int year;
    private String kommun;
    private QualityReportView report;
    private LocalDate adoptedOn;
    private String decidedBy;
    private String registrationNumber;
    private String planTitle;

    public void load() {
        if (own()) {
            messages.attempt(() -> report = reports.report(year), "quality.error.notKommunEditor");
        } else {
            messages.attempt(() -> report = reading.report(kommun, year), "quality.error.notReader");
        }
        if (report != null && planTitle == null) {
            planTitle = messages.text("quality.focus.defaultTitle", String.valueOf(year + 1));
        }
    }

    /** Fastställer the berättelse (the page has asked for confirmation first). */
    public String adopt() {
        if (messages.attempt(() -> report = reports.adopt(year, adoptedOn, decidedBy, registrationNumber), "quality.error.notKommunEditor")) {
            messages.flashInfo("quality.adopted", String.valueOf(year));
            return "/kvalitet/berattelse?faces-redirect=true&ar=" + year;
        }
        return null;
    }

    /** Removes the utkast (the page has asked for confirmation first) and returns to the list with a message. */
    public String remove() {
        if (messages.attempt(() -> reports.remove(year), "quality.error.notKommunEditor")) {
            messages.flashInfo("quality.removed", String.valueOf(year));
            return "/kvalitet/index?faces-redirect=true";
        }
        return null;
    }

    /** Carries the fokusområden into a new local plan and opens it. */
    public String carryFocus() {
        LocalPlanView[] plan = new LocalPlanView[1];
        if (messages.attempt(() -> plan[0] = reports.carryFocusIntoPlan(year, planTitle), "quality.error.notKommunEditor")) {
            messages.flashInfo("quality.focus.carried", plan[0].title());
            return "/lokal/plan?faces-redirect=true&id=" + plan[0].id();
        }
        return null;
    }

    /** Whether this is the caller's own kommun's berättelse (no kommun in the address). */
    public boolean own() {
        return kommun == null || kommun.isBlank();
    }

    /** Whether the caller may write it: their own kommun's utkast, not an example. */
    public boolean isEditable() {
        return report != null && own() && !report.adopted() && !report.example();
    }

    /** Whether the fokusområden can be carried into a new local plan: the caller's own berättelse that names some. */
    public boolean isFocusToCarry() {
        QualityReportView.Section focus = report == null ? null : report.section("focus-next-year");
        return own() && focus != null && !focus.list(EntryList.ITEMS).isEmpty();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getKommun() {
        return kommun;
    }

    public void setKommun(String kommun) {
        this.kommun = kommun;
    }

    public QualityReportView getReport() {
        return report;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public void setPlanTitle(String planTitle) {
        this.planTitle = planTitle;
    }
}
