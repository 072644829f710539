package se.samverkansportalen.service.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.domain.quality.QualityEntry;
import se.samverkansportalen.domain.quality.QualityFigure;
import se.samverkansportalen.domain.quality.QualityInspection;
import se.samverkansportalen.domain.quality.QualityReport;
import se.samverkansportalen.domain.quality.QualityReportYear;
import se.samverkansportalen.domain.quality.QualitySection;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A section of the caller's kommun's berättelse as its edit form holds it: the kommun's text, its
 * typed figures and those drawn from yearly indicators, its lists and its controls; saved as a
 * whole. {@code lockVersion} is the section's version the form was opened from. Has no kommun: the
 * kommun is the caller's, from the login token.
 */
public class SectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @QualityReportYear
    private int year;
    @NotBlank
    @Size(max = QualitySection.KEY_MAX)
    private String key;
    private int lockVersion;
    @Size(max = QualitySection.TEXT_MAX)
    @PlainText
    @NoPersonalData
    private String text;
    @NotNull
    @Size(max = 200)
    private List<@NotNull @Valid FigureForm> figures = new ArrayList<>();
    @NotNull
    @Size(max = 500)
    private List<@NotNull @Valid EntryForm> entries = new ArrayList<>();
    @NotNull
    @Size(max = 100)
    private List<@NotNull @Valid InspectionForm> inspections = new ArrayList<>();

    public SectionForm() {
    }

    static SectionForm of(QualityReport report, QualitySection section) {
        SectionForm form = new SectionForm();
        form.year = report.getYear();
        form.key = section.getKey();
        form.lockVersion = section.getLockVersion();
        form.text = section.getText();
        section.getFigures().forEach(f -> form.figures.add(FigureForm.of(f)));
        for (EntryList list : EntryList.values()) {
            section.entries(list).forEach(e -> form.entries.add(EntryForm.of(e)));
        }
        section.getInspections().forEach(i -> form.inspections.add(InspectionForm.of(i)));
        return form;
    }

    /** A figure: typed (name, unit, year, value) or drawn from a yearly indicator ({@code indicatorId}). */
    public static class FigureForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @Size(max = QualityFigure.NAME_MAX)
        @PlainText
        @NoPersonalData
        private String name;
        @NotNull
        private IndicatorUnit unit = IndicatorUnit.COUNT;
        @Min(QualityReport.FIRST_YEAR)
        @Max(QualityReport.LAST_YEAR)
        private Integer year;
        private BigDecimal value;
        @Size(max = QualityFigure.NOTE_MAX)
        @PlainText
        @NoPersonalData
        private String periodNote;
        private boolean approximate;
        private Long indicatorId;

        public FigureForm() {
        }

        static FigureForm of(QualityFigure f) {
            FigureForm form = new FigureForm();
            form.name = f.getName();
            form.unit = f.getUnit();
            form.year = f.getYear();
            form.value = f.getValue();
            form.periodNote = f.getPeriodNote();
            form.approximate = f.isApproximate();
            form.indicatorId = f.getIndicatorId();
            return form;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public IndicatorUnit getUnit() {
            return unit;
        }

        public void setUnit(IndicatorUnit unit) {
            this.unit = unit;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getPeriodNote() {
            return periodNote;
        }

        public void setPeriodNote(String periodNote) {
            this.periodNote = periodNote;
        }

        public boolean isApproximate() {
            return approximate;
        }

        public void setApproximate(boolean approximate) {
            this.approximate = approximate;
        }

        public Long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(Long indicatorId) {
            this.indicatorId = indicatorId;
        }
    }

    /** An entry of one of the section's lists. */
    public static class EntryForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private EntryList list = EntryList.ITEMS;
        @Size(max = QualityEntry.DEPARTMENT_MAX)
        @PlainText
        @NoPersonalData
        private String department;
        @NotBlank
        @Size(max = QualityEntry.NAME_MAX)
        @PlainText
        @NoPersonalData
        private String name;
        @Size(max = QualityEntry.FOLLOW_UP_MAX)
        @PlainText
        @NoPersonalData
        private String followUp;

        public EntryForm() {
        }

        static EntryForm of(QualityEntry e) {
            EntryForm form = new EntryForm();
            form.list = e.getList();
            form.department = e.getDepartment();
            form.name = e.getName();
            form.followUp = e.getFollowUp();
            return form;
        }

        public EntryList getList() {
            return list;
        }

        public void setList(EntryList list) {
            this.list = list;
        }

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getFollowUp() {
            return followUp;
        }

        public void setFollowUp(String followUp) {
            this.followUp = followUp;
        }
    }

    /** A control of the egenkontroll; control areas, workstreams and starting points one per line. */
    public static class InspectionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank
        @Size(max = QualityInspection.NAME_MAX)
        @PlainText
        @NoPersonalData
        private String name;
        @Size(max = QualityInspection.DEPARTMENT_MAX)
        @PlainText
        @NoPersonalData
        private String department;
        /** A control of every avdelning: then no avdelning is kept, whatever {@code department} holds. */
        private boolean allDepartments;
        @Size(max = QualityInspection.TEXT_MAX)
        @PlainText
        @NoPersonalData
        private String method;
        @Size(max = QualityInspection.TEXT_MAX)
        @PlainText
        @NoPersonalData
        private String result;
        @Size(max = QualityInspection.TEXT_MAX)
        @PlainText
        @NoPersonalData
        private String controlAreas;
        @Size(max = QualityInspection.TEXT_MAX)
        @PlainText
        @NoPersonalData
        private String workstreams;
        @Size(max = QualityInspection.TEXT_MAX)
        @PlainText
        @NoPersonalData
        private String startingPoints;

        public InspectionForm() {
        }

        static InspectionForm of(QualityInspection i) {
            InspectionForm form = new InspectionForm();
            form.name = i.getName();
            form.department = i.getDepartment();
            form.allDepartments = i.isAllDepartments();
            form.method = i.getMethod();
            form.result = i.getResult();
            form.controlAreas = String.join("\n", i.getControlAreas());
            form.workstreams = String.join("\n", i.getWorkstreams());
            form.startingPoints = String.join("\n", i.getStartingPoints());
            return form;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
        }

        public boolean isAllDepartments() {
            return allDepartments;
        }

        public void setAllDepartments(boolean allDepartments) {
            this.allDepartments = allDepartments;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public String getResult() {
            return result;
        }

        public void setResult(String result) {
            this.result = result;
        }

        public String getControlAreas() {
            return controlAreas;
        }

        public void setControlAreas(String controlAreas) {
            this.controlAreas = controlAreas;
        }

        public String getWorkstreams() {
            return workstreams;
        }

        public void setWorkstreams(String workstreams) {
            this.workstreams = workstreams;
        }

        public String getStartingPoints() {
            return startingPoints;
        }

        public void setStartingPoints(String startingPoints) {
            this.startingPoints = startingPoints;
        }
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

    public int getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(int lockVersion) {
        this.lockVersion = lockVersion;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<FigureForm> getFigures() {
        return figures;
    }

    public void setFigures(List<FigureForm> figures) {
        this.figures = figures;
    }

    public List<EntryForm> getEntries() {
        return entries;
    }

    public void setEntries(List<EntryForm> entries) {
        this.entries = entries;
    }

    public List<InspectionForm> getInspections() {
        return inspections;
    }

    public void setInspections(List<InspectionForm> inspections) {
        this.inspections = inspections;
    }
}
