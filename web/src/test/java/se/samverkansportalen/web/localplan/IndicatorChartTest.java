package se.samverkansportalen.web.localplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.Periodicity;
import se.samverkansportalen.service.localplan.LocalPlanView;

/** The jourhem share's chart leaves May empty instead of dropping to zero, and draws the baseline. */
class IndicatorChartTest {

    @Test
    void a_missing_month_is_a_gap_and_the_baseline_a_flat_line() {
        LocalPlanView.IndicatorView share = new LocalPlanView.IndicatorView(1, "2.2", "Andel över 6 månader",
                IndicatorUnit.PERCENT, null, new BigDecimal("35"), false, null, false, Periodicity.MONTH, true, null, null,
                List.of(new LocalPlanView.Reading("2020-04", new BigDecimal("44")),
                        new LocalPlanView.Reading("2020-05", null),
                        new LocalPlanView.Reading("2020-06", new BigDecimal("43"))), 0);

        JsonObject chart = Json.createReader(new StringReader(IndicatorChart.config(share, "Värde", "Utgångsläge", "Mål")))
                .readObject();

        assertThat(chart.getJsonObject("data").getJsonArray("labels").toString()).isEqualTo("[\"2020-04\",\"2020-05\",\"2020-06\"]");
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets).hasSize(2);
        assertThat(datasets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[44,null,43]");
        assertThat(datasets.getJsonObject(1).getString("label")).isEqualTo("Utgångsläge");
        assertThat(datasets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[35,35,35]");
        assertThat(chart.getJsonObject("options").getBoolean("spanGaps")).isFalse();
    }
}
