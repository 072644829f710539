package se.samverkansportalen.it.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkansportalen.it.support.PortalApi;

/**
 * A browser without a browser: an HTTP client with a cookie jar that follows redirects itself (so
 * every answer on the way can be looked at) and logs in on Keycloak's login form as a person does.
 */
final class KeycloakHttpLogin {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Every answer of the last {@link #follow} call, first to last. */
    final List<HttpResponse<String>> hops = new ArrayList<>();

    /** The portal's session cookie as this client holds it now, or null. */
    String sessionId() {
        return cookies.getCookieStore().get(URI.create(PortalApi.PORTAL_URL)).stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Opens a page of the portal, following redirects; gives the last answer. */
    HttpResponse<String> open(String path) {
        return follow(HttpRequest.newBuilder(URI.create(PortalApi.PORTAL_URL + path)).GET().build());
    }

    /** Opens a portal page, logs in on Keycloak's form and follows back to the page; gives the page's answer. */
    HttpResponse<String> openAndLogIn(String path, String username) {
        HttpResponse<String> loginPage = open(path);
        if (!loginPage.uri().getPath().contains("/realms/")) {
            throw new IllegalStateException("expected Keycloak's login page, got " + loginPage.uri() + " " + loginPage.statusCode());
        }
        String action = formAction(loginPage.body());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=samverkan&credentialId=";
        return follow(HttpRequest.newBuilder(loginPage.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Sends a request and follows redirects (as GETs) until an answer that is no redirect. */
    HttpResponse<String> follow(HttpRequest first) {
        hops.clear();
        HttpRequest request = first;
        for (int hop = 0; hop < 12; hop++) {
            HttpResponse<String> response = send(request);
            hops.add(response);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return response;
            }
            request = HttpRequest.newBuilder(response.uri().resolve(location)).GET().build();
        }
        throw new IllegalStateException("too many redirects from " + first.uri());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formAction(String html) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            if (forms.group().contains("kc-form-login")) {
                Matcher action = ACTION.matcher(forms.group());
                if (action.find()) {
                    return action.group(1).replace("&amp;", "&");
                }
            }
        }
        throw new IllegalStateException("no login form on Keycloak's page");
    }
}
