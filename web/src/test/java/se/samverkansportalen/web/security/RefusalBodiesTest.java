package se.samverkansportalen.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RefusalBodiesTest {

    @Test
    void aBodyCarriesTheKeyTheSwedishTextAndTheRequestsId() {
        JsonObject body = Json.createReader(new StringReader(RefusalBodies.of("api.error.bearerOnly", "ABCD2345"))).readObject();
        assertThat(body.getString("error")).isEqualTo("api.error.bearerOnly");
        assertThat(body.getString("message")).isNotBlank().isNotEqualTo("api.error.bearerOnly");
        assertThat(body.getString("reference")).isEqualTo("ABCD2345");
        assertThat(body).hasSize(3);
    }

    @Test
    void onlyARequestIdIsSplicedIn() {
        String body = RefusalBodies.of("api.error.bearerOnly");
        assertThatThrownBy(() -> RefusalBodies.withReference(body, "\",\"x\":\"1")).isInstanceOf(IllegalArgumentException.class);
    }
}
