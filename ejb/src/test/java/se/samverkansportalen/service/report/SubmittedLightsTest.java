package se.samverkansportalen.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;

/**
 * The lights read for the lägesbild are found by period, kommun and aktivitet or delmål, and
 * nowhere else: aktiviteter one by one in the chosen period, delmål by their two most serious lights.
 */
class SubmittedLightsTest {

    private static final long CHOSEN = 12;

    @Test
    void an_aktivitets_light_is_the_one_the_kommun_gave_it_in_the_chosen_period() {
        SubmittedLights.Sent sent = new SubmittedLights.Sent(CHOSEN);
        sent.activity("2480", "a-1", TrafficLight.RED);
        sent.activity("2482", "a-1", TrafficLight.GREEN);

        assertThat(sent.activity(CHOSEN, "2480", "a-1")).isEqualTo(TrafficLight.RED);
        assertThat(sent.activity(CHOSEN, "2482", "a-1")).isEqualTo(TrafficLight.GREEN);
        assertThat(sent.activity(CHOSEN, "2480", "a-2")).as("an aktivitet sent without a light").isNull();
        assertThat(sent.activity(CHOSEN, "2460", "a-1")).as("a kommun that sent nothing").isNull();
        assertThat(sent.activity(11, "2480", "a-1")).as("aktiviteter are read for the chosen period only").isNull();
    }

    @Test
    void a_delmals_lights_are_those_of_its_aktiviteter_and_the_most_serious_of_the_linked_work_in_that_period() {
        SubmittedLights.Sent sent = new SubmittedLights.Sent(CHOSEN);
        sent.activities(11, "2480", "d-1", TrafficLight.RED);
        sent.activities(12, "2480", "d-1", TrafficLight.GREEN);
        sent.linkedWork(12, "2480", "d-1", TrafficLight.YELLOW);
        sent.linkedWork(12, "2480", "d-1", TrafficLight.GREEN); // a less serious measure does not lower it
        sent.linkedWork(12, "2482", "d-1", TrafficLight.GREEN);
        sent.linkedWork(12, "2482", "d-1", TrafficLight.RED);

        assertThat(sent.activities(11, "2480", "d-1")).isEqualTo(TrafficLight.RED);
        assertThat(sent.linkedWork(11, "2480", "d-1")).isNull();
        assertThat(sent.activities(12, "2480", "d-1")).as("another period, its own lights").isEqualTo(TrafficLight.GREEN);
        assertThat(sent.linkedWork(12, "2480", "d-1")).isEqualTo(TrafficLight.YELLOW);
        assertThat(sent.activities(12, "2482", "d-1")).isNull();
        assertThat(sent.linkedWork(12, "2482", "d-1")).isEqualTo(TrafficLight.RED);
        assertThat(sent.linkedWork(12, "2480", "d-2")).as("another delmål").isNull();
        assertThat(sent.activities(13, "2480", "d-1")).as("a period no one sent").isNull();
    }
}
