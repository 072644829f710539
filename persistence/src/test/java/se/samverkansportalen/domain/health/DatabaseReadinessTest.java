package se.samverkansportalen.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

class DatabaseReadinessTest {

    @Test
    void aDatabaseThatCannotBeReachedIsDownNamingTheFaultsTypeOnly() throws SQLException, IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        MariaDbDataSource nowhere = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/samverkan?connectTimeout=2000");
        nowhere.setUser("samverkan");
        nowhere.setPassword("hemligt-lösenord");

        HealthCheckResponse answer = DatabaseReadiness.check(nowhere);

        assertThat(answer.getName()).isEqualTo("mariadb");
        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData()).hasValueSatisfying(data -> {
            assertThat(data).containsOnlyKeys("fault");
            assertThat(data.get("fault").toString()).endsWith("Exception").doesNotContain(String.valueOf(port), "127.0.0.1", "lösenord");
        });
    }
}
