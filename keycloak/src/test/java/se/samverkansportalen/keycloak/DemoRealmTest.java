package se.samverkansportalen.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo realm gives the portal what it relies on: its four roles, a kommun claim in the
 * tokens, Swedish as the login language, and one demo user per kind of user (the administrator too).
 */
class DemoRealmTest {

    private final JsonObject realm = read(Path.of("realm", "samverkan-realm.json"));

    @Test
    void realmHasThePortalsFourRoles() {
        assertThat(realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("name"))
                .containsExactlyInAnyOrder("regional-coordinator", "kommun-editor", "network-reviewer", "admin");
    }

    @Test
    void loginSpeaksSwedishFirst() {
        assertThat(realm.getString("defaultLocale")).isEqualTo("sv");
        assertThat(realm.getBoolean("internationalizationEnabled")).isTrue();
    }

    @Test
    void portalClientPutsTheKommunAttributeIntoIdAndAccessTokens() {
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals("samverkansportalen")).findFirst().orElseThrow();
        JsonObject mapper = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("protocolMapper").equals("oidc-usermodel-attribute-mapper")).findFirst()
                .orElseThrow();
        JsonObject config = mapper.getJsonObject("config");
        assertThat(config.getString("user.attribute")).isEqualTo("kommun");
        assertThat(config.getString("claim.name")).isEqualTo("kommun");
        assertThat(config.getString("id.token.claim")).isEqualTo("true");
        assertThat(config.getString("access.token.claim")).isEqualTo("true");
        assertThat(client.getJsonArray("redirectUris").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("http://localhost:8080/samverkansportalen/*", "http://localhost:8380/samverkansportalen/*");
    }

    /**
     * The portal verifies that an access token was issued for it (oidc.json verify-token-audience):
     * its client puts its own id into the tokens' audience; Keycloak ends the portal's session at
     * once through the back-channel logout address, with the session id (sid) in the logout token.
     */
    @Test
    void portalClientIsTheAudienceOfItsTokensAndHasBackchannelLogout() {
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals("samverkansportalen")).findFirst().orElseThrow();
        JsonObject audience = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("protocolMapper").equals("oidc-audience-mapper")).findFirst().orElseThrow()
                .getJsonObject("config");
        assertThat(audience.getString("included.client.audience")).isEqualTo("samverkansportalen");
        assertThat(audience.getString("access.token.claim")).isEqualTo("true");
        JsonObject attributes = client.getJsonObject("attributes");
        assertThat(attributes.getString("backchannel.logout.url")).endsWith("/samverkansportalen/oidc/backchannel-logout");
        assertThat(attributes.getString("backchannel.logout.session.required")).isEqualTo("true");
        assertThat(client.getBoolean("frontchannelLogout")).isFalse();
    }

    @Test
    void userProfileDeclaresTheKommunAttribute() {
        String profile = realm.getJsonObject("components").getJsonArray("org.keycloak.userprofile.UserProfileProvider")
                .getJsonObject(0).getJsonObject("config").getJsonArray("kc.user.profile.config").getString(0);
        JsonObject config = Json.createReader(new java.io.StringReader(profile)).readObject();
        assertThat(config.getJsonArray("attributes").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("name")).contains("kommun");
    }

    @Test
    void demoUsersCoverTheRegionUmeaSkellefteaStorumanAndLbu() {
        Map<String, JsonObject> users = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("username"), u -> u));
        assertThat(roles(users.get("samordnare"))).containsExactly("regional-coordinator");
        assertThat(kommun(users.get("samordnare"))).isNull();
        assertThat(kommun(users.get("socialchef.umea"))).isEqualTo("2480");
        assertThat(kommun(users.get("socialchef.skelleftea"))).isEqualTo("2482");
        assertThat(kommun(users.get("socialchef.storuman"))).isEqualTo("2421");
        assertThat(roles(users.get("socialchef.umea"))).containsExactly("kommun-editor");
        assertThat(roles(users.get("granskare.lbu"))).containsExactly("network-reviewer");
    }

    @Test
    void anAdministratorWithoutKommunCleansPersonalDataFromTheHistory() {
        JsonObject admin = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("admin.portal")).findFirst().orElseThrow();
        assertThat(roles(admin)).containsExactly("admin");
        assertThat(kommun(admin)).isNull();
        assertThat(admin.getString("firstName") + " " + admin.getString("lastName")).isEqualTo("Portal Administratör");
        assertThat(admin.getJsonArray("credentials").getJsonObject(0).getString("value")).isEqualTo("samverkan");
    }

    private static List<String> roles(JsonObject user) {
        return user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String kommun(JsonObject user) {
        JsonValue attributes = user.get("attributes");
        if (attributes == null || !attributes.asJsonObject().containsKey("kommun")) {
            return null;
        }
        return attributes.asJsonObject().getJsonArray("kommun").getString(0);
    }

    private static JsonObject read(Path path) {
        try (InputStream in = Files.newInputStream(path); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
