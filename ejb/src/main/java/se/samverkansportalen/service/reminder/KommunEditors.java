package se.samverkansportalen.service.reminder;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * Who a kommun's editors are, asked of Keycloak, which owns the users: the users whose kommun
 * attribute is the kommun and who hold the kommun-editor role (directly or through a group),
 * enabled and with an e-mail address.
 * The portal signs in to Keycloak's admin API as its own service account (client credentials),
 * which may only view users.
 */
@Stateless
public class KommunEditors {

    /** An editor who can be reminded. */
    public record Editor(String username, String name, String email) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public List<Editor> of(String kommunCode) {
        String realmUrl = setting("SAMVERKAN_OIDC_PROVIDER_URL", "http://localhost:8180/realms/samverkan");
        String token = token(realmUrl);
        String adminUrl = realmUrl.replaceFirst("/realms/", "/admin/realms/");
        JsonArray users = array(get(adminUrl + "/users?briefRepresentation=false&first=0&max=1000&exact=true&q="
                + URLEncoder.encode("kommun:" + kommunCode, StandardCharsets.UTF_8), token));
        return users.getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getBoolean("enabled", false) && !u.getString("email", "").isBlank())
                .filter(u -> u.containsKey("attributes") && u.getJsonObject("attributes").containsKey("kommun")
                        && u.getJsonObject("attributes").getJsonArray("kommun").getValuesAs(jakarta.json.JsonString.class).stream()
                                .anyMatch(k -> k.getString().equals(kommunCode)))
                .filter(u -> array(get(adminUrl + "/users/" + u.getString("id") + "/role-mappings/realm/composite", token))
                        .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("name").equals(PortalRole.EDITOR)))
                .map(u -> new Editor(u.getString("username"),
                        (u.getString("firstName", "") + " " + u.getString("lastName", "")).strip(), u.getString("email")))
                .toList();
    }

    private static String get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build());
    }

    private static String token(String realmUrl) {
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(setting("SAMVERKAN_REMINDER_CLIENT_ID", "samverkansportalen-paminnelser"), StandardCharsets.UTF_8)
                + "&client_secret="
                + URLEncoder.encode(setting("SAMVERKAN_REMINDER_CLIENT_SECRET", "dev-only-reminder-secret-change-me"), StandardCharsets.UTF_8);
        String body = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getString("access_token");
        }
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + request.uri());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Keycloak", e);
        }
    }

    private static JsonArray array(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
