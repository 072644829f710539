package se.samverkansportalen.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.ForbiddenRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;

/**
 * Each kind of refusal has its HTTP status, decided by its type and never by its message key; invalid
 * input lists every field at fault beside the first.
 */
class ApiRefusalTest {

    @Test
    void each_kind_of_refusal_answers_its_own_status() {
        assertThat(ApiRefusal.status(new NotFoundRefusal("report.error.periodNotFound")).getStatusCode()).isEqualTo(404);
        assertThat(ApiRefusal.status(new ConflictRefusal("localplan.error.changed")).getStatusCode()).isEqualTo(409);
        assertThat(ApiRefusal.status(new WrongStateRefusal("report.error.periodClosed", "2017-T2")).getStatusCode()).isEqualTo(409);
        assertThat(ApiRefusal.status(new ForbiddenRefusal("discussion.error.notAuthor")).getStatusCode()).isEqualTo(403);
        assertThat(ApiRefusal.status(InvalidInputRefusal.atField("title", "input.required", "title")).getStatusCode()).isEqualTo(400);
    }

    @Test
    void a_key_that_merely_ends_like_another_kind_does_not_change_the_status() {
        assertThat(ApiRefusal.status(new InvalidInputRefusal("plan.error.notFound")).getStatusCode())
                .as("the type decides, not the key's suffix").isEqualTo(400);
        assertThat(ApiRefusal.status(new NotFoundRefusal("report.error.changed")).getStatusCode()).isEqualTo(404);
    }

    @Test
    void invalid_input_at_several_fields_keeps_its_first_field_and_lists_every_field_in_order() {
        InvalidInputRefusal refusal = InvalidInputRefusal.atField("how", "input.tooLong", "how", 4000)
                .withFurther(List.of(InvalidInputRefusal.atField("title", "input.required", "title")));

        JsonObject body = json(ApiRefusal.body(refusal));

        assertThat(body.getString("error")).as("the first field's answer, as before").isEqualTo("input.tooLong");
        assertThat(body.getString("field")).isEqualTo("how");
        assertThat(body.getString("message")).startsWith("Hur får vara högst");
        assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("error"), e -> e.getString("message"))
                .containsExactly(tuple("how", "input.tooLong", body.getString("message")),
                        tuple("title", "input.required", "Titeln måste fyllas i."));
        assertThat(body).doesNotContainKeys("current", "changedBy");
        assertThat(body.getString("reference")).as("the request's felkod, on every refusal").matches("[A-Z2-9]{8}");
    }

    @Test
    void a_refusal_of_one_field_lists_that_field_and_other_refusals_list_none() {
        JsonObject one = json(ApiRefusal.body(InvalidInputRefusal.atField("title", "input.required", "title")));
        assertThat(one.getJsonArray("errors")).hasSize(1);
        assertThat(one.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("title");

        assertThat(json(ApiRefusal.body(new InvalidInputRefusal("api.error.unreadableBody")))).as("the input as a whole")
                .doesNotContainKeys("errors", "field");
        assertThat(json(ApiRefusal.body(new NotFoundRefusal("report.error.periodNotFound")))).doesNotContainKey("errors");
        assertThat(json(ApiRefusal.body(new WrongStateRefusal("report.error.periodClosed", "2017-T2")))).doesNotContainKey("errors");
    }

    private static JsonObject json(ApiRefusal body) {
        try (JsonReader reader = Json.createReader(new StringReader(StrictJson.jsonb().toJson(body)))) {
            return reader.readObject();
        }
    }
}
