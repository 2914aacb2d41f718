package app.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser's worth of HTTP against the running application: its own cookie jar, no
 * JavaScript, redirects not followed (so a test sees where it is sent). Signs in exactly as the
 * login page does, with the CSRF token the page carries.
 */
public final class HttpVisitor {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern VIEW =
            Pattern.compile("\"key\":\"jc\",\"feat\":0,\"value\":\"app\\.tandem\\.[a-z.]+\\.(\\w+View)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public HttpVisitor(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String location() {
            return header("Location").orElse("");
        }

        /** Whether this answer sends the visitor to the sign-in page. */
        public boolean toLogin() {
            return status == 302 && location().replaceAll(";jsessionid=.*$", "").matches(".*/login(\\?.*)?$");
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public Response postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/x-www-form-urlencoded"),
                Map.of());
    }

    public Response postJson(String path, String json) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json; charset=UTF-8"),
                Map.of());
    }

    /** The CSRF token of the sign-in page, as the page's own form sends it. */
    public String csrfToken() {
        Response page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token (status " + page.status() + ")");
        }
        return m.group(1);
    }

    /** Posts the login form as the browser does; the answer redirects to the app or back to /login?error. */
    public Response login(String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", email);
        form.put("password", password);
        form.put("_csrf", csrfToken());
        return postForm("/login", form);
    }

    /** Whether a page request for the home screen is answered (not sent to the sign-in page). */
    public boolean signedIn() {
        return get("/caseload").status() == 200;
    }

    /**
     * Opens a route as Vaadin's client does: the bootstrap request, then the navigation event in
     * a UIDL request. Returns the UIDL answer (what the server rendered), or the answer that
     * refused the bootstrap (a redirect to the sign-in page, an expired session).
     */
    public Response navigate(String route) {
        Response init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        if (init.status() != 200 || !init.body().startsWith("{")) {
            return init;
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        int ui = config.path("v-uiId").asInt();
        String csrf = config.path("uidl").path("Vaadin-Security-Key").asString();
        String message = JSON.createObjectNode()
                .put("csrfToken", csrf)
                .put("syncId", 0)
                .put("clientId", 0)
                .set(
                        "rpc",
                        JSON.createArrayNode()
                                .add(JSON.createObjectNode()
                                        .put("type", "event")
                                        .put("node", 1)
                                        .put("event", "ui-navigate")
                                        .set(
                                                "data",
                                                JSON.createObjectNode()
                                                        .put("route", route)
                                                        .put("query", "")
                                                        .put("appShellTitle", "")
                                                        .put("trigger", "")
                                                        .set(
                                                                "historyState",
                                                                JSON.createObjectNode()
                                                                        .put("idx", 0)))))
                .toString();
        return postJson("/?v-r=uidl&v-uiId=" + ui, message);
    }

    /** The Tandem views a UIDL answer rendered (Vaadin names each component's class in development mode). */
    public static List<String> viewsShown(Response uidl) {
        Matcher m = VIEW.matcher(uidl.body());
        List<String> views = new ArrayList<>();
        while (m.find()) {
            views.add(m.group(1));
        }
        return views;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private Response send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> r =
                    client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
