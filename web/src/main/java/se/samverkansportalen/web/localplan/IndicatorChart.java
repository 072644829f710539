package se.samverkansportalen.web.localplan;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import se.samverkansportalen.service.localplan.LocalPlanView;

/**
 * An indicator's line chart as PrimeFaces' {@code p:chart} takes it: a Chart.js configuration.
 * A missing period is a gap in the line (null, not 0); baseline and target are flat dashed lines.
 * The values table beside the chart is its text alternative.
 */
public final class IndicatorChart {

    private IndicatorChart() {
    }

    public static String config(LocalPlanView.IndicatorView indicator, String valuesLabel, String baselineLabel,
            String targetLabel) {
        List<LocalPlanView.Reading> readings = indicator.readings();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        readings.forEach(r -> labels.add(r.period()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(valuesLabel, readings.stream().map(LocalPlanView.Reading::value).toList(), "#1a4d8f", false));
        if (indicator.baseline() != null) {
            datasets.add(dataset(baselineLabel, readings.stream().map(r -> indicator.baseline()).toList(), "#6b6b6b", true));
        }
        if (indicator.target() != null) {
            datasets.add(dataset(targetLabel, readings.stream().map(r -> indicator.target()).toList(), "#2b7a2b", true));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("spanGaps", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<BigDecimal> values, String colour, boolean dashed) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("fill", false).add("tension", 0);
        if (dashed) {
            set.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
        }
        return set;
    }
}
