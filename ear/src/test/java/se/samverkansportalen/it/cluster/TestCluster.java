package se.samverkansportalen.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two portal nodes and HAProxy in front of them, started for a test by the project's own
 * {@code bin/cluster.sh} (as {@code bin/portal start --nodes 2} starts them), on ports of their
 * own: the balancer on {@code cluster.port} (8480), the nodes' ports moved up by
 * {@code cluster.node.offset} (1500) and 100 more per node. The nodes use the tests' MariaDB at the
 * JDBC URL given (through a {@link DatabaseLink} a test can cut), the tests' Keycloak, and a timer
 * partition of their own, so that the Arquillian server never runs their timers; their mail goes to
 * a closed port (not this test's subject).
 */
final class TestCluster implements AutoCloseable {

    static final String URL = "http://localhost:" + System.getProperty("cluster.port", "8480") + "/samverkansportalen/";
    static final String TIMER_PARTITION = "cluster-tests";

    private final Path script = Path.of(System.getProperty("cluster.script", "../bin/cluster.sh"));
    private final Path dir = Path.of(System.getProperty("cluster.dir", "target/test-cluster"));
    private final Path ear;
    private final String databaseUrl;

    private TestCluster(Path ear, String databaseUrl) {
        this.ear = ear;
        this.databaseUrl = databaseUrl;
    }

    /**
     * Starts both nodes, one after the other, then the balancer; gives once all serve. Stops what an
     * earlier run left running first, and what this start began when it fails.
     */
    static TestCluster start(Path ear, String databaseUrl) {
        TestCluster cluster = new TestCluster(ear, databaseUrl);
        cluster.run(120, "stop");
        try {
            cluster.run(600, "start");
        } catch (RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Kills node {@code n} (1 or 2) at once, as a crash would (SIGKILL to its JVM). */
    void kill(int n) {
        run(60, "kill", Integer.toString(n));
    }

    /** Starts node {@code n} again (after {@link #kill}) and waits until it serves. */
    void restart(int n) {
        run(600, "restart", Integer.toString(n));
    }

    /**
     * Deploys the EAR again on every node, one at a time ({@code bin/cluster.sh redeploy}); whether
     * every node took it and came back into the balancer.
     */
    boolean redeploy() {
        try {
            run(900, "redeploy");
            return true;
        } catch (AssertionError e) {
            System.out.println(e.getMessage());
            return false;
        }
    }

    /** Node {@code n}'s own address of the portal (not through the balancer), ending in a slash. */
    String nodeUrl(int n) {
        return "http://localhost:" + (8080 + Integer.parseInt(System.getProperty("cluster.node.offset", "1500")) + 100 * (n - 1)) + "/samverkansportalen/";
    }

    /** Node n's server log. */
    List<String> log(int n) {
        try {
            return Files.readAllLines(dir.resolve("logs/node" + n + ".log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        run(120, "stop");
    }

    private void run(int timeoutSeconds, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("cluster.out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("CLUSTER_RUN_DIR", dir.toAbsolutePath().toString());
        env.put("CLUSTER_PORT", System.getProperty("cluster.port", "8480"));
        env.put("CLUSTER_NODE_OFFSET", System.getProperty("cluster.node.offset", "1500"));
        env.put("CLUSTER_NAME", "samverkansportalen-cluster-tests");
        env.put("CLUSTER_EAR", ear.toAbsolutePath().toString());
        env.put("CLUSTER_HEAP", "-Xms256m -Xmx768m");
        env.put("SAMVERKAN_TIMER_PARTITION", TIMER_PARTITION);
        env.put("SAMVERKAN_DB_URL", databaseUrl);
        env.put("SAMVERKAN_SMTP_PORT", "9");
        env.put("SAMVERKAN_DEMO", "true");
        try {
            Files.createDirectories(dir);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("bin/cluster.sh " + String.join(" ", arguments) + " took over " + timeoutSeconds + " s; see " + dir.resolve("cluster.out"));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("bin/cluster.sh " + String.join(" ", arguments) + " failed (" + process.exitValue() + "): "
                        + Files.readString(dir.resolve("cluster.out")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
