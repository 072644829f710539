package se.samverkansportalen.it.keyfigure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.KoladaStandIn;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Umeå's socialchef follows a key figure from Kolada and fetches its values; Kolada is a real
 * local HTTP server started here (WireMock on {@code test.kolada.port}, the address the test server
 * is started with), serving answers in Kolada's shape: values, an empty result, a KPI Kolada does
 * not know, no answer in time and a malformed body, each refusal in Swedish with nothing stored.
 * The export reads back in; another kommun cannot reach Umeå's key figure; the lägesbild shows
 * Umeå's newest value.
 */
@ExtendWith(ArquillianExtension.class)
class KeyFigureIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static final String KPI = KoladaStandIn.KPI;

    private static KoladaStandIn kolada;

    private final PortalApi umea = PortalApi.as("socialchef.umea");

    @BeforeAll
    static void startKolada() {
        kolada = KoladaStandIn.start();
    }

    @AfterAll
    static void stopKolada() {
        kolada.close();
    }

    /** Each test starts with Umeå following neither of the test's KPIs (earlier runs share the database). */
    @BeforeEach
    void unfollow() {
        for (JsonValue f : umea.get("nyckeltal").array()) {
            String kpi = f.asJsonObject().getString("kpi");
            if (kpi.equals(KPI) || kpi.equals(KoladaStandIn.UNKNOWN)) {
                assertThat(umea.delete("nyckeltal/" + f.asJsonObject().getJsonNumber("id")).status()).isEqualTo(204);
            }
        }
    }

    private long follow(String kpi, String title) {
        Answer followed = umea.post("nyckeltal", Json.createObjectBuilder().add("kpi", kpi).add("title", title).build());
        assertThat(followed.status()).as(followed.body()).isEqualTo(201);
        return followed.object().getJsonNumber("id").longValue();
    }

    private static int storedValues(long id) {
        return Integer.parseInt(TestDatabase.column("SELECT COUNT(*) FROM key_figure_value WHERE key_figure_id = ?", id).get(0));
    }

    @Test
    void values_fetched_from_kolada_are_kept_with_their_source_and_shown_per_year() {
        long id = follow(KPI, "Barn och unga med insats");

        Answer fetched = umea.postText("nyckeltal/" + id + "/kolada?fran=2023&till=2024", "");

        assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
        assertThat(fetched.object().getInt("values")).isEqualTo(5);
        JsonObject figure = umea.get("nyckeltal/" + id).object();
        JsonObject newest = figure.getJsonArray("years").getJsonObject(0);
        assertThat(newest.getInt("year")).isEqualTo(2024);
        assertThat(newest.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3.0");
        assertThat(newest.get("men")).as("Kolada has no value for men in 2024: none is answered").isNull();
        assertThat(newest.getString("source")).isEqualTo("KOLADA");
        assertThat(newest.getString("sourceName")).isEqualTo(kolada.address());
        assertThat(figure.getJsonArray("years").getJsonObject(1).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3.15");
        assertThat(TestDatabase.column("SELECT COUNT(*) FROM audit_entry WHERE item_type = 'KEY_FIGURE' AND item_key = ? AND field = 'values'", id))
                .as("the taking-in is audited").containsExactly("1");

        Answer regional = PortalApi.as("samordnare").get("lagesbild/nyckeltal");
        JsonObject onOverview = regional.array().stream().map(JsonValue::asJsonObject).filter(f -> f.getString("kpi").equals(KPI)).findFirst().orElseThrow();
        JsonObject umeaOnOverview = onOverview.getJsonArray("kommuner").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("code").equals("2480")).findFirst().orElseThrow();
        assertThat(umeaOnOverview.getInt("year")).isEqualTo(2024);
        assertThat(umeaOnOverview.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("3");

        Answer other = PortalApi.as("socialchef.skelleftea").get("nyckeltal/" + id);
        assertThat(other.status()).as("another kommun's key figure is not there").isEqualTo(404);
    }

    @Test
    void each_failure_of_kolada_is_refused_in_swedish_and_stores_nothing() {
        long id = follow(KPI, "Barn och unga med insats");
        long unknown = follow(KoladaStandIn.UNKNOWN, "Ett nyckeltal Kolada inte har");

        Answer empty = umea.postText("nyckeltal/" + id + "/kolada?fran=2019&till=2020", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.object().getString("message")).isEqualTo("Kolada har inga värden för nyckeltalet N17473 i kommun 2480 åren 2019,2020. Ingenting har sparats.");

        Answer notKnown = umea.postText("nyckeltal/" + unknown + "/kolada?fran=2023&till=2024", "");
        assertThat(notKnown.status()).isEqualTo(400);
        assertThat(notKnown.object().getString("message")).isEqualTo("Kolada känner inte till nyckeltalet N00000. Kontrollera id:t på kolada.se. Ingenting har sparats.");

        Answer late = umea.postText("nyckeltal/" + id + "/kolada?fran=2021&till=2021", "");
        assertThat(late.status()).isEqualTo(502);
        assertThat(late.object().getString("message")).isEqualTo("Kolada (" + kolada.address()
                + ") svarade inte inom 2 sekunder. Försök igen senare. Ingenting har sparats.");

        Answer malformed = umea.postText("nyckeltal/" + id + "/kolada?fran=2022&till=2022", "");
        assertThat(malformed.status()).isEqualTo(502);
        assertThat(malformed.object().getString("message")).startsWith("Kolada (" + kolada.address() + ") svarade med något som inte går att läsa (rad ");

        Answer badYears = umea.postText("nyckeltal/" + id + "/kolada?fran=2024&till=2023", "");
        assertThat(badYears.status()).isEqualTo(400);
        assertThat(badYears.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("fromYear");

        assertThat(storedValues(id) + storedValues(unknown)).as("nothing stored").isZero();
    }

    @Test
    void the_export_reads_back_in_and_a_file_for_another_kommun_stores_nothing() {
        long id = follow(KPI, "Barn och unga med insats");
        assertThat(umea.postText("nyckeltal/" + id + "/kolada?fran=2023&till=2024", "").status()).isEqualTo(200);
        PortalApi.ApiFile exported = umea.file("nyckeltal/export", "application/json");
        assertThat(exported.status()).isEqualTo(200);
        String json = exported.text();

        PortalApi.ApiFile csv = umea.file("nyckeltal/export.csv", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("\uFEFForigin;kpi;plan;name;period;gender;value;status;source;taken_on;small_number\r\n")
                .contains("KOLADA;N17473;;Barn och unga med insats;2023;T;3,15;;" + kolada.address() + ";");

        assertThat(umea.delete("nyckeltal/" + id).status()).isEqualTo(204);
        long again = follow(KPI, "Barn och unga med insats");
        Answer foreign = umea.postText("nyckeltal/import?fil=skelleftea.json", json.replace("\"2480\"", "\"2482\""));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.object().getString("message")).isEqualTo("värde 1 gäller kommun 2482, inte er kommun (2480). Ingenting har sparats.");
        assertThat(storedValues(again)).as("nothing stored").isZero();

        Answer back = umea.postText("nyckeltal/import?fil=export.json", json);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.object().getInt("values")).isEqualTo(5);
        JsonObject figure = umea.get("nyckeltal/" + again).object();
        assertThat(figure.getJsonArray("years").getJsonObject(1).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3.15");
        assertThat(figure.getJsonArray("years").getJsonObject(0).getString("source")).isEqualTo("FILE");
        assertThat(new String(exported.content(), StandardCharsets.UTF_8)).isEqualTo(umea.file("nyckeltal/export", "application/json").text());
    }
}
