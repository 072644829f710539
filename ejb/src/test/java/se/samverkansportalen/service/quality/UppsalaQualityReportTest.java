package se.samverkansportalen.service.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.quality.EntryList;
import se.samverkansportalen.domain.quality.QualityReport;
import se.samverkansportalen.domain.quality.QualityReportStatus;
import se.samverkansportalen.domain.quality.SectionKind;

/**
 * Uppsala's kvalitetsberättelse 2024, read from the seed file, made the demo example and kept as
 * fastställd JSON, reads back exactly: its sections, figures, lists and controls; and anyone but
 * the kommun sees its small numbers withheld.
 */
class UppsalaQualityReportTest {

    private static QualityReportView example() {
        QualityReport report = QualityReportExamples.uppsala2024("2460", "Vännäs");
        assertThat(report.isAdopted()).isTrue();
        return QualityReportContent.read(report.getAdoptedContent());
    }

    @Test
    void the_example_keeps_the_sources_sections_in_order_labelled_with_its_source() {
        QualityReportView view = example();

        assertThat(view.status()).isEqualTo(QualityReportStatus.ADOPTED);
        assertThat(view.example()).isTrue();
        assertThat(view.year()).isEqualTo(2024);
        assertThat(view.kommunName()).isEqualTo("Vännäs");
        assertThat(view.sourceLabel()).isEqualTo("Uppsala kommun, socialförvaltningen: Kvalitetsberättelse 2024");
        assertThat(view.adoptedOn()).isNull();
        assertThat(view.signedBy()).isEqualTo("Förvaltningsdirektör socialförvaltningen");
        assertThat(view.departments()).containsExactly("Barn och ungdom myndighet", "Barn och ungdom insats", "Vuxen");
        assertThat(view.sections()).extracting(QualityReportView.Section::key, QualityReportView.Section::kind).containsExactly(
                tuple("introduction", SectionKind.TEXT), tuple("purpose", SectionKind.TEXT),
                tuple("management-system", SectionKind.TEXT), tuple("processes", SectionKind.TEXT),
                tuple("complaints", SectionKind.FIGURES), tuple("deviations", SectionKind.FIGURES),
                tuple("risks", SectionKind.RISK_REGISTER), tuple("self-inspection", SectionKind.SELF_INSPECTIONS),
                tuple("improvements", SectionKind.FOLLOW_UPS), tuple("good-examples", SectionKind.LIST),
                tuple("focus-next-year", SectionKind.LIST));
        assertThat(view.section("focus-next-year").title()).isEqualTo("Identifierade och prioriterade fokusområden 2025");
        assertThat(view.section("management-system").list(EntryList.PRINCIPLES)).extracting(QualityReportView.Entry::name)
                .containsExactly("planera", "leda", "kontrollera", "följa upp", "förbättra");
    }

