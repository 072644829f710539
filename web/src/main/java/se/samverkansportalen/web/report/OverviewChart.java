package se.samverkansportalen.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.ToIntFunction;
import se.samverkansportalen.service.report.RegionalOverview;

/**
 * A delmål's trend in the lägesbild as PrimeFaces' {@code p:chart} takes it (a Chart.js
 * configuration, like {@code IndicatorChart}): a stacked bar per period, the kommuner by the light
 * of the delmål as a whole (grön, gul, röd, ingen uppgift). The trend table beside the chart is its
 * text alternative; the colours are the report form's, and each part is named in the legend.
 */
public final class OverviewChart {

    private OverviewChart() {
    }

    public static String config(RegionalOverview.SubGoalPicture subGoal, ResourceBundle texts) {
        List<RegionalOverview.TrendPoint> trend = subGoal.trend();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        trend.forEach(p -> labels.add(p.period().code()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(texts.getString("report.lightShort.GREEN"), trend, t -> t.green().count(), "#2e7d32"))
                .add(dataset(texts.getString("report.lightShort.YELLOW"), trend, t -> t.yellow().count(), "#f0c000"))
                .add(dataset(texts.getString("report.lightShort.RED"), trend, t -> t.red().count(), "#c62828"))
                .add(dataset(texts.getString("overview.none"), trend, t -> t.none().count(), "#8a8a8a"));
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", texts.getString("overview.chart.kommuner")))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<RegionalOverview.TrendPoint> trend,
            ToIntFunction<RegionalOverview.Tally> count, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        trend.forEach(p -> data.add(count.applyAsInt(p.lights())));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", "#111111").add("borderWidth", 1);
    }
}
