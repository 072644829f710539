package se.samverkansportalen.service.keyfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverkansportalen.domain.keyfigure.Gender;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.SourceUnavailableRefusal;

/** Kolada's API as a real local HTTP server (WireMock) serving answers in Kolada's shape. */
class KoladaClientTest {

    @RegisterExtension
    static WireMockExtension kolada = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String DATA = "/v2/data/kpi/N17473/municipality/2480/year/2023,2024";
    private static final String THREE_YEARS = "/v2/data/kpi/N17473/municipality/2480/year/2022,2023,2024";

    private KoladaClient client(int seconds) {
        return new KoladaClient(URI.create(kolada.baseUrl() + "/v2"), Duration.ofSeconds(seconds));
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = KoladaClientTest.class.getResourceAsStream("/kolada/" + name)) {
            return in.readAllBytes();
        }
    }

    private void answer(String path, String file) throws IOException {
        kolada.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(file(file))));
    }

    @Test
    void readsEveryGenderOfTheYearsAsked() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        answer(DATA, "data-N17473-2480.json");

        List<KoladaData.Reading> values = client(5).values("N17473", "2480", List.of(2023, 2024));

        assertThat(values).hasSize(6);
        assertThat(values).contains(new KoladaData.Reading("N17473", "2480", 2023, Gender.T, new BigDecimal("3.15"), null),
                new KoladaData.Reading("N17473", "2480", 2024, Gender.M, null, "Missing"));
        kolada.verify(getRequestedFor(urlEqualTo(DATA)));
    }

    @Test
    void followsKoladasNextPageOnItsOwnAddress() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        String first = "{\"count\":1,\"values\":[{\"kpi\":\"N17473\",\"municipality\":\"2480\",\"period\":2022,"
                + "\"values\":[{\"gender\":\"T\",\"status\":\"\",\"value\":1.5}]}],\"next_page\":\"" + kolada.baseUrl() + "/v2/sida2\"}";
        kolada.stubFor(get(urlEqualTo(THREE_YEARS)).willReturn(aResponse().withStatus(200).withBody(first)));
        answer("/v2/sida2", "data-N17473-2480.json");

        assertThat(client(5).values("N17473", "2480", List.of(2022, 2023, 2024))).hasSize(7);
    }

    @Test
    void theSameYearAndGenderOnTwoPagesIsRefusedAsMalformed() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        String first = "{\"count\":1,\"values\":[{\"kpi\":\"N17473\",\"municipality\":\"2480\",\"period\":2023,"
                + "\"values\":[{\"gender\":\"T\",\"status\":\"\",\"value\":1.5}]}],\"next_page\":\"" + kolada.baseUrl() + "/v2/sida2\"}";
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(200).withBody(first)));
        answer("/v2/sida2", "data-N17473-2480.json");

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOfSatisfying(SourceUnavailableRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.MALFORMED);
                    assertThat(r.getArguments().get(1)).isEqualTo("värdet för 2023 och kön T två gånger");
                });
    }

    @Test
    void morePagesThanItFollowsAreRefusedNotTakenInHalf() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        String loop = "{\"count\":0,\"values\":[],\"next_page\":\"" + kolada.baseUrl() + "/v2/igen\"}";
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(200).withBody(loop)));
        kolada.stubFor(get(urlEqualTo("/v2/igen")).willReturn(aResponse().withStatus(200).withBody(loop)));

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOfSatisfying(SourceUnavailableRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.MALFORMED);
                    assertThat(r.getArguments().get(1)).isEqualTo("fler än " + KoladaClient.MAX_PAGES + " sidor");
                });
    }

    @Test
    void aNextPageThatIsNoAddressOrAnswers404IsRefusedAsKoladasFault() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(200)
                .withBody("{\"count\":0,\"values\":[],\"next_page\":\"" + kolada.baseUrl() + "/v2/a b\"}")));
        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOf(SourceUnavailableRefusal.class).extracting("messageKey").isEqualTo(KoladaClient.MALFORMED);

        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(200)
                .withBody("{\"count\":0,\"values\":[],\"next_page\":\"" + kolada.baseUrl() + "/v2/borta\"}")));
        kolada.stubFor(get(urlEqualTo("/v2/borta")).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .as("a later page missing is no unknown KPI").isInstanceOfSatisfying(SourceUnavailableRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.STATUS);
                    assertThat(r.getArguments()).containsExactly(kolada.baseUrl() + "/v2", "404");
                });
    }

    @Test
    void aRedirectIsNotFollowed() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(302).withHeader("Location", "http://annan.example/v2/data")));

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOfSatisfying(SourceUnavailableRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.STATUS);
                    assertThat(r.getArguments()).containsExactly(kolada.baseUrl() + "/v2", "302");
                });
    }

    @Test
    void valuesForYearsNotAskedAreLeftOut() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        answer("/v2/data/kpi/N17473/municipality/2480/year/2024", "data-N17473-2480.json");

        assertThat(client(5).values("N17473", "2480", List.of(2024))).hasSize(3).allMatch(r -> r.year() == 2024);
    }

    @Test
    void aBodyTrickledOutSlowerThanTheTimeoutIsNoAnswerInTime() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(200).withBody(file("data-N17473-2480.json"))
                .withChunkedDribbleDelay(10, 4_000)));

        assertThatThrownBy(() -> client(1).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOf(SourceUnavailableRefusal.class).extracting("messageKey").isEqualTo(KoladaClient.TIMEOUT);
    }

    @Test
    void aKpiListTheReaderCannotTakeIsMalformed() {
        kolada.stubFor(get(urlEqualTo("/v2/kpi/N17473")).willReturn(aResponse().withStatus(200).withBody("[".repeat(5000))));

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOf(SourceUnavailableRefusal.class).extracting("messageKey").isEqualTo(KoladaClient.MALFORMED);
    }

    @Test
    void aNextPageElsewhereIsRefusedAsMalformed() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(200)
                .withBody("{\"count\":0,\"values\":[],\"next_page\":\"http://annan.example/v2/x\"}")));

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOf(SourceUnavailableRefusal.class).extracting("messageKey").isEqualTo(KoladaClient.MALFORMED);
    }

    @Test
    void anEmptyResultIsRefusedNamingWhatWasAsked() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        answer(DATA, "data-empty.json");

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.NO_VALUES);
                    assertThat(r.getField()).isNull();
                    assertThat(r.getArguments()).containsExactly("N17473", "2480", "2023,2024");
                });
    }

    @Test
    void aKpiKoladaDoesNotKnowIsRefusedBeforeItsDataIsAsked() throws IOException {
        answer("/v2/kpi/N00000", "kpi-unknown.json");

        assertThatThrownBy(() -> client(5).values("N00000", "2480", List.of(2024)))
                .isInstanceOfSatisfying(InvalidInputRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.UNKNOWN_KPI);
                    assertThat(r.getField()).isNull();
                });
        kolada.verify(0, getRequestedFor(urlEqualTo("/v2/data/kpi/N00000/municipality/2480/year/2024")));
    }

    @Test
    void koladasNotFoundIsAnUnknownKpi() {
        kolada.stubFor(get(urlEqualTo("/v2/kpi/N00000")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> client(5).values("N00000", "2480", List.of(2024)))
                .isInstanceOf(InvalidInputRefusal.class).extracting("messageKey").isEqualTo(KoladaClient.UNKNOWN_KPI);
    }

    @Test
    void noAnswerInTimeIsRefusedWithTheSecondsWaited() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(200).withFixedDelay(3_000).withBody(file("data-N17473-2480.json"))));

        assertThatThrownBy(() -> client(1).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOfSatisfying(SourceUnavailableRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.TIMEOUT);
                    assertThat(r.getArguments()).containsExactly(kolada.baseUrl() + "/v2", "1");
                });
    }

    @Test
    void aMalformedBodyIsRefusedNamingWhereItBroke() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        answer(DATA, "data-malformed.json");

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOfSatisfying(SourceUnavailableRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.MALFORMED);
                    assertThat(r.getArguments().get(1)).startsWith("rad ");
                });
    }

    @Test
    void anotherStatusIsRefusedWithIt() throws IOException {
        answer("/v2/kpi/N17473", "kpi-N17473.json");
        kolada.stubFor(get(urlEqualTo(DATA)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client(5).values("N17473", "2480", List.of(2023, 2024)))
                .isInstanceOfSatisfying(SourceUnavailableRefusal.class, r -> {
                    assertThat(r.getMessageKey()).isEqualTo(KoladaClient.STATUS);
                    assertThat(r.getArguments()).containsExactly(kolada.baseUrl() + "/v2", "503");
                });
    }

    @Test
    void noServerIsUnreachable() {
        KoladaClient nowhere = new KoladaClient(URI.create("http://127.0.0.1:9/v2"), Duration.ofSeconds(2));

        assertThatThrownBy(() -> nowhere.values("N17473", "2480", List.of(2024)))
                .isInstanceOf(SourceUnavailableRefusal.class).extracting("messageKey").isEqualTo(KoladaClient.UNREACHABLE);
    }

    @Test
    void theAddressAndTimeoutAreConfigurableAndFallBackToKoladasOwn() {
        assertThat(KoladaClient.configured(k -> null, Map.of()).address()).isEqualTo(KoladaClient.DEFAULT_ADDRESS);
        assertThat(KoladaClient.configured(k -> null, Map.of("SAMVERKAN_KOLADA_URL", "http://kolada.lokal/v2/")).address())
                .isEqualTo("http://kolada.lokal/v2");
        assertThat(KoladaClient.configured(k -> k.equals(KoladaClient.ADDRESS_PROPERTY) ? "http://egen/v2" : null,
                Map.of("SAMVERKAN_KOLADA_URL", "http://kolada.lokal/v2")).address()).isEqualTo("http://egen/v2");
    }
}
