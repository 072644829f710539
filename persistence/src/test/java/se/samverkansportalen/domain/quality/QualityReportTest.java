package se.samverkansportalen.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;

/** The kvalitetsberättelse's own rules: its sections, the freeze once fastställd, what a figure may be. */
class QualityReportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @Test
    void a_new_draft_has_the_sections_of_a_kvalitetsberattelse_in_order() {
        QualityReport report = QualityReport.draft(2025);

        assertThat(report.getSections()).extracting(QualitySection::getKey).containsExactly("introduction", "purpose",
                "management-system", "processes", "complaints", "deviations", "risks", "self-inspection", "improvements",
                "good-examples", "focus-next-year");
        assertThat(report.section("risks")).get().extracting(QualitySection::getKind).isEqualTo(SectionKind.RISK_REGISTER);
        assertThat(report.getStatus()).isEqualTo(QualityReportStatus.DRAFT);
    }

    @Test
    void a_fastställd_berattelse_refuses_every_change_naming_its_year() {
        QualityReport report = QualityReport.draft(2024);
        QualitySection complaints = report.section("complaints").orElseThrow();
        complaints.write("Synpunkterna har ökat.");

        report.adopt(LocalDate.of(2025, 2, 20), "Socialnämnden", "SCN-2025-0042", TODAY, "{}");

        assertThat(report.isAdopted()).isTrue();
        assertThat(report.getAdoptedContent()).isEqualTo("{}");
        List<Runnable> changes = List.of(
                () -> complaints.write("Ändrad text"),
                () -> complaints.addFigure("Registrerade synpunkter", IndicatorUnit.COUNT, 2024, BigDecimal.TEN, null, false, null),
                () -> complaints.addEntry(EntryList.NOTES, null, "En anteckning", null),
                () -> complaints.clearContents(),
                () -> report.describe("Förvaltningsdirektör", List.of()),
                () -> report.addSection("extra", SectionKind.TEXT, "Extra"),
                () -> report.adopt(TODAY, "Socialnämnden", "SCN-2025-0043", TODAY, "{}"));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(WrongStateRefusal.class)
                    .extracting(e -> ((Refusal) e).getMessageKey(), e -> ((Refusal) e).getArguments())
                    .containsExactly(QualityReport.ADOPTED_KEY, List.of("2024"));
        }
        assertThat(complaints.getText()).isEqualTo("Synpunkterna har ökat.");
        assertThat(report.getRegistrationNumber()).isEqualTo("SCN-2025-0042");
    }

    @Test
    void fastställande_needs_a_date_not_after_today_and_who_decided() {
        QualityReport report = QualityReport.draft(2024);

        assertThatThrownBy(() -> report.adopt(TODAY.plusDays(1), "Socialnämnden", null, TODAY, "{}"))
                .isInstanceOf(InvalidInputRefusal.class).extracting(e -> ((Refusal) e).getField()).isEqualTo("adoptedOn");
        assertThatThrownBy(() -> report.adopt(TODAY, "  ", null, TODAY, "{}"))
                .isInstanceOf(InvalidInputRefusal.class).extracting(e -> ((Refusal) e).getField()).isEqualTo("decidedBy");
        assertThat(report.isAdopted()).isFalse();
    }

    @Test
    void fastställande_refuses_a_date_before_the_year_the_berattelse_gives_account_of() {
        QualityReport report = QualityReport.draft(2024);

        assertThatThrownBy(() -> report.adopt(LocalDate.of(2023, 12, 31), "Socialnämnden", null, TODAY, "{}"))
                .isInstanceOf(InvalidInputRefusal.class)
                .extracting(e -> ((Refusal) e).getField(), e -> ((Refusal) e).getMessageKey(), e -> ((Refusal) e).getArguments())
                .containsExactly("adoptedOn", QualityReport.ADOPTED_BEFORE_YEAR, List.of("2024"));
        assertThat(report.isAdopted()).isFalse();

        report.adopt(LocalDate.of(2024, 1, 1), "Socialnämnden", null, TODAY, "{}");
        assertThat(report.getAdoptedOn()).as("the first day of the year is a day of the year").isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void an_utkast_can_be_removed_and_a_fastställd_berattelse_cannot() {
        QualityReport draft = QualityReport.draft(2024);
        draft.requireRemovable();

        QualityReport adopted = QualityReport.draft(2023);
        adopted.adopt(LocalDate.of(2024, 2, 20), "Socialnämnden", null, TODAY, "{}");
        assertThatThrownBy(adopted::requireRemovable).isInstanceOf(WrongStateRefusal.class)
                .extracting(e -> ((Refusal) e).getMessageKey(), e -> ((Refusal) e).getArguments())
                .containsExactly(QualityReport.REMOVE_ADOPTED_KEY, List.of("2023"));
    }

    @Test
    void a_control_of_every_avdelning_is_marked_and_keeps_no_avdelning() {
        QualitySection inspections = QualityReport.draft(2024).section("self-inspection").orElseThrow();

        QualityInspection all = inspections.addInspection("Granskning av externa vårdleverantörer", "Vuxen", true, null, null,
                List.of(), List.of(), List.of());
        QualityInspection one = inspections.addInspection("Kollegial granskning", "Barn och ungdom myndighet", false, null, null,
                List.of("utredning"), List.of(), List.of());

        assertThat(all.isAllDepartments()).isTrue();
        assertThat(all.getDepartment()).as("no words for \"every avdelning\" are stored").isNull();
        assertThat(one.isAllDepartments()).isFalse();
        assertThat(one.getDepartment()).isEqualTo("Barn och ungdom myndighet");
    }

    @Test
    void a_count_below_five_is_a_small_number_and_other_units_are_not() {
        assertThat(QualityFigure.small(IndicatorUnit.COUNT, BigDecimal.valueOf(3))).isTrue();
        assertThat(QualityFigure.small(IndicatorUnit.COUNT, BigDecimal.ZERO)).isTrue();
        assertThat(QualityFigure.small(IndicatorUnit.COUNT, BigDecimal.valueOf(5))).isFalse();
        assertThat(QualityFigure.small(IndicatorUnit.PERCENT, BigDecimal.valueOf(3))).isFalse();
        assertThat(QualityFigure.small(IndicatorUnit.COUNT, null)).isFalse();
    }

    @Test
    void a_typed_count_is_whole_and_not_negative() {
        QualitySection deviations = QualityReport.draft(2024).section("deviations").orElseThrow();

        assertThatThrownBy(() -> deviations.addFigure("Lex Sarah-rapporter", IndicatorUnit.COUNT, 2024, new BigDecimal("9.5"), null, false, null))
                .isInstanceOf(InvalidInputRefusal.class).extracting(e -> ((Refusal) e).getMessageKey()).isEqualTo(QualityFigure.NOT_WHOLE_VALUE);
        assertThatThrownBy(() -> deviations.addFigure("Lex Sarah-rapporter", IndicatorUnit.COUNT, 2024, BigDecimal.valueOf(-1), null, false, null))
                .isInstanceOf(InvalidInputRefusal.class).extracting(e -> ((Refusal) e).getMessageKey()).isEqualTo(QualityFigure.NEGATIVE_VALUE);
        assertThatThrownBy(() -> deviations.addFigure("Lex Sarah-rapporter", IndicatorUnit.COUNT, 1899, BigDecimal.ONE, null, false, null))
                .isInstanceOf(InvalidInputRefusal.class).extracting(e -> ((Refusal) e).getField()).isEqualTo("year");
        assertThat(deviations.addFigure("Lex Sarah-rapporter", IndicatorUnit.COUNT, 2024, BigDecimal.valueOf(9), "t.o.m. 11 november", false, null)
                .getPeriodNote()).isEqualTo("t.o.m. 11 november");
    }

    @Test
    void entries_are_numbered_within_their_own_list() {
        QualitySection deviations = QualityReport.draft(2024).section("deviations").orElseThrow();
        deviations.addEntry(EntryList.FREQUENT_TYPES, null, "handläggning", null);
        deviations.addEntry(EntryList.FREQUENT_CAUSE_AREAS, null, "processer och rutiner", null);
        deviations.addEntry(EntryList.FREQUENT_TYPES, null, "sekretess", null);

        assertThat(deviations.entries(EntryList.FREQUENT_TYPES)).extracting(QualityEntry::getName, QualityEntry::getPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("handläggning", 0), org.assertj.core.groups.Tuple.tuple("sekretess", 1));
    }
}
