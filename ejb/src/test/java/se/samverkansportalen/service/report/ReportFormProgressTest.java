package se.samverkansportalen.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;

/** "8 av 14 ifyllda": an item counts as answered once both its status and its traffic light are chosen. */
class ReportFormProgressTest {

    @Test
    void only_items_with_both_a_status_and_a_traffic_light_count_and_the_rest_are_listed_in_order() {
        ReportForm.Item both = item(ItemStatus.ONGOING, TrafficLight.YELLOW);
        ReportForm.Item statusOnly = item(ItemStatus.DONE, null);
        ReportForm.Item lightOnly = item(null, TrafficLight.GREEN);
        ReportForm.Item none = item(null, null);
        ReportForm form = new ReportForm();
        form.setItems(List.of(statusOnly, both, lightOnly, none));

        assertThat(form.getAnsweredCount()).isEqualTo(1);
        assertThat(form.getUnanswered()).extracting(ReportForm.Unanswered::index).containsExactly(0, 2, 3);
    }

    private static ReportForm.Item item(ItemStatus status, TrafficLight light) {
        ReportForm.Item item = new ReportForm.Item();
        item.setStatus(status);
        item.setLight(light);
        return item;
    }
}
