package se.samverkansportalen.service.keyfigure;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.domain.refusal.SourceUnavailableRefusal;

/**
 * Asks Kolada's open API (v2) for a KPI's yearly values in one kommun, with the JDK's HTTP
 * client. The address is configurable ({@value #ADDRESS_PROPERTY} as a system property, or the
 * environment's {@code SAMVERKAN_KOLADA_URL}; default {@value #DEFAULT_ADDRESS}), and so is how
 * long it waits ({@value #TIMEOUT_PROPERTY}, seconds; default {@value #DEFAULT_TIMEOUT_SECONDS}).
 *
 * <p>Refused, with nothing taken: a KPI Kolada does not know ({@value #UNKNOWN_KPI}: Kolada's KPI list
 * has no such id, or it answers 404), no values for the years asked ({@value #NO_VALUES}), both
 * refusals of the request as a whole (no field of a form is at fault), and, as a {@link SourceUnavailableRefusal}, no answer in time
 * ({@value #TIMEOUT}), no connection ({@value #UNREACHABLE}), another status than 200
 * ({@value #STATUS}; a redirect is not followed) and a body not of Kolada's shape ({@value #MALFORMED}:
 * also a next page elsewhere, more than {@value #MAX_PAGES} pages, or the same year and gender twice).
 * Values for years not asked are left out.
 */
public final class KoladaClient {

    public static final String ADDRESS_PROPERTY = "samverkan.kolada.url";
    public static final String TIMEOUT_PROPERTY = "samverkan.kolada.timeout";
    public static final String DEFAULT_ADDRESS = "https://api.kolada.se/v2";
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    /** At most this many pages are followed for one KPI (5000 values a page). */
    static final int MAX_PAGES = 20;

