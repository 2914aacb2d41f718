package app.tandem.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Counselor} driven by the JDK's HTTP client, one cookie jar per counselor, for the
 * harnesses that need a few browsers' worth of sessions rather than a load (B5, the two-instance
 * check). It signs in through the real login form and then speaks UIDL as the browser does.
 */
public final class HttpCounselor {

    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Counselor counselor;
    private String servedBy;

    public HttpCounselor(String baseUrl, long seed) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.counselor = new Counselor(seed);
    }

    public Counselor counselor() {
        return counselor;
    }

    public CookieManager cookies() {
        return cookies;
    }

    /**
     * Sets a cookie before the first request, as a browser that was here before would have it:
     * with a reverse proxy's stickiness cookie this chooses the instance.
     */
    public HttpCounselor pin(String cookie, String value) {
        HttpCookie c = new HttpCookie(cookie, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(base, c);
        return this;
    }

    /** The outcome of a login form post: where the server sent the browser. */
    public record SignIn(int status, String location) {
        public boolean succeeded() {
            return status == 302 && location != null && !location.contains("error");
        }
    }

    /** Posts the login form (after loading the login page for its CSRF token), nothing more. */
    public SignIn postLogin(String username, String password) {
        HttpResponse<String> page = get("/login");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /login answered " + page.statusCode());
        }
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String form = "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        return new SignIn(posted.statusCode(), posted.headers().firstValue("Location").orElse(null));
    }

    /** Signs in through the login form and opens the first view, as a browser does; throws when any of it fails. */
    public HttpCounselor signIn(String username, String password) {
        SignIn result = postLogin(username, password);
        if (!result.succeeded()) {
            throw new IllegalStateException("sign-in of " + username + " refused (" + result.status() + " to " + result.location() + ")");
        }
        HttpResponse<String> bootstrap = get("/");
        if (bootstrap.statusCode() != 200) {
            throw new IllegalStateException("GET / after sign-in answered " + bootstrap.statusCode());
        }
        HttpResponse<String> init = get("/" + VaadinUi.initQuery(""));
        if (init.statusCode() != 200) {
            throw new IllegalStateException("the init request answered " + init.statusCode());
        }
        counselor.start(init.body());
        return run(Counselor.HOME);
    }

    /** Runs one step and the follow-ups the browser would send; throws with the reason when a check fails. */
    public HttpCounselor run(Counselor.Step step) {
        if (!step.applies().test(counselor)) {
            return this;
        }
        exchange(step);
        while (counselor.ui().hasFollowUps()) {
            exchange(Counselor.FOLLOW_UP);
        }
        return this;
    }

    private void exchange(Counselor.Step step) {
        VaadinUi ui = counselor.ui();
        String body = ui.request(step.rpcs().apply(counselor));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(ui.uidlPath()))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(step.name() + ": HTTP " + response.statusCode());
        }
        String problem = counselor.answer(step, response.body());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** The instance that answered last, as a reverse proxy names it in {@code X-Served-By} (null without one). */
    public String servedBy() {
        return servedBy;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            servedBy = response.headers().firstValue("X-Served-By").orElse(null);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
