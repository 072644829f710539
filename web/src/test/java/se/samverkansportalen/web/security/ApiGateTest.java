package se.samverkansportalen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API takes bearer tokens in the header only, and JSON writes only (issue 12, "Sessions"). */
class ApiGateTest {

    @Test
    void aBrowsersSessionCookieAloneIsNotEnough() {
        assertThat(ApiGate.check("POST", false, null, "application/json"))
                .contains(new ApiGate.Refusal(401, "api.error.bearerOnly"));
        assertThat(ApiGate.check("GET", false, "Basic dXNlcjpwdw==", null))
                .contains(new ApiGate.Refusal(401, "api.error.bearerOnly"));
        assertThat(ApiGate.check("GET", false, "Bearer ", null))
                .contains(new ApiGate.Refusal(401, "api.error.bearerOnly"));
    }

    @Test
    void aTokenInTheAddressIsRefusedEvenBesideAHeader() {
        assertThat(ApiGate.check("GET", true, "Bearer abc", null))
                .contains(new ApiGate.Refusal(400, "api.error.tokenInAddress"));
    }

    @Test
    void aWriteThatIsNotJsonIsRefusedAsACrossSiteFormWouldSendIt() {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null}) {
            assertThat(ApiGate.check("POST", false, "Bearer abc", type)).as(String.valueOf(type))
                    .contains(new ApiGate.Refusal(415, "api.error.unsupportedMediaType"));
        }
        assertThat(ApiGate.check("PUT", false, "bearer abc", "text/plain;charset=UTF-8"))
                .contains(new ApiGate.Refusal(415, "api.error.unsupportedMediaType"));
    }

    @Test
    void aBearerCallPassesReadsAndJsonWrites() {
        assertThat(ApiGate.check("GET", false, "Bearer abc", null)).isEqualTo(Optional.empty());
        assertThat(ApiGate.check("DELETE", false, "Bearer abc", null)).isEmpty();
        assertThat(ApiGate.check("POST", false, "Bearer abc", "application/json; charset=UTF-8")).isEmpty();
        assertThat(ApiGate.check("PATCH", false, "Bearer abc", "application/merge-patch+json")).isEmpty();
    }
}
