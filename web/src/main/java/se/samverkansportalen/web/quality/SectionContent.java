package se.samverkansportalen.web.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.service.quality.SectionForm;

/**
 * A section of the kommun's kvalitetsberättelse as the API reads and writes it ({@code GET} and
 * {@code PUT /api/v1/kvalitetsberattelser/{kommun}/{year}/avsnitt/{key}}): its text, figures, lists
 * and controls, saved as a whole. The API's own type, so a change to the section's edit page cannot
 * change the API; the rules (lengths, no personal data, years 2000–2100 and so on) are the form's,
 * checked by the service. The year and the key are the address's; in a body they are ignored.
 *
 * @param lockVersion the section's version when read; none means 0
 */
@Schema(description = "Ett avsnitt i kvalitetsberättelsen, sparat som en helhet. / A section of the quality report, saved as a whole.")
public record SectionContent(Integer year, String key, Integer lockVersion, String text, List<Figure> figures,
        List<Entry> entries, List<Inspection> inspections) {

    /**
     * A figure: typed (name, unit, year, value) or drawn from a yearly indicator ({@code indicatorId}).
     *
     * @param unit        COUNT, PERCENT, SEK (kronor) or DAYS; none means COUNT
     * @param approximate whether the value is an estimate ("cirka")
     */
    @Schema(name = "SectionFigure", description = "En uppgift: inskriven eller hämtad från en årsindikator. / A figure: typed or drawn from a yearly indicator.")
    public record Figure(String name, IndicatorUnit unit, Integer year, BigDecimal value, String periodNote, Boolean approximate,
            Long indicatorId) {
    }

    /**
     * An entry of one of the section's lists.
     *
     * @param list ITEMS, NOTES, PRINCIPLES, FREQUENT_TYPES or FREQUENT_CAUSE_AREAS; none means ITEMS
     */
    @Schema(name = "SectionEntry", description = "En rad i en av avsnittets listor. / An entry of one of the section's lists.")
    public record Entry(EntryList list, String department, String name, String followUp) {
    }

    /**
     * A control of the egenkontroll; control areas, workstreams and starting points one per line.
     *
     * @param allDepartments a control of every avdelning: then no avdelning is kept
     */
    @Schema(name = "SectionInspection", description = "En kontroll i egenkontrollen. / A control of the self-inspection.")
    public record Inspection(String name, String department, Boolean allDepartments, String method, String result,
            String controlAreas, String workstreams, String startingPoints) {
    }

    /** The content of the service's section form. */
    static SectionContent of(SectionForm form) {
        return new SectionContent(form.getYear(), form.getKey(), form.getLockVersion(), form.getText(),
                form.getFigures().stream().map(f -> new Figure(f.getName(), f.getUnit(), f.getYear(), f.getValue(), f.getPeriodNote(),
                        f.isApproximate(), f.getIndicatorId())).toList(),
                form.getEntries().stream().map(e -> new Entry(e.getList(), e.getDepartment(), e.getName(), e.getFollowUp())).toList(),
                form.getInspections().stream().map(i -> new Inspection(i.getName(), i.getDepartment(), i.isAllDepartments(),
                        i.getMethod(), i.getResult(), i.getControlAreas(), i.getWorkstreams(), i.getStartingPoints())).toList());
    }

    /**
     * The form the service takes, for the section {@code key} of the berättelse of {@code year}. A
     * list left out is an empty list (the section is saved as a whole); a null element is kept, for
     * the service to refuse.
     */
    SectionForm toForm(int year, String key) {
        SectionForm form = new SectionForm();
        form.setYear(year);
        form.setKey(key);
        form.setLockVersion(lockVersion == null ? 0 : lockVersion);
        form.setText(text);
        form.setFigures(figures == null ? new ArrayList<>() : new ArrayList<>(figures.stream().map(SectionContent::figure).toList()));
        form.setEntries(entries == null ? new ArrayList<>() : new ArrayList<>(entries.stream().map(SectionContent::entry).toList()));
        form.setInspections(inspections == null ? new ArrayList<>()
                : new ArrayList<>(inspections.stream().map(SectionContent::inspection).toList()));
        return form;
    }

    private static SectionForm.FigureForm figure(Figure figure) {
        if (figure == null) {
            return null;
        }
        SectionForm.FigureForm form = new SectionForm.FigureForm();
        form.setName(figure.name());
        if (figure.unit() != null) {
            form.setUnit(figure.unit());
        }
        form.setYear(figure.year());
        form.setValue(figure.value());
        form.setPeriodNote(figure.periodNote());
        form.setApproximate(Boolean.TRUE.equals(figure.approximate()));
        form.setIndicatorId(figure.indicatorId());
        return form;
    }

    private static SectionForm.EntryForm entry(Entry entry) {
        if (entry == null) {
            return null;
        }
        SectionForm.EntryForm form = new SectionForm.EntryForm();
        if (entry.list() != null) {
            form.setList(entry.list());
        }
        form.setDepartment(entry.department());
        form.setName(entry.name());
        form.setFollowUp(entry.followUp());
        return form;
    }

    private static SectionForm.InspectionForm inspection(Inspection inspection) {
        if (inspection == null) {
            return null;
        }
        SectionForm.InspectionForm form = new SectionForm.InspectionForm();
        form.setName(inspection.name());
        form.setDepartment(inspection.department());
        form.setAllDepartments(Boolean.TRUE.equals(inspection.allDepartments()));
        form.setMethod(inspection.method());
        form.setResult(inspection.result());
        form.setControlAreas(inspection.controlAreas());
        form.setWorkstreams(inspection.workstreams());
        form.setStartingPoints(inspection.startingPoints());
        return form;
    }
}
