package se.samverkansportalen.service.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.domain.quality.QualityFigure;
import se.samverkansportalen.domain.quality.QualityReport;
import se.samverkansportalen.domain.quality.QualitySection;
import se.samverkansportalen.domain.quality.SectionKind;

/** Puts a berättelse together as it is read ({@link QualityReportView}), from its rows and what is drawn in. */
final class QualityReportViews {

    private QualityReportViews() {
    }

    /** A yearly indicator's values for the berättelse's year and the year before, and whether each is a small number. */
    record DrawnFigure(String name, IndicatorUnit unit, BigDecimal thisYear, boolean thisYearSmall, BigDecimal lastYear,
            boolean lastYearSmall) {
    }

    /** What the portal already knows and the berättelse draws in. */
    record Drawn(List<QualityReportView.RegisterRisk> riskRegister, List<QualityReportView.Improvement> improvements,
            Map<Long, DrawnFigure> indicators) {

        static final Drawn NOTHING = new Drawn(List.of(), List.of(), Map.of());
    }

    /** The berättelse as its kommun sees it (exact figures), with what is drawn in. */
    static QualityReportView view(QualityReport report, String kommunCode, String kommunName, Drawn drawn) {
        return new QualityReportView(kommunCode, kommunName, report.getYear(), report.getStatus(), report.getAdoptedOn(),
                report.getDecidedBy(), report.getRegistrationNumber(), report.getSourceLabel(), report.isExample(),
                report.getSignedBy(), report.getDepartments(), report.getLockVersion(),
                report.getSections().stream().map(s -> section(s, report.getYear(), drawn)).toList());
    }

    /** The view of a berättelse being fastställd, as it will be kept: with its decision. */
    static QualityReportView adopted(QualityReportView draft, java.time.LocalDate adoptedOn, String decidedBy, String registrationNumber) {
        return new QualityReportView(draft.kommunCode(), draft.kommunName(), draft.year(),
                se.samverkansportalen.domain.quality.QualityReportStatus.ADOPTED, adoptedOn, decidedBy, registrationNumber,
                draft.sourceLabel(), draft.example(), draft.signedBy(), draft.departments(), draft.lockVersion(), draft.sections());
    }

    private static QualityReportView.Section section(QualitySection s, int year, Drawn drawn) {
        List<QualityReportView.EntryListView> lists = Arrays.stream(EntryList.values())
                .map(list -> new QualityReportView.EntryListView(list, "quality.list." + list.name(), s.entries(list).stream()
                        .map(e -> new QualityReportView.Entry(e.getDepartment(), e.getName(), e.getFollowUp())).toList()))
                .filter(l -> !l.entries().isEmpty()).toList();
        return new QualityReportView.Section(s.getKey(), "quality.section." + s.getKey(), s.getTitle(), s.getKind(), s.getText(),
                s.getLockVersion(), figures(s.getFigures(), year, drawn.indicators()), lists,
                s.getInspections().stream().map(i -> new QualityReportView.InspectionView(i.getName(), i.getDepartment(),
                        i.isAllDepartments(), i.getMethod(), i.getResult(), i.getControlAreas(), i.getWorkstreams(), i.getStartingPoints())).toList(),
                s.getKind() == SectionKind.RISK_REGISTER ? drawn.riskRegister() : List.of(),
                s.getKind() == SectionKind.FOLLOW_UPS ? drawn.improvements() : List.of());
    }

    /**
     * The section's figures as rows: typed figures of the same name share a row (this year beside
     * last year; another or no single year among the others); a drawn figure is a row of its own
     * with its indicator's values for the year and the year before.
     */
    static List<QualityReportView.FigureRow> figures(List<QualityFigure> figures, int year, Map<Long, DrawnFigure> indicators) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (QualityFigure f : figures) {
            if (f.isDrawn()) {
                DrawnFigure d = indicators.get(f.getIndicatorId());
                Row row = new Row(d == null ? f.getName() : d.name(), d == null ? f.getUnit() : d.unit(), f.getIndicatorId());
                if (d != null) {
                    row.thisYear = new QualityReportView.Amount(year, d.thisYear(), false, d.thisYearSmall(), false, null);
                    row.lastYear = new QualityReportView.Amount(year - 1, d.lastYear(), false, d.lastYearSmall(), false, null);
                }
                rows.put("indicator:" + f.getIndicatorId() + ":" + f.getPosition(), row);
                continue;
            }
            Row row = rows.computeIfAbsent("typed:" + f.getName(), k -> new Row(f.getName(), f.getUnit(), null));
            QualityReportView.Amount amount = new QualityReportView.Amount(f.getYear(), f.getValue(), false,
                    QualityFigure.small(f.getUnit(), f.getValue()), f.isApproximate(), f.getPeriodNote());
            if (f.getYear() != null && f.getYear() == year && row.thisYear == null) {
                row.thisYear = amount;
            } else if (f.getYear() != null && f.getYear() == year - 1 && row.lastYear == null) {
                row.lastYear = amount;
            } else {
                row.others.add(amount);
            }
        }
        return rows.values().stream().map(r -> new QualityReportView.FigureRow(r.name, r.unit, r.thisYear, r.lastYear,
                List.copyOf(r.others), r.indicatorId)).toList();
    }

    private static final class Row {
        final String name;
        final IndicatorUnit unit;
        final Long indicatorId;
        QualityReportView.Amount thisYear;
        QualityReportView.Amount lastYear;
        final List<QualityReportView.Amount> others = new ArrayList<>();

        Row(String name, IndicatorUnit unit, Long indicatorId) {
            this.name = name;
            this.unit = unit;
            this.indicatorId = indicatorId;
        }
    }
}
