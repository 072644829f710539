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

    /** The portal's client at Keycloak with its back-channel logout sent to another address until {@link #close()}. */
    public static final class BackchannelLogout implements AutoCloseable {

        private final String admin = adminToken();
        private final String clientPath;
        private final JsonObject original;

        private BackchannelLogout(String url) {
            JsonObject client = json(send(admin, "GET", "/clients?clientId=samverkansportalen", null, 200)).asJsonArray().getJsonObject(0);
            clientPath = "/clients/" + client.getString("id");
            original = json(send(admin, "GET", clientPath, null, 200)).asJsonObject();
            JsonObject changed = Json.createObjectBuilder(original)
                    .add("attributes", Json.createObjectBuilder(original.getJsonObject("attributes")).add("backchannel.logout.url", url)
                            .add("backchannel.logout.session.required", "true"))
                    .add("frontchannelLogout", false).build();
            send(admin, "PUT", clientPath, changed.toString(), 204);
        }

        /** The client as it was. */
        @Override
        public void close() {
            send(adminToken(), "PUT", clientPath, original.toString(), 204);
        }
    }

    /**
     * Makes Keycloak post its back-channel logouts for the portal's client to {@code url} (the
     * demo realm names the demo start's address, port 8080; a test's portal has its own) until the
     * answer is closed.
     */
    public static BackchannelLogout backchannelLogoutTo(String url) {
        return new BackchannelLogout(url);
    }

    /** Ends the user's newest Keycloak login session, as an administrator or the user's logout would; Keycloak then posts its back-channel logout. */
    public static void endNewestLogin(String username) {
        String admin = adminToken();
        String user = json(send(admin, "GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null, 200))
                .asJsonArray().getJsonObject(0).getString("id");
        JsonObject newest = json(send(admin, "GET", "/users/" + user + "/sessions", null, 200)).asJsonArray().getValuesAs(JsonObject.class)
                .stream().max(java.util.Comparator.comparingLong(s -> s.getJsonNumber("start").longValue()))
                .orElseThrow(() -> new IllegalStateException(username + " has no Keycloak session"));
        send(admin, "DELETE", "/sessions/" + newest.getString("id"), null, 204);
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