    public static final String UNKNOWN_KPI = "keyfigure.kolada.unknownKpi";
    public static final String NO_VALUES = "keyfigure.kolada.noValues";
    public static final String TIMEOUT = "keyfigure.kolada.timeout";
    public static final String UNREACHABLE = "keyfigure.kolada.unreachable";
    public static final String STATUS = "keyfigure.kolada.status";
    public static final String MALFORMED = "keyfigure.kolada.malformed";

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * A client of Kolada at an address.
     *
     * @param base    the API's root, such as {@code https://api.kolada.se/v2}
     * @param timeout how long to wait for a connection and for each answer
     */
    public KoladaClient(URI base, Duration timeout) {
        String root = base.toString();
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
        this.timeout = timeout;
        // No redirects: a page elsewhere would be taken in as Kolada's; a 3xx is refused as another status.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The client of the configured address (system property, then environment, then Kolada's own). */
    public static KoladaClient configured() {
        return configured(System.getProperties()::getProperty, System.getenv());
    }

    static KoladaClient configured(Function<String, String> properties, Map<String, String> environment) {
        String address = firstOf(properties.apply(ADDRESS_PROPERTY), environment.get("SAMVERKAN_KOLADA_URL"), DEFAULT_ADDRESS);
        String seconds = firstOf(properties.apply(TIMEOUT_PROPERTY), environment.get("SAMVERKAN_KOLADA_TIMEOUT"),
                String.valueOf(DEFAULT_TIMEOUT_SECONDS));
        int timeout;
        try {
            timeout = Math.max(1, Integer.parseInt(seconds.strip()));
        } catch (NumberFormatException e) {
            timeout = DEFAULT_TIMEOUT_SECONDS;
        }
        return new KoladaClient(URI.create(address.strip()), Duration.ofSeconds(timeout));
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The address asked, as a value's source names it. */
    public String address() {
        String root = base.toString();
        return root.substring(0, root.length() - 1);
    }

    /**
     * A KPI's values for one kommun and some years, every gender Kolada has.
     *
     * @param kpi          Kolada's KPI id, such as N00945
     * @param municipality the kommun's four-digit code
     * @param years        the years asked, at least one
     * @return the values Kolada gave for that KPI and kommun (other KPIs or kommuner in the
     *         answer are left out), at least one
     * @throws InvalidInputRefusal       for an unknown KPI or no values (see the class)
     * @throws SourceUnavailableRefusal when Kolada does not answer usably (see the class)
     */
    public List<KoladaData.Reading> values(String kpi, String municipality, List<Integer> years) {
        requireKnown(kpi);
        String yearList = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        URI next = base.resolve("data/kpi/" + kpi + "/municipality/" + municipality + "/year/" + yearList);
        List<KoladaData.Reading> readings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; next != null; page++) {
            if (page == MAX_PAGES) {
                throw new SourceUnavailableRefusal(MALFORMED, address(), "fler än " + MAX_PAGES + " sidor");
            }
            HttpResponse<byte[]> answer = get(next);
            if (answer.statusCode() == 404) {
                if (page == 0) {
                    throw new InvalidInputRefusal(UNKNOWN_KPI, kpi);
                }
                throw new SourceUnavailableRefusal(STATUS, address(), 404);
            }
            KoladaData.Page read;
            try {
                read = KoladaData.read(answer.body());
            } catch (Refusal malformed) {
                throw new SourceUnavailableRefusal(MALFORMED, address(), malformed.getArguments().isEmpty() ? "" : malformed.getArguments().get(0));
            }
            for (KoladaData.Reading reading : read.readings()) {
                if (!reading.kpi().equals(kpi) || !reading.municipality().equals(municipality) || !years.contains(reading.year())) {
                    continue;
                }
                if (!seen.add(reading.year() + "/" + reading.gender())) {
                    throw new SourceUnavailableRefusal(MALFORMED, address(),
                            "värdet för " + reading.year() + " och kön " + reading.gender() + " två gånger");
                }
                readings.add(reading);
            }
            next = nextPage(read.nextPage());
        }
        if (readings.isEmpty()) {
            throw new InvalidInputRefusal(NO_VALUES, kpi, municipality, yearList);
        }
        return readings;
    }

    /** Kolada's next page, followed only on the same address (a link elsewhere is refused as malformed). */
    private URI nextPage(String link) {
        if (link == null) {
            return null;
        }
        if (!link.startsWith(base.toString())) {
            throw new SourceUnavailableRefusal(MALFORMED, address(), "next_page");
        }
        try {
            return URI.create(link);
        } catch (IllegalArgumentException notAnAddress) {
            throw new SourceUnavailableRefusal(MALFORMED, address(), "next_page");
        }
    }

    /** Refuses a KPI id Kolada's KPI list ({@code /kpi/{id}}) answers with no KPI. */
    private void requireKnown(String kpi) {
        HttpResponse<byte[]> answer = get(base.resolve("kpi/" + kpi));
        if (answer.statusCode() == 404) {
            throw new InvalidInputRefusal(UNKNOWN_KPI, kpi);
        }
        JsonObject root;
        try {
            root = KoladaData.json(answer.body()).asJsonObject();
        } catch (Refusal | ClassCastException unreadable) {
            throw new SourceUnavailableRefusal(MALFORMED, address(), "kpi/" + kpi);
        }
        boolean none = root.get("count") instanceof JsonNumber count ? count.bigDecimalValue().signum() == 0
                : root.get("values") instanceof JsonArray values && values.isEmpty();
        if (none) {
            throw new InvalidInputRefusal(UNKNOWN_KPI, kpi);
        }
    }

    /**
     * Kolada's answer at the address, the whole of it within the timeout (a body trickled out
     * slower is refused as no answer in time, not waited for).
     */
    private HttpResponse<byte[]> get(URI address) {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout).header("Accept", "application/json").GET().build();
        CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> answer;
        try {
            answer = sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new SourceUnavailableRefusal(TIMEOUT, address(), timeout.toSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new SourceUnavailableRefusal(TIMEOUT, address(), timeout.toSeconds());
            }
            throw new SourceUnavailableRefusal(UNREACHABLE, address());
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceUnavailableRefusal(UNREACHABLE, address());
        }
        if (answer.statusCode() != 200 && answer.statusCode() != 404) {
            throw new SourceUnavailableRefusal(STATUS, address(), answer.statusCode());
        }
        return answer;
    }
}
