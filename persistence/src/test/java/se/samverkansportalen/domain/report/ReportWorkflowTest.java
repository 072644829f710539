package se.samverkansportalen.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * A tertial's report goes utkast → inskickad → komplettering begärd → inskickad → granskad; the kommun
 * writes only while it is an utkast or reopened, and never after the period is closed.
 */
class ReportWorkflowTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2017, 9, 1, 10, 0);

    private ReportingPeriod t2;
    private ProgressReport report;
    private ReportItem item;

    @BeforeEach
    void umeasReportForT2() {
        t2 = new ReportingPeriod(PeriodKind.TERTIAL, 2017, 2, LocalDate.of(2017, 9, 15), "Karin Forsberg", NOW);
        report = new ProgressReport(t2);
        item = report.addItem(ItemType.REGIONAL_ACTIVITY, "key-1", "Delmål 3.2, aktivitet 1");
    }

    @Test
    void tertial_2_covers_may_to_august() {
        assertThat(t2.code()).isEqualTo("2017-T2");
        assertThat(t2.start()).isEqualTo(LocalDate.of(2017, 5, 1));
        assertThat(t2.end()).isEqualTo(LocalDate.of(2017, 8, 31));
        assertThat(t2.isPastDeadline(LocalDate.of(2017, 9, 16))).isTrue();
        assertThat(new ReportingPeriod(PeriodKind.MONTH, 2020, 2, LocalDate.of(2020, 3, 10), "K", NOW).end())
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void a_submitted_report_is_locked_until_completion_is_requested_and_is_reviewed_after_resubmission() {
        item.fill(ItemStatus.ONGOING, TrafficLight.GREEN, "Påbörjat");
        report.submit("Maria Lundgren", NOW, "{}");
        assertThatThrownBy(() -> item.fill(ItemStatus.DONE, TrafficLight.GREEN, "Klart")).isInstanceOf(IllegalStateException.class);

        report.requestCompletion("Anna Berg", "Beskriv vilka enheter.", List.of(item), "[]", NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.COMPLETION_REQUESTED);
        assertThat(item.isReturned()).isTrue();
        item.fill(ItemStatus.ONGOING, TrafficLight.YELLOW, "Påbörjat i två enheter");

        report.submit("Maria Lundgren", NOW, "{}");
        assertThat(item.isReturned()).as("a resubmission answers the return").isFalse();
        report.review("Anna Berg", NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.REVIEWED);
        assertThat(report.getSubmissions()).extracting(ReportSubmission::getNumber).containsExactly(1, 2);
        assertThat(report.getReviewRounds()).extracting(ReviewRound::getNumber, ReviewRound::getOutcome, ReviewRound::getComment)
                .as("both rounds kept, in order").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ReportStatus.COMPLETION_REQUESTED, "Beskriv vilka enheter."),
                        org.assertj.core.groups.Tuple.tuple(2, ReportStatus.REVIEWED, null));
        assertThatThrownBy(() -> report.review("Anna Berg", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_utkast_cannot_be_reviewed_and_a_closed_period_takes_no_writes() {
        assertThatThrownBy(() -> report.review("Anna Berg", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.requestCompletion("Anna Berg", "Mer", List.of(), "[]", NOW)).isInstanceOf(IllegalStateException.class);
        t2.close(NOW);
        assertThatThrownBy(() -> item.fill(ItemStatus.DONE, null, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ProgressReport(t2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_narrative_with_a_personnummer_is_refused_and_the_item_keeps_what_it_had() {
        item.fill(ItemStatus.ONGOING, null, "Utan personuppgifter");
        assertThatThrownBy(() -> item.fill(ItemStatus.ONGOING, null, "Gäller 811218-9876"))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, refusal -> {
                    assertThat(refusal.getField()).isEqualTo("narrative");
                    assertThat(refusal.getMessageKey()).isEqualTo("input.personalData");
                    assertThat(refusal.getArguments()).containsExactly("narrative");
                });
        assertThat(item.getNarrative()).isEqualTo("Utan personuppgifter");
    }
}
