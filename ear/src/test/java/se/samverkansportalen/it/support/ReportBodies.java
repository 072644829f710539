package se.samverkansportalen.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** Bodies a kommun sends to the report API ({@code PUT rapporter/{period}}, {@code POST …/inskickning}). */
public final class ReportBodies {

    private ReportBodies() {
    }

    /**
     * The report as the kommun sends it back: its lock version as loaded, the first item ongoing
     * with the given traffic light ("GREEN", "YELLOW", "RED") and narrative, the others untouched.
     */
    public static JsonObject withFirstItem(JsonObject report, String light, String narrative) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        List<JsonObject> rows = report.getJsonArray("items").getValuesAs(JsonObject.class);
        for (int i = 0; i < rows.size(); i++) {
            var item = Json.createObjectBuilder().add("id", rows.get(i).getJsonNumber("id"));
            if (i == 0) {
                item.add("status", "ONGOING").add("light", light).add("narrative", narrative);
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("lockVersion", report.getInt("lockVersion")).add("items", items).build();
    }
}
