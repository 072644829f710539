package se.samverkansportalen.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
            var item = row(rows.get(i));
            if (i == 0) {
                item.add("status", "ONGOING").add("light", light).add("narrative", narrative);
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("lockVersion", report.getInt("lockVersion")).add("items", items).build();
    }

    /**
     * A row of the body naming the report's item as the report gave it: by its id, and by its type
     * and key for an item the report does not hold yet (id 0, stored by the first save).
     */
    public static JsonObjectBuilder row(JsonObject item) {
        return Json.createObjectBuilder().add("id", item.getJsonNumber("id")).add("type", item.getString("type"))
                .add("itemKey", item.getString("itemKey"));
    }
}
