package se.samverkansportalen.service.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.RiskLevel;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.domain.quality.QualityReportStatus;
import se.samverkansportalen.domain.quality.SectionKind;
import se.samverkansportalen.domain.report.ItemStatus;

/**
 * A kommun's kvalitetsberättelse as it is read: on its page, over the API and in its exports (PDF,
 * DOCX). The one read model of a berättelse: its decision, and its sections in order, each with its
 * title (the source's own, or none: then {@code titleKey} names it in the page's language), the
 * kommun's text, its figures (this year beside last year), its lists, the controls of its
 * egenkontroll, and what is drawn in from the kommun's plans and reports: the risk register (each
 * risk's level then and now, its measures with traffic lights) and the förbättrande åtgärder (each
 * local measure with its latest reported status).
 *
 * <p>A fastställd berättelse is read as it was when it was fastställd, drawn-in parts included. For
 * anyone but the kommun itself small numbers are withheld ({@link Amount#withheld()}: the value is
 * null and never leaves the server).
 *
 * @param adoptedOn          the date it was fastställd; null for an utkast (and for an example whose
 *                           source gives no date)
 * @param decidedBy          the nämnd or decision-maker that fastställde it
 * @param sourceLabel        where an example comes from, or null
 * @param example            another kommun's real berättelse shown for demonstration: read only
 * @param lockVersion        the version it was read at (an utkast's details)
 */
public record QualityReportView(String kommunCode, String kommunName, int year, QualityReportStatus status,
        LocalDate adoptedOn, String decidedBy, String registrationNumber, String sourceLabel, boolean example,
        String signedBy, List<String> departments, int lockVersion, List<Section> sections) implements Serializable {

    /**
     * A section. {@code riskRegister} is drawn in for a {@link SectionKind#RISK_REGISTER} section,
     * {@code improvements} for a {@link SectionKind#FOLLOW_UPS} section; both are empty elsewhere.
     *
     * @param titleKey the message key of the section's name in the page's language ({@code quality.section.complaints})
     * @param title    the source's own title ("Identifierade och prioriterade fokusområden 2025"), or null
     */
    public record Section(String key, String titleKey, String title, SectionKind kind, String text, int lockVersion,
            List<FigureRow> figures, List<EntryListView> lists, List<InspectionView> inspections,
            List<RegisterRisk> riskRegister, List<Improvement> improvements) implements Serializable {

        /** The entries of one of the section's lists, empty when it has none. */
        public List<Entry> list(EntryList list) {
            return lists.stream().filter(l -> l.list() == list).findFirst().map(EntryListView::entries).orElse(List.of());
        }

        /**
         * The titles of the local plans the section's drawn-in rows come from (its risk register and
         * its förbättrande åtgärder), in the rows' order, each once; empty when nothing is drawn in.
         */
        public List<String> drawnFrom() {
            return java.util.stream.Stream.concat(riskRegister.stream().map(RegisterRisk::planTitle),
                    improvements.stream().map(Improvement::planTitle)).distinct().toList();
        }
    }

    /**
     * A figure with this year beside last year ("Registrerade synpunkter": 73 in 2024, 79 in 2023);
     * {@code others} holds what the source gives for another or no single year ("cirka 20 per
     * år"). {@code indicatorId}: drawn from that yearly indicator of the kommun, or null when typed.
     */
    public record FigureRow(String name, IndicatorUnit unit, Amount thisYear, Amount lastYear, List<Amount> others,
            Long indicatorId) implements Serializable {
    }

    /**
     * A figure's value for a year (null year: for no single year). {@code value} is null when there is
     * none ("uppgift saknas") or when it is withheld ({@code withheld}, shown as "< 5").
     * {@code smallNumber}: a small number, which only the kommun itself sees.
     */
    public record Amount(Integer year, BigDecimal value, boolean withheld, boolean smallNumber, boolean approximate,
            String periodNote) implements Serializable {

        /** The amount as someone outside the kommun may see it. */
        public Amount forOthers() {
            return smallNumber ? new Amount(year, null, true, true, approximate, periodNote) : this;
        }
    }

    /** One list of a section ({@code titleKey}: {@code quality.list.NOTES}). */
    public record EntryListView(EntryList list, String titleKey, List<Entry> entries) implements Serializable {
    }

    /** An entry of a list: per avdelning where the source has one, with its follow-up. */
    public record Entry(String department, String name, String followUp) implements Serializable {
    }

    /**
     * A control of the egenkontroll with its control areas, workstreams and starting points.
     * {@code allDepartments}: a control of every avdelning, named in the reader's language
     * ({@code quality.inspection.allDepartments}); its {@code department} is then null.
     */
    public record InspectionView(String name, String department, boolean allDepartments, String method, String result,
            List<String> controlAreas, List<String> workstreams, List<String> startingPoints) implements Serializable {
    }

    /**
     * A risk of the kommun's risk-based plans: its level then (the first period its plan assesses)
     * and now (the latest), null when not assessed then or now, and its measures with their
     * traffic lights.
     */
    public record RegisterRisk(long planId, String planTitle, String number, String qualityArea, String title,
            String thenPeriod, RiskLevel thenLevel, String nowPeriod, RiskLevel nowLevel, List<RiskMeasureLight> measures)
            implements Serializable {
    }

    /** A measure against a risk and its traffic light (null: not assessed). */
    public record RiskMeasureLight(String title, TrafficLight light) implements Serializable {
    }

    /**
     * A measure of the kommun's local plans with its latest reported status: the period it was
     * reported in, the status and the traffic light (all null while it has not been reported).
     */
    public record Improvement(long planId, String planTitle, int number, String title, String period, ItemStatus status,
            TrafficLight light) implements Serializable {
    }

    /** Whether the berättelse is fastställd, and so frozen. */
    public boolean adopted() {
        return status == QualityReportStatus.ADOPTED;
    }

    /** The section of a key, or null. */
    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    /** The berättelse as someone outside the kommun may see it: small numbers withheld. */
    public QualityReportView forOthers() {
        return new QualityReportView(kommunCode, kommunName, year, status, adoptedOn, decidedBy, registrationNumber,
                sourceLabel, example, signedBy, departments, lockVersion, sections.stream()
                        .map(s -> new Section(s.key(), s.titleKey(), s.title(), s.kind(), s.text(), s.lockVersion(),
                                s.figures().stream().map(f -> new FigureRow(f.name(), f.unit(),
                                        f.thisYear() == null ? null : f.thisYear().forOthers(),
                                        f.lastYear() == null ? null : f.lastYear().forOthers(),
                                        f.others().stream().map(Amount::forOthers).toList(), f.indicatorId())).toList(),
                                s.lists(), s.inspections(), s.riskRegister(), s.improvements()))
                        .toList());
    }
}
