package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.metrics.SqlStatementCount;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.it.support.AsNetworkReviewer;
import se.samverkansportalen.it.support.DatabaseProbe;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.service.report.StatusMatrix;

/**
 * The LBU network reads the status matrix of a tertial of its own, in which every kommun has
 * reported (written in the test): on the first aktivitet, kommun by kommun in turn, grön, gul,
 * röd, an answer without a light, and no report at all; on the second only the first kommun, grön.
 * The summary above the page counts every kommun by the light the reports give (the rest as ingen
 * uppgift), whatever page or name filter is shown; paging ten at a time reaches every kommun once,
 * each row with what its report says; a page after the last is the last; a name filter finds the
 * kommuner whose name holds the text. The API keeps its answer without parameters (every kommun)
 * and pages with {@code ?sida=&antal=}; a page below 1, a size over 100 or a page that is no number
 * is refused with 400.
 * <p>
 * And a page of the matrix is read with as many SQL statements (at most ten) for every kommun's
 * report as for one, for the last page as for the first; so is the whole matrix of the download.
 * <p>
 * In the container (the statement count is taken on the service's thread). The Excel download
 * with every kommun, and the page itself: {@code StatusMatrixBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class StatusMatrixIT {

    private static final List<String> FIRST_AKTIVITET = List.of("GREEN", "YELLOW", "RED", "", "no report");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(StatusMatrixIT.class, MatrixFixture.class, PortalApi.class, Periods.class);
    }

    @EJB
    StatusMatrix matrix;

    @EJB
    AsNetworkReviewer lbu;

    @EJB
    DatabaseProbe db;

    @EJB
    MatrixFixture fixture;

    @Test
    void the_summary_counts_every_kommun_by_the_light_its_report_gives_and_the_pages_reach_every_kommun_once() throws Exception {
        long period = Periods.open(db.freePeriod("TERTIAL"));
        try {
            List<StatusMatrix.Column> columns = lbu.call(() -> matrix.columns());
            assertThat(columns).as("the plan that applies has two aktiviteter done in every kommun").hasSizeGreaterThanOrEqualTo(2);
            String first = columns.get(0).itemKey();
            String second = columns.get(1).itemKey();
            List<String> kommuner = db.kommunCodes();
            assertThat(kommuner).as("more kommuner than a page of ten holds").hasSizeGreaterThan(10);
            Map<String, String> written = new LinkedHashMap<>();
            for (int i = 0; i < kommuner.size(); i++) {
                String light = FIRST_AKTIVITET.get(i % FIRST_AKTIVITET.size());
                written.put(kommuner.get(i), light);
                if (light.equals("no report")) {
                    continue;
                }
                Map<String, String> items = new LinkedHashMap<>();
                items.put(first, light);
                if (i == 0) {
                    items.put(second, "GREEN");
                }
                fixture.report(period, kommuner.get(i), items);
            }
            int green = count(written, "GREEN");
            int yellow = count(written, "YELLOW");
            int red = count(written, "RED");

            StatusMatrix.Page page = lbu.call(() -> matrix.page(period, null, 1, 10));
            assertThat(page.kommuner()).isEqualTo(kommuner.size());
            assertThat(page.summary()).as("a count per column, in column order").hasSameSizeAs(page.columns());
            StatusMatrix.ColumnSummary summary = page.summary().get(0);
            assertThat(List.of(summary.green(), summary.yellow(), summary.red(), summary.none()))
                    .as("the first aktivitet: grön, gul, röd, ingen uppgift (no light, or no report)")
                    .containsExactly(green, yellow, red, kommuner.size() - green - yellow - red);
            assertThat(green).as("the test wrote every kind").isPositive();
            assertThat(red).isPositive();
            assertThat(page.summary().get(1)).as("the second aktivitet: only the first kommun reported it")
                    .isEqualTo(new StatusMatrix.ColumnSummary(second, 1, 0, 0, kommuner.size() - 1));
            page.summary().subList(2, page.summary().size()).forEach(s -> assertThat(s.none()).as(s.itemKey()).isEqualTo(kommuner.size()));

            List<String> paged = new ArrayList<>();
            for (int n = 1; n <= page.paging().pages(); n++) {
                int number = n;
                StatusMatrix.Page shown = lbu.call(() -> matrix.page(period, null, number, 10));
                assertThat(shown.paging().page()).isEqualTo(n);
                assertThat(shown.rows()).as("page %d", n).hasSizeBetween(1, 10);
                assertThat(shown.summary()).as("the same summary on every page").isEqualTo(page.summary());
                for (StatusMatrix.Row row : shown.rows()) {
                    paged.add(row.kommunCode());
                    String light = written.get(row.kommunCode());
                    StatusMatrix.Cell cell = row.cells().get(0);
                    if (light.equals("no report")) {
                        assertThat(row.reportStatus()).as(row.kommunName()).isNull();
                        assertThat(cell.status()).isNull();
                    } else {
                        assertThat(row.reportStatus()).as(row.kommunName()).isEqualTo(ReportStatus.SUBMITTED);
                        assertThat(cell.status()).isEqualTo(ItemStatus.ONGOING);
                        assertThat(cell.light()).as(row.kommunName()).isEqualTo(light.isEmpty() ? null : TrafficLight.valueOf(light));
                    }
                }
            }
            assertThat(paged).as("every kommun once, page by page").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(kommuner);
            StatusMatrix.Matrix whole = lbu.call(() -> matrix.forPeriod(period));
            assertThat(whole.rows().stream().map(StatusMatrix.Row::kommunCode).toList()).as("the pages in the whole matrix's order")
                    .isEqualTo(paged);

            StatusMatrix.Page after = lbu.call(() -> matrix.page(period, null, 999, 10));
            assertThat(after.paging().page()).as("a page after the last is the last").isEqualTo(page.paging().pages());
            assertThat(after.rows()).isNotEmpty();

            StatusMatrix.Page named = lbu.call(() -> matrix.page(period, "UME", 1, 25));
            assertThat(named.rows()).extracting(StatusMatrix.Row::kommunName).as("kommuner whose name holds the text, in any case")
                    .contains("Umeå").allSatisfy(name -> assertThat(name.toLowerCase()).contains("ume"));
            assertThat(named.paging().matching()).isEqualTo(named.rows().size());
            assertThat(named.filter()).isEqualTo("UME");
            assertThat(named.summary()).as("the summary counts every kommun, not the filter's").isEqualTo(page.summary());
            StatusMatrix.Page nothing = lbu.call(() -> matrix.page(period, "Ingen kommun heter så", 1, 25));
            assertThat(nothing.rows()).isEmpty();
            assertThat(nothing.paging().matching()).isZero();

            PortalApi api = PortalApi.as("granskare.lbu");
            JsonObject all = api.get("matris/" + period).object();
            assertThat(all.getJsonArray("rows")).as("without parameters the API answers every kommun, as before").hasSize(kommuner.size());
            assertThat(all.containsKey("summary")).isFalse();
            PortalApi.Answer second10 = api.get("matris/" + period + "?sida=2&antal=10");
            assertThat(second10.status()).as(second10.body()).isEqualTo(200);
            JsonObject paging = second10.object().getJsonObject("paging");
            assertThat(paging.getInt("page")).isEqualTo(2);
            assertThat(paging.getInt("pageSize")).isEqualTo(10);
            assertThat(paging.getInt("matching")).isEqualTo(kommuner.size());
            assertThat(second10.object().getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getString("kommunCode")).toList())
                    .isEqualTo(paged.subList(10, Math.min(20, paged.size())));
            JsonObject counted = second10.object().getJsonArray("summary").getJsonObject(0);
            assertThat(List.of(counted.getInt("green"), counted.getInt("yellow"), counted.getInt("red"), counted.getInt("none")))
                    .containsExactly(summary.green(), summary.yellow(), summary.red(), summary.none());
            for (String refused : List.of("?sida=0", "?antal=101", "?antal=0", "?sida=abc", "?q=" + "a".repeat(101))) {
                PortalApi.Answer answer = api.get("matris/" + period + refused);
                assertThat(answer.status()).as(refused + ": " + answer.body()).isEqualTo(400);
            }
            assertThat(PortalApi.as("socialchef.umea").get("matris/" + period + "?sida=1").status()).as("a kommun does not read the matrix")
                    .isEqualTo(403);
        } finally {
            fixture.removeReports(period);
            Periods.close(period);
        }
    }

    @Test
    void a_page_of_the_matrix_takes_as_many_sql_statements_for_every_kommuns_report_as_for_one_and_for_any_page() throws Exception {
        long period = Periods.open(db.freePeriod("MONTH"));
        try {
            String activity = lbu.call(() -> matrix.columns()).get(0).itemKey();
            List<String> kommuner = db.kommunCodes();
            fixture.report(period, kommuner.get(0), Map.of(activity, "GREEN"));
            int pages = lbu.call(() -> matrix.page(period, null, 1, 10)).paging().pages();
            int firstPageForOne = statements(() -> matrix.page(period, null, 1, 10));
            int wholeForOne = statements(() -> matrix.forPeriod(period));

            for (String kommun : kommuner.subList(1, kommuner.size())) {
                fixture.report(period, kommun, Map.of(activity, "RED"));
            }
            assertThat(lbu.call(() -> matrix.page(period, null, 1, 10)).summary().get(0).red()).as("every kommun's report is read")
                    .isEqualTo(kommuner.size() - 1);
            int firstPage = statements(() -> matrix.page(period, null, 1, 10));
            int lastPage = statements(() -> matrix.page(period, null, pages, 10));
            int hundred = statements(() -> matrix.page(period, null, 1, 100));
            int named = statements(() -> matrix.page(period, "e", 1, 10));
            int whole = statements(() -> matrix.forPeriod(period));

            assertThat(firstPage).as("statements for %d kommuners' reports against one's", kommuner.size()).isEqualTo(firstPageForOne);
            assertThat(lastPage).as("the last page against the first").isEqualTo(firstPage);
            assertThat(hundred).as("a hundred kommuner a page against ten").isEqualTo(firstPage);
            assertThat(firstPage).as("period, columns, kommuner counted, the page's kommuner, their cells, the summary").isLessThanOrEqualTo(10);
            assertThat(named).as("and the kommuner the name filter finds, counted").isLessThanOrEqualTo(firstPage + 1);
            assertThat(whole).as("the whole matrix for every kommun's report against one's").isEqualTo(wholeForOne).isLessThanOrEqualTo(10);
        } finally {
            fixture.removeReports(period);
            Periods.close(period);
        }
    }

    private static int count(Map<String, String> written, String light) {
        return (int) written.values().stream().filter(light::equals).count();
    }

    /** The statements one reading sends (after a first reading, so that nothing is read for the first time). */
    private int statements(se.samverkansportalen.it.support.Work<?> reading) throws Exception {
        lbu.call(reading);
        SqlStatementCount.reset();
        lbu.call(reading);
        return SqlStatementCount.count();
    }
}
