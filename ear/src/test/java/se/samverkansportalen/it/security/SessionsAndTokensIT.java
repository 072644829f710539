package se.samverkansportalen.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.Eventually;
import se.samverkansportalen.it.support.KeycloakUsers;
import se.samverkansportalen.it.support.PortalApi;

/**
 * Sessions and tokens (issue 12, "Leaked"): what someone who is not the user could do with the
 * user's session or tokens. A session id handed out before the login is worthless after it; the
 * API takes a bearer token in the header only, issued for the portal, and JSON writes only (a
 * token it refuses, forged, expired or for another audience, is answered with its Swedish JSON
 * refusal and the Bearer challenge, not an HTML page); a
 * logout at Keycloak ends the portal session at once; every answer carries the security headers.
 * Talks HTTP to the real portal and the real Keycloak, logging in on Keycloak's form.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsAndTokensIT {

    private static final String KEYCLOAK_URL = System.getProperty("keycloak.url", "http://localhost:8180");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A period id no test creates: a write refused before it is looked up never changes anything. */
    private static final long NO_PERIOD = 987_654_321L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aSessionIdPlantedBeforeTheLoginDoesNotBecomeTheLoggedInSession() {
        KeycloakHttpLogin victim = new KeycloakHttpLogin();
        // The portal hands out no session before the login, so the attacker plants an id of its
        // own choosing (a cookie set through another site or a shared computer).
        String planted = "Fx" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 30);
        victim.plantPortalCookie("JSESSIONID", planted);

        HttpResponse<String> page = victim.openAndLogIn("index.xhtml", "socialchef.umea");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(victim.sessionId()).as("session id after the login").isNotNull().isNotEqualTo(planted);

        HttpResponse<String> attacker = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "index.xhtml"))
                .header("Cookie", "JSESSIONID=" + planted).GET().build());
        assertThat(attacker.statusCode()).as("the planted id is no logged-in session").isEqualTo(302);
        assertThat(attacker.headers().firstValue("Location").orElse("")).startsWith(KEYCLOAK_URL);
    }

    @Test
    void theApiRefusesTheBrowsersSessionCookie() {
        KeycloakHttpLogin browser = new KeycloakHttpLogin();
        assertThat(browser.openAndLogIn("rapport/perioder.xhtml", "samordnare").statusCode()).isEqualTo(200);

        // What a cross-site form would send: the cookie and a body, no token.
        HttpResponse<String> close = browser.send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/rapportperioder/" + NO_PERIOD + "/stangning"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(close.statusCode()).isEqualTo(401);
        assertThat(close.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(refusal(close)).isEqualTo("api.error.bearerOnly");
        assertThat(message(close)).contains("Authorization: Bearer").contains("sessionskakan");

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/rapportperioder"))
                .header("Accept", "application/json").GET().build());
        assertThat(read.statusCode()).isEqualTo(401);
    }

    @Test
    void theApiRefusesATokenInTheAddress() {
        String token = PortalApi.token("samordnare");
        HttpResponse<String> alone = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL
                + "api/rapportperioder?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build());
        assertThat(alone.statusCode()).isEqualTo(400);
        assertThat(refusal(alone)).isEqualTo("api.error.tokenInAddress");
        assertThat(message(alone)).contains("adressen");

        HttpResponse<String> besideHeader = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL
                + "api/rapportperioder?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
        assertThat(besideHeader.statusCode()).isEqualTo(400);
    }

    @Test
    void theApiRefusesATokenIssuedToAnotherClient() {
        // The same coordinator, but through Keycloak's own admin-cli client: a token not meant for the portal.
        String foreign = tokenOf("samverkan", "client_id=admin-cli&username=samordnare&password=samverkan&grant_type=password");
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/rapportperioder"))
                .header("Authorization", "Bearer " + foreign).header("Accept", "application/json").GET().build());
        assertRefusedToken("a token for another audience", read);

        // The portal's own token for the same user still works.
        assertThat(PortalApi.as("samordnare").get("rapportperioder").status()).isEqualTo(200);
    }

    @Test
    void aTokenThePortalDoesNotAcceptIsRefusedInSwedishJsonWithTheBearerChallenge() {
        String token = PortalApi.token("samordnare");
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String expiredPayload = payload.replaceFirst("\"exp\":\\d+", "\"exp\":1000000000");
        assertThat(expiredPayload).as("the token carries an expiry to change").isNotEqualTo(payload);
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("not a token at all", "inte-en-token");
        refused.put("a forged signature", parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        refused.put("an expiry moved back to 2001 (signature no longer matches)", parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(expiredPayload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2]);
        refused.put("no signature (alg none)", "eyJhbGciOiJub25lIn0." + parts[1] + ".");
        for (var entry : refused.entrySet()) {
            for (String method : List.of("GET", "POST")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL
                        + (method.equals("GET") ? "api/rapportperioder" : "api/rapportperioder/" + NO_PERIOD + "/stangning")))
                        .header("Authorization", "Bearer " + entry.getValue()).header("Accept", "application/json");
                request = method.equals("GET") ? request.GET()
                        : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
                assertRefusedToken(entry.getKey() + " (" + method + ")", send(request.build()));
            }
        }
    }

    /** A 401 for a token the login check refused: the Bearer challenge kept, the API's Swedish JSON refusal as body. */
    private static void assertRefusedToken(String what, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).as(what).startsWith("Bearer");
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/json");
        assertThat(answer.body()).as(what).doesNotContain("<html", "<title>");
        assertThat(refusal(answer)).as(what).isEqualTo("api.error.invalidToken");
        assertThat(message(answer)).as(what).contains("Åtkomsttoken godtogs inte");
    }

    @Test
    void theApiRefusesAWriteThatIsNotJson() {
        String token = PortalApi.token("samordnare");
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
            HttpResponse<String> close = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/rapportperioder/" + NO_PERIOD + "/stangning"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", type).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("a=b")).build());
            assertThat(close.statusCode()).as(type).isEqualTo(415);
            assertThat(refusal(close)).isEqualTo("api.error.unsupportedMediaType");
            assertThat(message(close)).contains("JSON");
        }
        // A page of another site can post with no Content-Type at all (fetch without a body);
        // JAX-RS's @Consumes lets such a request through.
        HttpResponse<String> bare = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/rapportperioder/" + NO_PERIOD + "/stangning"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(bare.statusCode()).as("no Content-Type").isEqualTo(415);
        assertThat(refusal(bare)).isEqualTo("api.error.unsupportedMediaType");
    }

    @Test
    void aLogoutAtKeycloakEndsThePortalSessionAtOnce() {
        // The demo realm names the demo start's address (port 8080); this run's portal has its own.
        try (KeycloakUsers.BackchannelLogout logout = KeycloakUsers.backchannelLogoutTo(PortalApi.PORTAL_URL + "oidc/backchannel-logout")) {
            KeycloakHttpLogin browser = new KeycloakHttpLogin();
            assertThat(browser.openAndLogIn("index.xhtml", "granskare.lbu").statusCode()).isEqualTo(200);
            assertThat(browser.open("rapport/granska.xhtml").statusCode()).isEqualTo(200);

            KeycloakUsers.endNewestLogin("granskare.lbu");

            // Keycloak posts the logout token while it ends the session; allow it a moment (not five minutes).
            HttpResponse<String> next = Eventually.await("the portal session ends after the logout at Keycloak", Duration.ofSeconds(5),
                    () -> browser.send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "rapport/granska.xhtml")).GET().build()),
                    answer -> answer.statusCode() != 200);
            assertThat(next.statusCode()).as("the next request needs a login").isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElse("")).startsWith(KEYCLOAK_URL);
        }
    }

    @Test
    void backchannelLogoutRefusesATokenItCannotVerify() {
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "oidc/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.")).build());
        assertThat(forged.statusCode()).isEqualTo(400);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheSessionCookieItsAttributes() {
        KeycloakHttpLogin browser = new KeycloakHttpLogin();
        browser.open("index.xhtml");
        HttpResponse<String> toLogin = browser.hops.get(0);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertSecurityHeaders("redirect to the login", toLogin.headers());

        HttpResponse<String> page = browser.openAndLogIn("index.xhtml", "samordnare");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(browser.portalSetCookies).filteredOn(c -> c.startsWith("JSESSIONID=")).as("session cookies").isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertSecurityHeaders("page", page.headers());
        String pagePolicy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(pagePolicy).contains("'nonce-").contains("frame-ancestors 'none'");
        String scripts = pagePolicy.substring(pagePolicy.indexOf("script-src"));
        assertThat(scripts).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");

        HttpResponse<String> missing = browser.send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "finns-inte-" + System.nanoTime() + ".xhtml")).GET().build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders("error page", missing.headers());

        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/rapportperioder"))
                .header("Authorization", "Bearer " + PortalApi.token("samordnare")).header("Accept", "application/json").GET().build());
        assertThat(api.statusCode()).isEqualTo(200);
        assertSecurityHeaders("API", api.headers());

        HttpResponse<String> refusedApi = send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + "api/rapportperioder")).GET().build());
        assertSecurityHeaders("API refusal", refusedApi.headers());
    }

    /**
     * The redirect to Keycloak sets elytron-oidc-client's login cookies (its state, and the random
     * value its nonce is checked against); they carry SameSite=Lax (so the top-level redirect back
     * from Keycloak brings them, another site's post or fetch does not), HttpOnly, and Secure
     * exactly when the session cookie is. The login that needs them back works.
     */
    @Test
    void theLoginsStateCookiesAreSameSiteLaxAndSecureWhereTheSessionCookieIs() {
        KeycloakHttpLogin browser = new KeycloakHttpLogin();
        browser.open("rapport/perioder.xhtml");
        HttpResponse<String> toLogin = browser.hops.get(0);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElse("")).startsWith(KEYCLOAK_URL);
        List<String> setCookies = toLogin.headers().allValues("Set-Cookie");
        List<String> login = setCookies.stream()
                .filter(c -> c.startsWith("OAuth_Token_Request_State=") || c.startsWith("session_random_value=")).toList();
        assertThat(login).as("the login cookies set on the redirect to Keycloak: " + setCookies).hasSize(2)
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));

        HttpResponse<String> page = browser.openAndLogIn("rapport/perioder.xhtml", "samordnare");
        assertThat(page.statusCode()).as("the login cookies came back with the redirect from Keycloak").isEqualTo(200);
        String session = browser.portalSetCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b).orElseThrow();
        assertThat(login).as("Secure as the session cookie is: " + session).allSatisfy(c -> assertThat(secure(c)).isEqualTo(secure(session)));
    }

    private static boolean secure(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).anyMatch(a -> a.strip().equalsIgnoreCase("Secure"));
    }

    private static void assertSecurityHeaders(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.allValues("Content-Security-Policy")).as(what).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
    }

    private static String refusal(HttpResponse<String> response) {
        return json(response.body()).asJsonObject().getString("error");
    }

    private static String message(HttpResponse<String> response) {
        return json(response.body()).asJsonObject().getString("message");
    }

    private static jakarta.json.JsonValue json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static String tokenOf(String realm, String form) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body()).asJsonObject().getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
