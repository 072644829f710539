package se.samverkansportalen.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.domain.report.ProgressReport;
import se.samverkansportalen.domain.report.ReportItem;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.service.report.ReportSubmissions.ItemRef;
import se.samverkansportalen.service.report.ReportSubmissions.Sent;
import se.samverkansportalen.service.report.ReportSubmissions.SentItem;
import se.samverkansportalen.service.report.ReportSubmissions.SentValue;

/**
 * Umeå submits its report for 2020-T3 and is asked to complete it: every submission is kept as it
 * was sent and reads back the same, and the reviewer sees which items the latest submission
 * answers differently from the one before it.
 */
class ReportSubmissionsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2020, 12, 20, 14, 0);

    private ProgressReport report;
    private ReportItem training;
    private ReportItem jourhem;
    private final Map<ReportItem, List<ReportForm.IndicatorValue>> values = new IdentityHashMap<>();

    @BeforeEach
    void umeasReportFor2020T3() {
        report = new ProgressReport(new ReportingPeriod(PeriodKind.TERTIAL, 2020, 3, LocalDate.of(2021, 1, 15), "Karin Forsberg", NOW));
        training = report.addItem(ItemType.REGIONAL_ACTIVITY, "a1b2", "Delmål 3.2, aktivitet 1: Utbildning i BBIC");
        jourhem = report.addItem(ItemType.RISK_MEASURE, "17", "Nacka: risk 2.1, Fler jourhem");
    }

    @Test
    void a_submission_reads_back_as_it_was_sent_with_empty_answers_as_none() {
        training.fill(ItemStatus.ONGOING, TrafficLight.YELLOW, "Två enheter har gått \"grundkursen\";\nresten i vår – åäö ŋ 👍");
        values.put(jourhem, List.of(value("Antal jourhem", "2020-09", "12"), value("Antal jourhem", "2020-10", null)));

        Sent sent = ReportSubmissions.read(content());

        assertThat(sent.periodCode()).isEqualTo("2020-T3");
        assertThat(sent.items()).containsExactly(
                new SentItem(new ItemRef(ItemType.REGIONAL_ACTIVITY, "a1b2"), "Delmål 3.2, aktivitet 1: Utbildning i BBIC",
                        ItemStatus.ONGOING, TrafficLight.YELLOW, "Två enheter har gått \"grundkursen\";\nresten i vår – åäö ŋ 👍", List.of()),
                new SentItem(new ItemRef(ItemType.RISK_MEASURE, "17"), "Nacka: risk 2.1, Fler jourhem", null, null, null,
                        List.of(new SentValue(1L, "Antal jourhem", "2020-09", new BigDecimal("12")),
                                new SentValue(1L, "Antal jourhem", "2020-10", null))));
        assertThat(sent.item(ItemType.RISK_MEASURE, "17")).get().extracting(SentItem::label).isEqualTo("Nacka: risk 2.1, Fler jourhem");
        assertThat(sent.item(ItemType.LOCAL_MEASURE, "17")).as("same key, other type").isEmpty();
    }

    @Test
    void the_content_is_the_json_the_kept_submissions_have_always_had() {
        training.fill(ItemStatus.DONE, null, null);
        values.put(jourhem, List.of(value("Antal jourhem", "2020-09", "12.50")));

        assertThat(content()).isEqualTo("{\"period\":\"2020-T3\",\"items\":["
                + "{\"type\":\"REGIONAL_ACTIVITY\",\"key\":\"a1b2\",\"label\":\"Delmål 3.2, aktivitet 1: Utbildning i BBIC\","
                + "\"status\":\"DONE\",\"light\":\"\",\"narrative\":\"\",\"indicators\":[]},"
                + "{\"type\":\"RISK_MEASURE\",\"key\":\"17\",\"label\":\"Nacka: risk 2.1, Fler jourhem\","
                + "\"status\":\"\",\"light\":\"\",\"narrative\":\"\",\"indicators\":["
                + "{\"id\":1,\"indicator\":\"Antal jourhem\",\"period\":\"2020-09\",\"value\":\"12.50\"}]}]}");
    }

    @Test
    void a_submission_kept_before_items_carried_indicators_reads_with_none() {
        Sent old = ReportSubmissions.read("{\"period\":\"2017-T2\",\"items\":[{\"type\":\"REGIONAL_ACTIVITY\",\"key\":\"k\","
                + "\"label\":\"Delmål 1.1, aktivitet 1\",\"status\":\"NOT_STARTED\",\"light\":\"RED\",\"narrative\":\"Ej startat\"}]}");

        assertThat(old.item(ItemType.REGIONAL_ACTIVITY, "k")).get().satisfies(item -> {
            assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);
            assertThat(item.light()).isEqualTo(TrafficLight.RED);
            assertThat(item.narrative()).isEqualTo("Ej startat");
            assertThat(item.indicators()).isEmpty();
        });
    }

    @Test
    void nothing_has_changed_before_the_second_submission() {
        training.fill(ItemStatus.ONGOING, TrafficLight.GREEN, "Påbörjat");
        assertThat(ReportSubmissions.changedSincePrevious(report.getSubmissions())).isEmpty();

        report.submit("Maria Lundgren", NOW, content());

        assertThat(ReportSubmissions.changedSincePrevious(report.getSubmissions())).isEmpty();
    }

    @Test
    void after_completion_only_the_items_answered_differently_are_changed() {
        training.fill(ItemStatus.ONGOING, TrafficLight.GREEN, "Påbörjat");
        values.put(jourhem, List.of(value("Antal jourhem", "2020-09", "12")));
        report.submit("Maria Lundgren", NOW, content());
        report.requestCompletion("Anna Berg", "Beskriv vilka enheter.", List.of(training), "[]", NOW);

        training.fill(ItemStatus.ONGOING, TrafficLight.GREEN, "Påbörjat i två enheter");
        report.submit("Maria Lundgren", NOW.plusDays(1), content());

        assertThat(ReportSubmissions.changedSincePrevious(report.getSubmissions()))
                .containsExactly(new ItemRef(ItemType.REGIONAL_ACTIVITY, "a1b2"));
    }

    @Test
    void a_changed_indicator_value_is_a_change_and_the_same_number_written_otherwise_is_not() {
        Sent first = sent(value("Antal jourhem", "2020-09", "12"));

        assertThat(ReportSubmissions.changed(first, sent(value("Antal jourhem", "2020-09", "12.00"))))
                .as("12 typed, 12.00 read back from the column").isEmpty();
        assertThat(ReportSubmissions.changed(first, sent(value("Antal jourhem", "2020-09", "13"))))
                .containsExactly(new ItemRef(ItemType.RISK_MEASURE, "17"));
        assertThat(ReportSubmissions.changed(first, sent(value("Antal jourhem", "2020-09", null)))).as("cleared").hasSize(1);
        assertThat(ReportSubmissions.changed(first, sent(value("Antal jourhem", "2020-09", "12"), value("Antal jourhem", "2020-10", "4"))))
                .as("a value for another month").hasSize(1);
    }

    @Test
    void an_item_the_previous_submission_did_not_have_is_changed_and_an_item_dropped_since_is_not_reported() {
        Sent before = ReportSubmissions.read(content());
        ReportItem added = report.addItem(ItemType.LOCAL_MEASURE, "42", "Uppsala: åtgärd 3, Trainee");
        Sent latest = ReportSubmissions.read(content());

        assertThat(ReportSubmissions.changed(before, latest)).containsExactly(ItemRef.of(added));
        assertThat(ReportSubmissions.changed(latest, before)).isEmpty();
    }

    private Sent sent(ReportForm.IndicatorValue... jourhemValues) {
        values.put(jourhem, List.of(jourhemValues));
        return ReportSubmissions.read(content());
    }

    private String content() {
        return ReportSubmissions.content(report, item -> values.getOrDefault(item, List.of()));
    }

    private static ReportForm.IndicatorValue value(String indicator, String period, String value) {
        return new ReportForm.IndicatorValue(1L, indicator, IndicatorUnit.COUNT, period, value == null ? null : new BigDecimal(value),
                false, false);
    }
}
