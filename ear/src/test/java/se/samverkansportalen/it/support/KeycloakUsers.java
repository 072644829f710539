package se.samverkansportalen.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Users a test needs that the demo realm does not have (a kommun editor of another kommun), made
 * in the test's Keycloak through its admin API (the master realm's admin, as the test Keycloak is
 * started), with the demo password {@code samverkan}, the realm role and the {@code kommun}
 * attribute the portal reads from the token. Made once: a user that exists is left as it is.
 */
public final class KeycloakUsers {

    private static final String KEYCLOAK_URL = System.getProperty("keycloak.url", "http://localhost:8180");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private KeycloakUsers() {
    }

    /** A kommun editor ({@code kommun-editor}) of {@code kommunCode}, made if the realm does not have it; answers the username. */
    public static synchronized String kommunEditor(String username, String kommunCode, String firstName, String lastName) {
        String admin = adminToken();
        JsonArray found = json(send(admin, "GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null, 200))
                .asJsonArray();
        if (!found.isEmpty()) {
            return username;
        }
        JsonObject user = Json.createObjectBuilder().add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", firstName).add("lastName", lastName).add("email", username + "@example.org")
                .add("attributes", Json.createObjectBuilder().add("kommun", Json.createArrayBuilder().add(kommunCode)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", "samverkan").add("temporary", false)))
                .build();
        send(admin, "POST", "/users", user.toString(), 201);
        String id = json(send(admin, "GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null, 200))
                .asJsonArray().getJsonObject(0).getString("id");
        JsonObject role = json(send(admin, "GET", "/roles/kommun-editor", null, 200)).asJsonObject();
        send(admin, "POST", "/users/" + id + "/role-mappings/realm", Json.createArrayBuilder().add(role).build().toString(), 204);
        return username;
    }

    private static String adminToken() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=admin-cli&username=admin&password=admin&grant_type=password")).build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin could not log in: " + answer.body());
        }
        return json(answer.body()).asJsonObject().getString("access_token");
    }

    private static String send(String admin, String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/admin/realms/samverkan" + path))
                .header("Authorization", "Bearer " + admin).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static JsonValue json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
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
