package se.samverkansportalen.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The portal's REST API as a demo user calls it: with a real access token from the test's
 * Keycloak (password grant for the demo realm's client), so roles and kommun come from the token
 * exactly as in production.
 */
public final class PortalApi {

    public static final String PORTAL_URL = System.getProperty("portal.url", "http://localhost:8380/samverkansportalen/");
    private static final String KEYCLOAK_URL = System.getProperty("keycloak.url", "http://localhost:8180");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String portal;
    private final String token;

    private PortalApi(String portal, String token) {
        this.portal = portal;
        this.token = token;
    }

    /** Logs in as a demo user (password {@code samverkan}). */
    public static PortalApi as(String username) {
        return new PortalApi(PORTAL_URL, token(username));
    }

    /** Logs in as a demo user and calls the portal at another address (a cluster's balancer). */
    public static PortalApi as(String username, String portalUrl) {
        return new PortalApi(portalUrl, token(username));
    }

    /** The API as the holder of an access token taken earlier (see {@link #token}) calls it. */
    public static PortalApi withToken(String token) {
        return new PortalApi(PORTAL_URL, token);
    }

    /** As {@link #withToken(String)}, calling the portal at another address (a cluster's balancer). */
    public static PortalApi withToken(String token, String portalUrl) {
        return new PortalApi(portalUrl, token);
    }

    /** A demo user's access token (password grant). */
    public static String token(String username) {
        String form = "grant_type=password&client_id=samverkansportalen&client_secret=dev-only-secret-change-me"
                + "&scope=openid&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=samverkan";
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/samverkan/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Answer answer = send(request);
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused " + username + ": " + answer.body());
        }
        return answer.object().getString("access_token");
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer post(String path, JsonObject body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Posts a body as it is, as a file upload posts a file's text. */
    public Answer postText(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public Answer put(String path, JsonObject body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    public Answer delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** A download from the portal's pages (not the API), e.g. {@code rapport/export?…}: its status and bytes. */
    public Download download(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file from the API ({@code api/…}), asked for with {@code accept} (the file's media type and
     * JSON, so that a refusal comes as JSON): its status, media type, {@code Content-Disposition}
     * and bytes.
     */
    public ApiFile file(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal + "api/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", accept + ", application/json;q=0.5").GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new ApiFile(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file from the API. */
    public record ApiFile(int status, String contentType, String disposition, byte[] content) {

        /** The body as text (a refusal's JSON). */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A downloaded file. */
    public record Download(int status, String contentType, byte[] content) {

        /** The text of a PDF, all pages. */
        public String pdfText() {
            try {
                com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(content);
                com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The cells of the first sheet of a workbook, row by row. */
        public java.util.List<java.util.List<String>> sheetRows() {
            try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                    new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(content))) {
                return workbook.getFirstSheet().read().stream()
                        .map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue()).toList()).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The cells of every sheet of a workbook, sheet by sheet, row by row (as {@link #sheetRows()} gives the first). */
        public java.util.List<java.util.List<java.util.List<String>>> sheets() {
            try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                    new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(content))) {
                java.util.List<java.util.List<java.util.List<String>>> sheets = new java.util.ArrayList<>();
                for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                    sheets.add(sheet.read().stream()
                            .map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue()).toList()).toList());
                }
                return sheets;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(portal + "api/" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json");
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer: its status and body. */
    public record Answer(int status, String body) {

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        /**
         * A refusal's body without its {@code reference}, the request's id that differs from call to
         * call: two refusals that say the same thing are equal this way.
         */
        public JsonObject refusal() {
            return Json.createObjectBuilder(object()).remove("reference").build();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}
