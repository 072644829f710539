package se.samverkansportalen.web.quality;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReports;
import se.samverkansportalen.service.quality.SectionForm;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.error.Failures;
import se.samverkansportalen.web.error.RefusalTexts;

/**
 * Backs {@code kvalitet/avsnitt.xhtml}: a kommun's editor writes a section of the kommun's
 * berättelse (text, figures, lists, controls) and saves it as a whole. A fastställd berättelse is
 * not offered for editing (the page says why); a save refused by the service shows its message at
 * the field concerned, also in a row of figures, lists or controls, and the input stays.
 */
@Named
@ViewScoped
public class SectionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refused field in a row of the form: {@code figures[2].value}. */
    private static final Pattern ROW_FIELD = Pattern.compile("(figures|entries|inspections)\\[(\\d+)]\\.(\\w+)");

    @EJB
    QualityReports reports;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    private int year;
    private String key;
    private SectionForm form;
    private QualityReportView report;
    private List<QualityReports.YearlyIndicator> indicators;

    public void load() {
        if (form != null) {
            return;
        }
        messages.attempt(() -> {
            report = reports.report(year);
            if (report.example()) {
                throw new se.samverkansportalen.domain.refusal.WrongStateRefusal("quality.error.example");
            }
            if (report.adopted()) {
                throw new se.samverkansportalen.domain.refusal.WrongStateRefusal("quality.error.adopted", String.valueOf(year));
            }
            form = reports.sectionForm(year, key);
            indicators = reports.yearlyIndicators();
        }, "quality.error.notKommunEditor");
    }

    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            reports.saveSection(form);
        } catch (EJBAccessException e) {
            messages.error("quality.error.notKommunEditor");
            return null;
        } catch (RuntimeException e) {
            Optional<Refusal> refusal = Failures.refusalIn(e);
            if (refusal.isEmpty()) {
                throw e;
            }
            for (Refusal part : Messages.parts(refusal.get())) { // every field at fault, each at its row or field
                if (!atRow(context, part)) {
                    Messages.show(context, part);
                }
            }
            return null;
        }
        drafts.saved();
        messages.flashInfo("quality.sectionSaved", sectionTitle());
        return "/kvalitet/berattelse?faces-redirect=true&ar=" + year; // (a "#section" in an outcome would become part of ar)
    }

    /**
     * Shows a refusal of a field in a row (figures, lists, controls) at that row's input, marked
     * invalid; false when the refusal concerns no row.
     */
    private boolean atRow(FacesContext context, Refusal refusal) {
        Matcher m = refusal.getField() == null ? null : ROW_FIELD.matcher(refusal.getField());
        if (m == null || !m.matches()) {
            return false;
        }
        String clientId = "section-form:" + m.group(1) + ":" + m.group(2) + ":" + m.group(3);
        boolean[] found = {false};
        context.getViewRoot().invokeOnComponent(context, clientId, (c, component) -> {
            if (component instanceof UIInput input) {
                input.setValid(false);
                found[0] = true;
            }
        });
        if (!found[0]) {
            return false;
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                RefusalTexts.text(refusal, context.getViewRoot().getLocale()), null));
        context.validationFailed();
        return true;
    }

    /** The section's name as the page shows it. */
    public String sectionTitle() {
        QualityReportView.Section section = report == null ? null : report.section(key);
        if (section == null) {
            return key;
        }
        return section.title() != null ? section.title() : messages.text(section.titleKey());
    }

    public void addFigure() {
        form.getFigures().add(new SectionForm.FigureForm());
    }

    public void removeFigure(int index) {
        form.getFigures().remove(index);
    }

    public void addEntry() {
        form.getEntries().add(new SectionForm.EntryForm());
    }

    public void removeEntry(int index) {
        form.getEntries().remove(index);
    }

    public void addInspection() {
        form.getInspections().add(new SectionForm.InspectionForm());
    }

    public void removeInspection(int index) {
        form.getInspections().remove(index);
    }

    /** Whether the section holds controls of the egenkontroll. */
    public boolean isInspections() {
        QualityReportView.Section section = report == null ? null : report.section(key);
        return section != null && (section.kind() == se.samverkansportalen.domain.quality.SectionKind.SELF_INSPECTIONS
                || !section.inspections().isEmpty());
    }

    public IndicatorUnit[] getUnits() {
        return IndicatorUnit.values();
    }

    public EntryList[] getLists() {
        return EntryList.values();
    }

    public List<QualityReports.YearlyIndicator> getIndicators() {
        return indicators == null ? List.of() : indicators;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public SectionForm getForm() {
        return form;
    }
}
