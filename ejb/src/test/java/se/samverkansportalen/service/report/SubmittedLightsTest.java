package se.samverkansportalen.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemType;

/** The lights read for the lägesbild are found by period, kommun and item, and nowhere else. */
class SubmittedLightsTest {

    private static final ReportSubmissions.ItemRef ACTIVITY = new ReportSubmissions.ItemRef(ItemType.REGIONAL_ACTIVITY, "a-1");
    private static final ReportSubmissions.ItemRef MEASURE = new ReportSubmissions.ItemRef(ItemType.LOCAL_MEASURE, "7");

    @Test
    void a_light_is_the_one_the_kommuns_submission_for_that_period_gave_that_item() {
        SubmittedLights.Sent sent = new SubmittedLights.Sent();
        sent.put(11, "2480", ACTIVITY, TrafficLight.RED);
        sent.put(11, "2482", ACTIVITY, TrafficLight.GREEN);
        sent.put(12, "2480", ACTIVITY, TrafficLight.YELLOW);
        sent.put(12, "2480", MEASURE, TrafficLight.GREEN);

        assertThat(sent.of(11, "2480", ACTIVITY)).isEqualTo(TrafficLight.RED);
        assertThat(sent.of(11, "2482", ACTIVITY)).isEqualTo(TrafficLight.GREEN);
        assertThat(sent.of(12, "2480", ACTIVITY)).as("another period, its own light").isEqualTo(TrafficLight.YELLOW);
        assertThat(sent.of(12, "2480", MEASURE)).isEqualTo(TrafficLight.GREEN);
        assertThat(sent.of(11, "2480", MEASURE)).as("an item the period's submission gave no light").isNull();
        assertThat(sent.of(12, "2482", ACTIVITY)).as("a kommun that sent nothing for the period").isNull();
        assertThat(sent.of(13, "2480", ACTIVITY)).as("a period no one sent").isNull();
        assertThat(sent.of(11, "2480", new ReportSubmissions.ItemRef(ItemType.RISK_MEASURE, "a-1")))
                .as("the same key as another type is another item").isNull();
    }
}
