package se.samverkansportalen.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reminders' client ({@code samverkansportalen-paminnelser}) in the realm file may only look
 * users up: its service account holds realm-management's {@code view-users} and
 * {@code query-users} (which Keycloak's {@code view-users} already contains) and nothing else: no
 * realm role, no group, no manage or impersonation right. No person can log in through it.
 */
class ReminderClientRealmTest {

    private static final String CLIENT = "samverkansportalen-paminnelser";

    private final JsonObject realm = read(Path.of("realm", "samverkan-realm.json"));

    @Test
    void the_reminder_clients_service_account_may_only_view_and_query_users() {
        JsonObject account = serviceAccount();

        Map<String, List<String>> clientRoles = account.getJsonObject("clientRoles").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> strings(e.getValue())));
        assertThat(clientRoles).as("client roles of " + account.getString("username")).containsOnlyKeys("realm-management");
        assertThat(clientRoles.get("realm-management")).containsExactlyInAnyOrder("view-users", "query-users");
    }

    @Test
    void the_reminder_clients_service_account_has_no_realm_role_and_no_group() {
        JsonObject account = serviceAccount();

        assertThat(strings(account.getOrDefault("realmRoles", JsonValue.EMPTY_JSON_ARRAY))).isEmpty();
        assertThat(strings(account.getOrDefault("groups", JsonValue.EMPTY_JSON_ARRAY))).isEmpty();
    }

    @Test
    void no_person_logs_in_through_the_reminder_client() {
        JsonObject client = realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(CLIENT)).findFirst().orElseThrow();

        assertThat(client.getBoolean("serviceAccountsEnabled")).isTrue();
        assertThat(client.getBoolean("publicClient")).isFalse();
        assertThat(client.getBoolean("standardFlowEnabled")).as("no browser login").isFalse();
        assertThat(client.getBoolean("implicitFlowEnabled")).isFalse();
        assertThat(client.getBoolean("directAccessGrantsEnabled")).as("no password grant").isFalse();
    }

    @Test
    void only_the_reminder_client_has_a_service_account() {
        assertThat(realm.getJsonArray("users").getValuesAs(JsonObject.class))
                .filteredOn(u -> u.containsKey("serviceAccountClientId"))
                .extracting(u -> u.getString("serviceAccountClientId")).containsExactly(CLIENT);
    }

    private JsonObject serviceAccount() {
        List<JsonObject> accounts = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> CLIENT.equals(u.getString("serviceAccountClientId", null))).toList();
        assertThat(accounts).as("the service account of " + CLIENT).hasSize(1);
        return accounts.get(0);
    }

    private static List<String> strings(JsonValue array) {
        return array.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read(Path path) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(path))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