    @Test
    void the_figures_are_the_sources_this_year_beside_last_year() {
        QualityReportView view = example();

        QualityReportView.FigureRow complaints = view.section("complaints").figures().get(0);
        assertThat(complaints.name()).isEqualTo("Registrerade synpunkter");
        assertThat(complaints.unit()).isEqualTo(IndicatorUnit.COUNT);
        assertThat(complaints.thisYear().value()).isEqualByComparingTo("73");
        assertThat(complaints.thisYear().periodNote()).isEqualTo("t.o.m. 10 november, inklusive klagomål vidarebefordrade från IVO");
        assertThat(complaints.lastYear().year()).isEqualTo(2023);
        assertThat(complaints.lastYear().value()).isEqualByComparingTo("79");
        assertThat(view.section("complaints").figures()).hasSize(1);

        List<QualityReportView.FigureRow> deviations = view.section("deviations").figures();
        assertThat(deviations).extracting(QualityReportView.FigureRow::name).containsExactly("Lex Sarah-rapporter",
                "Lex Sarah-rapporter bedömda som allvarligt missförhållande och anmälda till IVO",
                "Lex Sarah-rapporter per år, de fyra senaste åren");
        assertThat(deviations.get(0).thisYear().value()).isEqualByComparingTo("9");
        assertThat(deviations.get(1).thisYear().value()).isEqualByComparingTo("3");
        assertThat(deviations.get(1).thisYear().smallNumber()).isTrue();
        assertThat(deviations.get(2).thisYear()).isNull();
        assertThat(deviations.get(2).others()).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualByComparingTo("20");
            assertThat(a.approximate()).isTrue();
            assertThat(a.year()).isNull();
        });
        assertThat(view.section("deviations").list(EntryList.FREQUENT_TYPES)).extracting(QualityReportView.Entry::name)
                .containsExactly("handläggning", "sekretess", "verksamhet");
        assertThat(view.section("deviations").list(EntryList.FREQUENT_CAUSE_AREAS)).extracting(QualityReportView.Entry::name)
                .containsExactly("processer och rutiner", "information och kommunikation");
        assertThat(view.section("risks").figures()).extracting(f -> f.name(), f -> f.thisYear().value()).containsExactly(
                tuple(QualityReportFile.RISKS_REMOVED, new BigDecimal("2")), tuple(QualityReportFile.RISKS_PROPOSED, new BigDecimal("10")));
    }

    @Test
    void the_kollegial_granskning_keeps_its_five_control_areas() {
        List<QualityReportView.InspectionView> inspections = example().section("self-inspection").inspections();

        assertThat(inspections).extracting(QualityReportView.InspectionView::name)
                .containsExactly("Kollegial granskning 2024", "Granskning av externa vårdleverantörer");
        assertThat(inspections.get(0).department()).isEqualTo("Barn och ungdom myndighet");
        assertThat(inspections.get(0).controlAreas()).containsExactly("förhandsbedömning", "utredning",
                "utredning inför placering i familjehem", "omplacering", "umgängesbegränsningar");
        assertThat(inspections.get(0).result()).as("in its Swedish rendering")
                .isEqualTo("blandat: bättre än 2023 inom vissa områden, sämre i hur åtgärder och händelser dokumenteras");
        assertThat(inspections.get(0).allDepartments()).isFalse();
        assertThat(inspections.get(1).allDepartments()).as("a control of every avdelning is marked").isTrue();
        assertThat(inspections.get(1).department()).as("and names no avdelning: the page names it in its language").isNull();
        assertThat(inspections.get(1).workstreams()).hasSize(3);
        assertThat(inspections.get(1).startingPoints()).hasSize(3);
    }

    @Test
    void the_lists_keep_their_avdelningar_and_follow_ups() {
        QualityReportView view = example();

        assertThat(view.section("improvements").list(EntryList.ITEMS)).extracting(QualityReportView.Entry::department,
                QualityReportView.Entry::name).containsExactly(tuple("Barn och ungdom myndighet", "Ny inlärningsmodell"),
                        tuple("Barn och ungdom insats", "Tidigt stöd till blivande föräldrar"), tuple("Vuxen", "Bostad först"));
        assertThat(view.section("improvements").list(EntryList.ITEMS).get(1).followUp()).isNull();
        assertThat(view.section("good-examples").list(EntryList.ITEMS)).hasSize(3);
        assertThat(view.section("focus-next-year").list(EntryList.ITEMS)).extracting(QualityReportView.Entry::department)
                .containsExactly("Barn och ungdom myndighet", "Barn och ungdom insats", "Vuxen");
        assertThat(view.section("improvements").improvements()).isEmpty();
        assertThat(view.section("risks").riskRegister()).isEmpty();
    }

    @Test
    void a_berattelse_kept_before_controls_of_every_avdelning_were_marked_reads_as_it_was_kept() {
        String kept = QualityReportExamples.uppsala2024("2460", "Vännäs").getAdoptedContent();
        assertThat(kept).contains("\"allDepartments\":true").doesNotContain("drawnFrom");
        String older = kept.replace("\"allDepartments\":true,", "\"department\":\"Alla avdelningar\",")
                .replace("\"allDepartments\":false,", "");

        List<QualityReportView.InspectionView> inspections = QualityReportContent.read(older).section("self-inspection").inspections();

        assertThat(inspections).extracting(QualityReportView.InspectionView::department, QualityReportView.InspectionView::allDepartments)
                .containsExactly(tuple("Barn och ungdom myndighet", false), tuple("Alla avdelningar", false));
    }

    @Test
    void others_see_the_small_numbers_withheld_and_everything_else() {
        QualityReportView others = example().forOthers();

        QualityReportView.FigureRow ivo = others.section("deviations").figures().get(1);
        assertThat(ivo.thisYear().withheld()).isTrue();
        assertThat(ivo.thisYear().value()).isNull();
        assertThat(others.section("deviations").figures().get(0).thisYear().value()).isEqualByComparingTo("9");
        assertThat(others.section("complaints").figures().get(0).thisYear().value()).isEqualByComparingTo("73");
        assertThat(others.section("self-inspection").inspections().get(0).controlAreas()).hasSize(5);
    }
}
