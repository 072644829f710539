package se.samverkansportalen.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;

/**
 * Vännäs fastställer its submitted T2 report for its records (socialnämnden, dnr SN 2017/45): the
 * report is frozen, the decision keeps the document and its SHA-256; a correction reopens the
 * report, and once submitted again it is fastställd as version 2 while version 1 stays.
 */
class ReportDecisionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2017, 9, 20, 10, 0);
    private static final byte[] PDF = "%PDF-1.7 fastställd".getBytes(StandardCharsets.UTF_8);

    private ProgressReport report;
    private ReportItem item;

    @BeforeEach
    void vannasSubmitsT2() {
        ReportingPeriod t2 = new ReportingPeriod(PeriodKind.TERTIAL, 2017, 2, LocalDate.of(2017, 9, 30), "Karin Forsberg", NOW);
        report = new ProgressReport(t2);
        item = report.addItem(ItemType.REGIONAL_ACTIVITY, "key-1", "Delmål 3.2, aktivitet 1");
        item.fill(ItemStatus.ONGOING, TrafficLight.GREEN, "Påbörjat");
        report.submit("Maria Lundgren", NOW, "{}");
    }

    @Test
    void a_fastställd_report_is_frozen_and_keeps_its_document_with_its_sha256() {
        ReportDecision decision = report.adopt(1, LocalDate.of(2017, 9, 19), "Socialnämnden", "SN 2017/45", "Maria Lundgren", NOW, PDF);

        assertThat(report.isAdopted()).isTrue();
        assertThat(decision.getSubmissionNumber()).isEqualTo(1);
        assertThat(decision.getPdf()).isEqualTo(PDF);
        assertThat(decision.getSha256()).hasSize(64).isEqualTo(ReportDecision.sha256(PDF));
        assertThat(ReportDecision.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThatThrownBy(() -> item.fill(ItemStatus.DONE, TrafficLight.GREEN, "Klart")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.requestCompletion("Anna Berg", "Mer", List.of(item), "[]", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.adopt(2, LocalDate.of(2017, 9, 19), "Socialnämnden", "SN 2017/46", "Maria Lundgren", NOW, PDF))
                .as("fastställd once per submission").isInstanceOf(IllegalStateException.class);
        report.review("Anna Berg", NOW);
        assertThat(report.isAdopted()).as("granskad changes nothing of it").isTrue();
    }

    @Test
    void a_correction_reopens_the_report_and_becomes_a_new_version_once_submitted_again() {
        report.adopt(1, LocalDate.of(2017, 9, 19), "Socialnämnden", "SN 2017/45", "Maria Lundgren", NOW, PDF);
        report.reopenForCorrection(NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.isAdopted()).isFalse();
        item.fill(ItemStatus.DONE, TrafficLight.GREEN, "Klart i alla enheter");
        assertThatThrownBy(() -> report.adopt(2, LocalDate.of(2017, 9, 25), "Socialnämnden", "SN 2017/52", "Maria Lundgren", NOW, PDF))
                .as("an utkast is not fastställd").isInstanceOf(IllegalStateException.class);
        report.submit("Maria Lundgren", NOW, "{}");
        assertThat(report.isAdopted()).isFalse();

        ReportDecision second = report.adopt(2, LocalDate.of(2017, 9, 25), "Socialnämnden", "SN 2017/52", "Maria Lundgren", NOW, PDF);
        assertThat(second.getSubmissionNumber()).isEqualTo(2);
        assertThat(report.isAdopted()).isTrue();
    }

    @Test
    void an_unsubmitted_report_cannot_be_fastställd_nor_corrected() {
        ProgressReport draft = new ProgressReport(report.getPeriod());
        assertThatThrownBy(() -> draft.adopt(1, LocalDate.of(2017, 9, 19), "Socialnämnden", "SN 2017/45", "M", NOW, PDF))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.reopenForCorrection(NOW)).as("not fastställd").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.adopt(1, LocalDate.of(2017, 9, 19), "Socialnämnden", " ", "M", NOW, PDF))
                .as("a diarienummer is required").isInstanceOf(RuntimeException.class);
    }
}
