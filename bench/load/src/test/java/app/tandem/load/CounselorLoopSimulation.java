package app.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B6: N counselors of the synthetic practice signed in through the login form, each repeating
 * the working loop of {@link Counselor#LOOP} (needs attention, caseload and a scrolled page, a
 * couple, its Sessions and Progress tabs, a session note, back, Homework and a recorded
 * completion) with a think time after every step, over Vaadin's UIDL protocol.
 *
 * <p>Settings (system properties): {@code tandem.url} (http://127.0.0.1:8115), {@code users}
 * (5), {@code ramp} seconds over which they arrive (30), {@code steady} seconds all of them work
 * together (60), {@code think} seconds (10), {@code accounts} (the CSV the seeder wrote). Any
 * failed request fails the run (Gatling's assertion, so the command exits non-zero); a user stops
 * at its first failure, because its UI is then out of step with the server.
 */
public class CounselorLoopSimulation extends Simulation {

    static final String OK = "ok";
    static final String BASE = System.getProperty("tandem.url", "http://127.0.0.1:8115");
    static final int USERS = Integer.getInteger("users", 5);
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("ramp", 30));
    static final Duration STEADY = Duration.ofSeconds(Long.getLong("steady", 60));
    static final Duration THINK = Duration.ofSeconds(Long.getLong("think", 10));
    static final String ACCOUNTS = System.getProperty("accounts", "../../target/load/accounts.csv");
    static final int TARGET_P95_MS = Integer.getInteger("target.p95", 100);
    static final Path STATS = Path.of(System.getProperty("stats", "target/load-stats.md"));

    private static final AtomicLong SEEDS = new AtomicLong(20261128L);

    static Counselor counselor(Session session) {
        return session.get("counselor");
    }

    /**
     * Signing in, in one place (issue 11 changes the login): the login page for its CSRF token,
     * the form post, the bootstrap page, Vaadin's init request, and the first view.
     */
    static final ChainBuilder SIGN_IN = exec(session -> session.set("counselor", new Counselor(SEEDS.incrementAndGet())))
            .exec(timed("sign in: login page", http("sign in: login page").get("/login")
                    .check(status().is(200), regex(HttpCounselor.CSRF.pattern()).saveAs("csrf"))))
            .exec(timed("sign in: post the form", http("sign in: post the form").post("/login")
                    .formParam("_csrf", "#{csrf}").formParam("username", "#{username}").formParam("password", "#{password}")
                    .check(status().is(302), header("Location").transform(l -> l.contains("error") ? "refused: " + l : OK).is(OK))))
            .exec(timed("sign in: bootstrap page", http("sign in: bootstrap page").get("/").check(status().is(200))))
            .exec(timed("sign in: init", http("sign in: init").get(session -> "/" + VaadinUi.initQuery(""))
                    .check(status().is(200), bodyString().transformWithSession((body, s) -> okOr(counselor(s).start(body))).is(OK))))
            .exec(step(Counselor.HOME));

    /** One step as one UIDL request, then the follow-ups the browser's connectors send, each checked. */
    static ChainBuilder step(Counselor.Step step) {
        return doIf(session -> step.applies().test(counselor(session))).then(
                timed(step.name(), uidl(step.name(), step))
                        .exec(asLongAs(session -> counselor(session).ui().hasFollowUps())
                                .on(timed(step.name() + " (follow-up)", uidl(step.name() + " (follow-up)", Counselor.FOLLOW_UP)))));
    }

    /**
     * A request whose time and outcome {@link RunStats} records; the user stops at a failure,
     * because its UI would no longer be in step with the server.
     */
    static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(session -> session.remove("rt"))
                .exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    RunStats.record(name, session.contains("rt") ? session.getInt("rt") : -1, session.isFailed());
                    return session;
                })
                .exitHereIfFailed();
    }

    private static HttpRequestActionBuilder uidl(String name, Counselor.Step step) {
        return http(name).post(session -> counselor(session).ui().uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    Counselor c = counselor(session);
                    return c.ui().request(step.rpcs().apply(c));
                }))
                .check(status().is(200),
                        bodyString().transformWithSession((body, session) -> okOr(counselor(session).answer(step, body))).is(OK));
    }

    private static String okOr(String problem) {
        return Objects.requireNonNullElse(problem, OK);
    }

    static ChainBuilder loop() {
        ChainBuilder chain = exec(session -> session);
        for (Counselor.Step s : Counselor.LOOP) {
            chain = chain.exec(step(s)).pause(THINK);
        }
        return chain;
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).disableFollowRedirect()
                .acceptHeader("*/*").acceptLanguageHeader("en-GB").userAgentHeader("Tandem load test (Gatling)");
        // Every user works from its arrival until the end of the steady phase plus the ramp, so all N overlap for "steady".
        ScenarioBuilder counselors = scenario("counselors").feed(csv(ACCOUNTS).circular())
                .exec(SIGN_IN)
                .pause(Duration.ZERO, THINK)
                .exec(during(RAMP.plus(STEADY)).on(loop()));
        setUp(counselors.injectOpen(rampUsers(USERS).during(RAMP))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        // The users arrive over RAMP and each works for RAMP + STEADY, so all N work together from
        // the end of the ramp for STEADY: B6 is judged on that window (RunStats).
        long start = System.currentTimeMillis();
        RunStats.together(start + RAMP.toMillis(), start + RAMP.plus(STEADY).toMillis());
    }

    @Override
    public void after() {
        try {
            RunStats.write(STATS, USERS, STEADY.toSeconds(), THINK.toSeconds(), TARGET_P95_MS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + STATS, e);
        }
    }
}
