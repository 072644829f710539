package se.samverkansportalen.it.performance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.PeriodSlots;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Every main page needs at most ten SQL statements per request, and no more when the region has
 * more kommuner, periods and reports (issue 15). The test opens periods and adds kommuner of its
 * own with reports and local plans ({@link ReportingData}), asks each page as its user would (a
 * bearer token, no session kept, as a first visit), reads what the server recorded for each
 * request (the portal counts the statements EclipseLink sends, {@code -Dsamverkan.metrics=true}),
 * then adds more kommuner, periods and reports and asks again: each page needs the same number
 * as before. It compares the portal with itself on the shared database, never with figures of
 * data other tests may have left. Everything it added is taken out at the end.
 */
@ExtendWith(ArquillianExtension.class)
class StatementsPerPageIT {

    private static final int MOST = 10;
    private static final int ASKED = 3;
    private static final String UMEA = "2480";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    /** A page as one user asks for it, and an element id that shows it is the page itself, not a refusal. */
    record Page(String name, String user, String path, String shows) {

        /** The page and its user, as the results name it. */
        String label() {
            return name + " (" + user + ")";
        }
    }

    @Test
    void every_main_page_needs_at_most_ten_statements_and_no_more_for_more_kommuner_periods_and_reports() throws Exception {
        ReportingData data = new ReportingData();
        try {
            // The periods added later are earlier ones: the cell page's earlier answers and the trend grow with them.
            List<PeriodSlots.Slot> slots = ReportingData.freeTertials(5);
            data.addKommuner(3);
            long reported = data.open(slots.subList(3, 4)).get(0);
            long notStarted = data.open(slots.subList(4, 5)).get(0);
            List<String> reporting = new ArrayList<>(data.kommuner());
            reporting.add(UMEA);
            data.addReports(reporting, List.of(reported));
            data.addReports(data.kommuner(), List.of(notStarted));
            List<Page> pages = pages(data.perKommunActivity(), reported, notStarted);

            Map<String, Integer> before = statements(pages);

            List<String> more = data.addKommuner(5);
            List<Long> earlier = data.open(slots.subList(0, 3));
            List<String> everyone = new ArrayList<>(data.kommuner());
            everyone.add(UMEA);
            data.addReports(everyone, earlier);
            data.addReports(more, List.of(reported, notStarted));

            Map<String, Integer> after = statements(pages);

            SoftAssertions each = new SoftAssertions(); // every page reported, not only the first that fails
            for (Page page : pages) {
                int was = before.get(page.label());
                int is = after.get(page.label());
                System.out.printf("statements: page=%s user=%s before=%d after=%d%n", page.name(), page.user(), was, is);
                each.assertThat(was).as("SQL statements per request of %s, %s", page.label(), page.path()).isLessThanOrEqualTo(MOST);
                each.assertThat(is).as("SQL statements per request of %s, %s, with %d more kommuner and %d more periods (%d before)",
                        page.label(), page.path(), more.size(), earlier.size(), was).isEqualTo(was);
            }
            each.assertAll();
        } finally {
            data.remove();
        }
    }

    /** The pages of issue 15, with what they show: the periods given are the test's own, the aktivitet one its reports carry. */
    private static List<Page> pages(String activity, long reported, long notStarted) {
        String nacka = TestDatabase.column("SELECT MIN(id) FROM local_plan WHERE kommun_code = '2481' AND shape = 'RISK_BASED' AND example = TRUE")
                .get(0);
        String uppsala = TestDatabase.column("SELECT MIN(id) FROM local_plan WHERE kommun_code = '2421' AND shape = 'MEASURES' AND example = TRUE")
                .get(0);
        assertThat(nacka).as("the demo data's Nacka-shaped risk plan in Lycksele").isNotNull();
        assertThat(uppsala).as("the demo data's measures plan in Storuman").isNotNull();
        return List.of(
                new Page("regional plan", "samordnare", "index.xhtml", "plan-version"),
                new Page("regional plan", "socialchef.umea", "index.xhtml", "plan-version"),
                new Page("regional plan", "granskare.lbu", "index.xhtml", "plan-version"),
                new Page("min kommun", "socialchef.umea", "kommun/index.xhtml", "due-heading"),
                new Page("report, submitted", "socialchef.umea", "rapport/rapport.xhtml?period=" + reported, "report-facts"),
                new Page("report, not started", "socialchef.umea", "rapport/rapport.xhtml?period=" + notStarted, "report-facts"),
                new Page("review overview", "granskare.lbu", "rapport/granska.xhtml?period=" + reported, "overview"),
                new Page("local plans", "samordnare", "lokal/index.xhtml", "all-plans"),
                new Page("risk plan", "samordnare", "lokal/plan.xhtml?id=" + nacka + "&kommun=2481", "plan-facts"),
                new Page("local plan", "socialchef.storuman", "lokal/plan.xhtml?id=" + uppsala, "plan-facts"),
                new Page("trend", "granskare.lbu", "rapport/trend.xhtml?item=" + activity, "trend-activity"),
                new Page("matrix cell", "granskare.lbu", "rapport/punkt.xhtml?period=" + reported + "&kommun=" + UMEA + "&item=" + activity,
                        "cell-item"),
                new Page("lägesbild", "samordnare", "rapport/lagesbild.xhtml?period=" + reported, "overview-pdf"),
                new Page("lägesbild", "socialchef.umea", "rapport/lagesbild.xhtml?period=" + reported, "overview-pdf"));
    }

    /** Per page and user ({@link Page#label}), the most statements one of its requests needed, asked {@value #ASKED} times after a first request. */
    private static Map<String, Integer> statements(List<Page> pages) {
        PortalApi coordinator = PortalApi.as("samordnare");
        Map<String, Integer> most = new LinkedHashMap<>();
        for (Page page : pages) {
            String token = PortalApi.token(page.user());
            ask(page, token); // the page's first request: what the server reads once in its life is not the page's work
            coordinator.delete("metrik");
            for (int i = 0; i < ASKED; i++) {
                ask(page, token);
            }
            String path = "/" + page.path().replaceAll("\\?.*", "");
            List<JsonObject> samples = coordinator.delete("metrik").array().getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("page").equals(path)).toList();
            assertThat(samples).as("the server recorded each request of %s (run with -Dsamverkan.metrics=true)", path).hasSize(ASKED);
            most.put(page.label(), samples.stream().mapToInt(s -> s.getInt("statements")).max().orElseThrow());
        }
        return most;
    }

    /** Asks for the page as its user, with a bearer token and no session; it must be the page itself. */
    private static void ask(Page page, String token) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + page.path()))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s for %s", page.path(), page.user()).isEqualTo(200);
            assertThat(response.body()).as("%s for %s shows the page (#%s)", page.path(), page.user(), page.shows())
                    .contains("id=\"" + page.shows() + "\"");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
