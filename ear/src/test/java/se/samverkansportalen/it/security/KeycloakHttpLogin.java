package se.samverkansportalen.it.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samverkansportalen.it.support.PortalApi;

/**
 * A browser without a browser: an HTTP client with a cookie jar per host and port (the portal and
 * Keycloak both run on localhost) that follows redirects itself, so every answer on the way can be
 * looked at, and logs in on Keycloak's login form as a person does.
 */
final class KeycloakHttpLogin {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> jar = new ConcurrentHashMap<>();
    /** Every answer of the last {@link #follow} call, first to last. */
    final List<HttpResponse<String>> hops = new ArrayList<>();
    /** Every Set-Cookie header the portal sent this client. */
    final List<String> portalSetCookies = new ArrayList<>();

    /** The portal's session cookie as this client holds it now, or null. */
    String sessionId() {
        return cookiesOf(URI.create(PortalApi.PORTAL_URL)).get("JSESSIONID");
    }

    /** Puts a cookie into this client's jar for the portal, as a page of another site could plant it. */
    void plantPortalCookie(String name, String value) {
        cookiesOf(URI.create(PortalApi.PORTAL_URL)).put(name, value);
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
        HttpResponse<String> page = follow(HttpRequest.newBuilder(loginPage.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + " ended with " + page.statusCode() + " at " + page.uri()
                    + "; hops: " + hops.stream().map(h -> h.statusCode() + " " + h.uri()).collect(Collectors.joining(", ")));
        }
        return page;
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

    /** Sends one request with the jar's cookies for its host and port, and keeps the cookies it sets. */
    HttpResponse<String> send(HttpRequest request) {
        Map<String, String> cookies = cookiesOf(request.uri());
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Cookie"));
        if (!cookies.isEmpty()) {
            withCookies.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                keep(cookies, setCookie);
                if (request.uri().getPort() == URI.create(PortalApi.PORTAL_URL).getPort()) {
                    portalSetCookies.add(setCookie);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> cookiesOf(URI uri) {
        return jar.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), k -> new LinkedHashMap<>());
    }

    private static void keep(Map<String, String> cookies, String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = pair.substring(0, equals).trim();
        String value = pair.substring(equals + 1).trim();
        String attributes = setCookie.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || attributes.contains("max-age=0") || attributes.contains("expires=thu, 01-jan-1970")
                || attributes.contains("expires=thu, 01 jan 1970")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
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
