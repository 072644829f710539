package se.samverkansportalen.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkansportalen.it.browser.Browser;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.Eventually;
import se.samverkansportalen.it.support.KeycloakUsers;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;

/**
 * The portal as a cluster of two nodes behind HAProxy ({@link TestCluster}), with the EAR as built
 * plus one more schedule for the reminders' timer (every 10 seconds instead of every morning, so
 * that a test can watch it run). First the timer: with both nodes up it runs once per schedule in
 * the cluster, not once per node. Then a socialchef's login is ended at Keycloak, whose back-channel
 * logout is sent to the node that does not hold her session: her own node ends the session too,
 * from the ended login recorded in the database. Then a socialchef types into a measure's form, the node holding
 * her session is killed (kill -9), and she presses Spara: the other node takes the request, she is
 * still logged in with the same session, and what she typed is stored. Last, the network to
 * MariaDB is cut for a while ({@link DatabaseLink}): pages and the API answer 503 "tillfälligt fel",
 * a save is refused with the typed text kept and nothing stored, and once the link is mended the
 * portal serves again without a restart and the same save goes through.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final String TEST_TIMER = "cluster-tests-every-10-seconds";
    private static final Pattern TIMER_RUN = Pattern.compile("Reminder run " + TEST_TIMER + " before the run at (\\S+): ");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static DatabaseLink database;
    private static TestCluster cluster;
    private static LocalDateTime started;

    @BeforeAll
    static void startCluster() {
        started = LocalDateTime.now(SWEDEN).minusSeconds(1);
        database = DatabaseLink.to(TestDatabase.url());
        cluster = TestCluster.start(earWithTestTimer(), database.jdbcUrl(TestDatabase.url()));
    }

    @AfterAll
    static void stopCluster() {
        try {
            if (cluster != null) {
                cluster.close();
            }
            database.close();
        } finally {
            // What the test timer's runs wrote for other tests' periods (their mail could not go out): gone again.
            TestDatabase.update("DELETE FROM reminder_delivery WHERE created_at >= ?", started);
            TestDatabase.update("DELETE FROM reminder_sent WHERE sent_at >= ?", started);
        }
    }

    @Test
    @Order(1)
    void the_reminder_timer_runs_once_per_schedule_in_the_cluster_not_once_per_node() {
        assertThat(cluster.log(1)).as("node2 joined node1's cluster").anyMatch(line -> line.contains("Node node2 joined the cluster"));

        Map<String, List<Integer>> runs = Eventually.await("four scheduled runs of the test timer in the nodes' logs",
                Duration.ofSeconds(120), ClusterFailoverIT::timerRuns, seen -> seen.size() >= 4);

        assertThat(runs).as("the node(s) that ran each scheduled run").allSatisfy((next, nodes) -> assertThat(nodes).hasSize(1));
    }

    @Test
    @Order(2)
    void a_logout_at_keycloak_ends_her_session_on_every_node_not_only_the_one_keycloak_told() {
        Browser browser = new Browser();
        try {
            browser.open(TestCluster.URL);
            browser.submitLogin("socialchef.umea", Browser.DEMO_PASSWORD);
            browser.waitFor(By.id("user-box"));
            int her = Integer.parseInt(cookie(browser, "SAMVERKAN_NODE").substring("node".length()));
            int other = her == 1 ? 2 : 1;

            // Keycloak tells the node that does not hold her session.
            try (KeycloakUsers.BackchannelLogout told = KeycloakUsers.backchannelLogoutTo(cluster.nodeUrl(other) + "oidc/backchannel-logout")) {
                KeycloakUsers.endNewestLogin("socialchef.umea");
                String keycloak = System.getProperty("keycloak.url", "http://localhost:8180");
                String next = Eventually.await("her next page asks for a new login", Duration.ofSeconds(20), () -> {
                    browser.open(TestCluster.URL + "index.xhtml");
                    return browser.driver().getCurrentUrl();
                }, url -> url.startsWith(keycloak));
                assertThat(next).startsWith(keycloak);
            }
            assertThat(cluster.log(other)).as("the node told had none of her sessions: her node learnt it from the database")
                    .anyMatch(line -> line.contains("Back-channel logout of Keycloak session") && line.contains(": 0 portal session(s) ended on this node"));
        } finally {
            browser.close();
        }
    }

    @Test
    @Order(3)
    void a_user_whose_node_is_killed_goes_on_on_the_other_node_logged_in_with_what_she_typed() {
        inPlanWithBrowser("Handlingsplan i klustret", (umea, plan, browser) -> {
            long measure = newMeasure(umea, plan, "Samtalsgrupper för barn", "I skolan");
            logInAndOpenMeasure(browser, plan, measure);
            String how = "I skolan och på fritidsgården, två grupper per termin; skrivet medan noden dog.";
            browser.fill(By.id("measure-form:how"), how);
            String node = cookie(browser, "SAMVERKAN_NODE");
            String session = sessionId(browser);

            cluster.kill(Integer.parseInt(node.substring("node".length())));
            browser.click(By.id("measure-form:save"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage(() -> "the plan after saving, on " + browser.driver().getCurrentUrl())
                    .until(d -> !d.getCurrentUrl().contains("atgard.xhtml") && !d.findElements(By.id("user-box")).isEmpty());
            browser.waitUntilTextShown("Samtalsgrupper för barn");

            assertThat(browser.driver().getCurrentUrl()).as("the portal's page, not Keycloak's login").startsWith(TestCluster.URL);
            assertThat(browser.driver().findElements(By.id("user-box"))).as("still logged in").isNotEmpty();
            assertThat(cookie(browser, "SAMVERKAN_NODE")).as("now served by the other node").isNotEqualTo(node);
            assertThat(sessionId(browser)).as("the same session, taken over by the other node (no new login)").isEqualTo(session);
            assertThat(browser.driver().findElements(By.id("drafts-restored"))).as("nothing had to be put back").isEmpty();
            assertThat(TestDatabase.column("SELECT how FROM local_measure WHERE id = ?", measure)).containsExactly(how);
        });
    }

    @Test
    @Order(4)
    void while_the_database_is_out_of_reach_pages_and_the_api_say_temporary_error_and_nothing_typed_is_lost() {
        String notStored = TestRun.unique("Skriven under avbrottet");
        inPlanWithBrowser("Handlingsplan under avbrottet", (umea, plan, browser) -> {
            long measure = newMeasure(umea, plan, "Stöd till familjehem", "Handledning");
            logInAndOpenMeasure(browser, plan, measure);
            String how = "Handledning varannan vecka; skrivet medan databasen var borta.";
            browser.fill(By.id("measure-form:how"), how);

            database.cut();
            long cutAt = System.nanoTime();
            PortalApi.Download page = umea.download("index.xhtml");
            assertThat(page.status()).as("a page while the database is away").isEqualTo(503);
            String pageText = new String(page.content(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(pageText).contains("Tillfälligt fel, försök igen om en stund")
                    .as("no stack trace, no exception's text").doesNotContain("Caused by", "SQLException", "ResourceException", "jdbc:", "at se.samverkansportalen");
            PortalApi.Answer read = umea.get("lokala-planer/" + plan);
            assertThat(read.status()).as(read.body()).isEqualTo(503);
            assertThat(read.object().getString("message")).startsWith("Tillfälligt fel");
            PortalApi.Answer write = umea.post("lokala-planer", Json.createObjectBuilder().add("lockVersion", 0)
                    .add("title", notStored).add("shape", "MEASURES").add("status", "DRAFT").add("decidedBy", "Socialnämnden").build());
            assertThat(write.status()).as(write.body()).isEqualTo(503);

            browser.click(By.id("measure-form:save"));
            browser.waitUntilTextShown("Tillfälligt fel, försök igen om en stund");
            assertThat(TestDatabase.column("SELECT how FROM local_measure WHERE id = ?", measure)).as("not stored").containsExactly("Handledning");

            database.mend();
            PortalApi.Download back = Eventually.await("the portal serving again once the database is back", Duration.ofSeconds(60),
                    () -> umea.download("index.xhtml"), answer -> answer.status() == 200);
            System.out.printf("cluster: served again %.1f s after the database link was cut (mended after the refusals)%n",
                    (System.nanoTime() - cutAt) / 1e9);
            assertThat(back.status()).isEqualTo(200);
            browser.click(By.id("retry-link"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "the form with the text put back, on " + browser.driver().getCurrentUrl())
                    .until(d -> !d.findElements(By.id("drafts-restored")).isEmpty());
            assertThat(browser.driver().getCurrentUrl()).as("back on the same measure").contains("atgard.xhtml?plan=" + plan + "&id=" + measure);
            assertThat(browser.value(By.id("measure-form:how"))).as("the text typed before the outage, put back").isEqualTo(how);
            browser.click(By.id("measure-form:save"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage(() -> "the plan after saving, on " + browser.driver().getCurrentUrl())
                    .until(d -> !d.getCurrentUrl().contains("atgard.xhtml"));
            assertThat(TestDatabase.column("SELECT how FROM local_measure WHERE id = ?", measure)).containsExactly(how);
            assertThat(TestDatabase.column("SELECT COUNT(*) FROM local_plan WHERE title = ?", notStored)).as("the plan refused while away").containsExactly("0");
        });
    }

    /** A test's steps, given Umeå's socialchef through the cluster's API, her new plan and a browser. */
    private interface Story {
        void tell(PortalApi umea, long plan, Browser browser);
    }

    /**
     * Tells the story with a new draft plan of Umeå's (titled after {@code title}) and a new
     * browser; afterwards, whatever happened, the database link is whole again, the browser closed
     * and the plan deleted.
     */
    private static void inPlanWithBrowser(String title, Story story) {
        PortalApi umea = PortalApi.as("socialchef.umea", TestCluster.URL);
        long plan = newPlan(umea, title);
        Browser browser = new Browser();
        try {
            story.tell(umea, plan, browser);
        } finally {
            database.mend();
            browser.close();
            umea.delete("lokala-planer/" + plan);
        }
    }

    /** A draft measures plan of Umeå's, made through the cluster's API; answers its id. */
    private static long newPlan(PortalApi umea, String title) {
        return umea.post("lokala-planer", Json.createObjectBuilder().add("lockVersion", 0).add("title", TestRun.unique(title))
                .add("shape", "MEASURES").add("status", "DRAFT").add("decidedBy", "Socialnämnden").build())
                .object().getJsonNumber("id").longValue();
    }

    /** A measure in the plan, with its Hur; answers its id. */
    private static long newMeasure(PortalApi umea, long plan, String title, String how) {
        return umea.post("lokala-planer/" + plan + "/atgarder", Json.createObjectBuilder().add("lockVersion", 0)
                .add("title", title).add("how", how).add("costSek", 40_000).add("dueOn", "2027-06-30")
                .add("subGoalItemKeys", Json.createArrayBuilder()).build()).object().getJsonArray("measures")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Umeå's socialchef logs in through the balancer and opens the measure's form. */
    private static void logInAndOpenMeasure(Browser browser, long plan, long measure) {
        browser.open(TestCluster.URL);
        browser.submitLogin("socialchef.umea", Browser.DEMO_PASSWORD);
        browser.waitFor(By.id("user-box"));
        browser.open(TestCluster.URL + "lokal/atgard.xhtml?plan=" + plan + "&id=" + measure);
    }

    /** Scheduled run (the timer's next run after it) → the nodes that logged it. */
    private static Map<String, List<Integer>> timerRuns() {
        Map<String, List<Integer>> runs = new TreeMap<>();
        for (int node = 1; node <= 2; node++) {
            for (String line : cluster.log(node)) {
                Matcher run = TIMER_RUN.matcher(line);
                if (run.find()) {
                    runs.computeIfAbsent(run.group(1), k -> new java.util.ArrayList<>()).add(node);
                }
            }
        }
        return runs;
    }

    private static String cookie(Browser browser, String name) {
        Cookie cookie = browser.driver().manage().getCookieNamed(name);
        assertThat(cookie).as("cookie " + name).isNotNull();
        return cookie.getValue();
    }

    /** The session's id without the node's route (WildFly writes "id.node1"). */
    private static String sessionId(Browser browser) {
        String value = cookie(browser, "JSESSIONID");
        int route = value.indexOf('.');
        return route < 0 ? value : value.substring(0, route);
    }

    /**
     * The EAR as built, with the reminders' timer given one more schedule in the EJB module's
     * deployment descriptor: every 10 seconds, persistent, so kept in the cluster's timer store
     * like the morning run.
     */
    private static Path earWithTestTimer() {
        EnterpriseArchive ear = Deployments.portal();
        String ejbModule = "samverkansportalen-ejb.jar";
        JavaArchive ejb = ear.getAsType(JavaArchive.class, ejbModule);
        String descriptor = new String(readAll(ejb.get("META-INF/ejb-jar.xml").getAsset().openStream()), java.nio.charset.StandardCharsets.UTF_8);
        String timer = """
                  <enterprise-beans>
                    <session>
                      <ejb-name>Reminders</ejb-name>
                      <timer>
                        <schedule><second>*/10</second><minute>*</minute><hour>*</hour></schedule>
                        <timeout-method>
                          <method-name>everyMorning</method-name>
                          <method-params><method-param>jakarta.ejb.Timer</method-param></method-params>
                        </timeout-method>
                        <persistent>true</persistent>
                        <info>%s</info>
                      </timer>
                    </session>
                  </enterprise-beans>
                  <interceptors>""".formatted(TEST_TIMER);
        assertThat(descriptor).contains("<interceptors>");
        ejb.delete("META-INF/ejb-jar.xml");
        ejb.addAsManifestResource(new StringAsset(descriptor.replaceFirst("<interceptors>", Matcher.quoteReplacement(timer))), "ejb-jar.xml");
        ear.delete(ejbModule);
        ear.addAsModule(ejb);
        Path file = Path.of(System.getProperty("cluster.dir", "target/test-cluster"), "cluster-tests.ear");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ear.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
