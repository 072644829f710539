package se.samverkansportalen.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Kolada's API as a real local HTTP server (WireMock) on {@code test.kolada.port}, the address the
 * test server is started with ({@code samverkan.kolada.url}, waiting 2 s). It answers in Kolada's
 * v2 shape for Umeå (2480) and the KPI {@value #KPI}: the years 2023–2024 with values (2024's men
 * missing), 2019–2020 empty, 2021 too late (4 s), 2022 a malformed body; the KPI {@value #UNKNOWN}
 * is unknown to Kolada. The figures are made up.
 */
public final class KoladaStandIn implements AutoCloseable {

    public static final String KPI = "N17473";
    public static final String UNKNOWN = "N00000";
    private static final String DATA = "/v2/data/kpi/N17473/municipality/2480/year/";
    private static final String VALUES = "{\"count\":2,\"values\":["
            + "{\"kpi\":\"N17473\",\"municipality\":\"2480\",\"period\":2023,\"values\":["
            + "{\"count\":1,\"gender\":\"K\",\"status\":\"\",\"value\":2.9},{\"count\":1,\"gender\":\"M\",\"status\":\"\",\"value\":3.4},"
            + "{\"count\":1,\"gender\":\"T\",\"status\":\"\",\"value\":3.15}]},"
            + "{\"kpi\":\"N17473\",\"municipality\":\"2480\",\"period\":2024,\"values\":["
            + "{\"count\":1,\"gender\":\"M\",\"status\":\"Missing\",\"value\":null},{\"count\":1,\"gender\":\"T\",\"status\":\"\",\"value\":3.0}]}"
            + "],\"next_page\":null,\"previous_page\":null}";

    private final WireMockServer server;

    private KoladaStandIn() {
        server = new WireMockServer(wireMockConfig().port(Integer.getInteger("test.kolada.port", 3126)).bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlEqualTo("/v2/kpi/" + KPI)).willReturn(okJson("{\"count\":1,\"values\":[{\"id\":\"N17473\",\"title\":\"Barn och unga med insats\"}]}")));
        server.stubFor(get(urlEqualTo("/v2/kpi/" + UNKNOWN)).willReturn(okJson("{\"count\":0,\"values\":[]}")));
        server.stubFor(get(urlEqualTo(DATA + "2023,2024")).willReturn(okJson(VALUES)));
        server.stubFor(get(urlEqualTo(DATA + "2019,2020")).willReturn(okJson("{\"count\":0,\"values\":[],\"next_page\":null}")));
        server.stubFor(get(urlEqualTo(DATA + "2021")).willReturn(okJson(VALUES).withFixedDelay(4_000)));
        server.stubFor(get(urlEqualTo(DATA + "2022")).willReturn(aResponse().withStatus(200).withBody("{\"count\":1,\"values\":[{\"kpi\":")));
    }

    /** Starts the stand-in; close it when done. */
    public static KoladaStandIn start() {
        return new KoladaStandIn();
    }

    /** The address the portal asks, as a value's source names it. */
    public String address() {
        return "http://127.0.0.1:" + server.port() + "/v2";
    }

    @Override
    public void close() {
        server.stop();
    }
}
