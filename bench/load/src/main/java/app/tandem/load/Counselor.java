package app.tandem.load;

import app.tandem.load.VaadinUi.Node;
import app.tandem.load.VaadinUi.UidlException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A counselor working in Tandem, as the load test (B6), the memory harness (B5) and the
 * two-instance check drive one: the steps of the working loop, each one UIDL request built from
 * what the screens show (the caseload's links, the couple page's tabs, the session rows, the
 * homework selects) and checked against what the screen must show afterwards (its title, the
 * confirmation of a save) and against Tandem's error sentences. The HTTP part lives in the
 * callers (Gatling, or {@link HttpCounselor}); this class only knows Tandem's pages.
 */
public final class Counselor {

    /** What Tandem shows when a request failed (base/ui/ErrorHandling) or a route is missing. */
    static final List<String> FAILURES = List.of("Something went wrong and this was not saved",
            "The database cannot be reached right now", "You do not have access to that", "Could not navigate to",
            "There was an exception while trying to navigate", "Internal error");

    static final Pattern COUPLE_LINK = Pattern.compile("couples/C-\\d+");
    static final Pattern SESSION_LINK = Pattern.compile("couples/C-\\d+/sessions/\\d+");

    /** The Select keys of Tandem's three completion values (Done, Partly done, Not done), in item order. */
    static final List<String> COMPLETION_KEYS = List.of("1", "2", "3");

    /**
     * One step of the loop.
     *
     * @param name what the load tool reports it as
     * @param applies whether the step makes sense now (a couple without sessions has no note to open)
     * @param rpcs what the browser sends for it
     * @param check what must hold for the answer; returns null when it does, else what is wrong
     */
    public record Step(String name, Predicate<Counselor> applies, Function<Counselor, List<JsonNode>> rpcs,
            Check check) {
    }

    /** A check of a step's answer (the UI already updated); null when it holds. */
    @FunctionalInterface
    public interface Check {
        String verify(Counselor c, String body);
    }

    private VaadinUi ui;
    private final Random random;
    private String coupleRoute;

    public Counselor(long seed) {
        this.random = new Random(seed);
    }

    public VaadinUi ui() {
        if (ui == null) {
            throw new UidlException("no UI yet: the sign-in did not finish");
        }
        return ui;
    }

    /** Takes the UI the bootstrap's init request described; returns null or what is wrong. */
    public String start(String initResponse) {
        ui = VaadinUi.init(initResponse);
        return null;
    }

    /** Applies the answer to a step and runs its check: null when all is well, else the reason. */
    public String answer(Step step, String body) {
        ui().apply(body);
        for (String failure : FAILURES) {
            if (body.contains(failure)) {
                return step.name() + ": the page says \"" + failure + "…\"";
            }
        }
        return step.check().verify(this, body);
    }

    /** The follow-ups the browser's connectors send by themselves; their answers are checked for errors only. */
    public static final Step FOLLOW_UP = new Step("follow-up", c -> c.ui().hasFollowUps(), c -> c.ui().takeFollowUps(),
            (c, body) -> null);

    // ------------------------------------------------------------------ the loop

    /** The first view after signing in (the browser navigates to the address it was sent to). */
    public static final Step HOME = new Step("sign in: home", c -> true, c -> List.of(c.ui().navigate("/", "")),
            title("Needs attention · Tandem"));

    public static final Step NEEDS_ATTENTION = new Step("needs attention", c -> true,
            c -> List.of(c.ui().navigate("", "client")), title("Needs attention · Tandem"));

    public static final Step CASELOAD = new Step("caseload", c -> true, c -> List.of(c.ui().navigate("caseload", "client")),
            (c, body) -> {
                String t = title("Caseload · Tandem").verify(c, body);
                if (t != null) {
                    return t;
                }
                return c.coupleLinks().isEmpty() ? "caseload: no couple link in the first page of the grid" : null;
            });

    /** Scrolling the caseload grid down by a page: the grid asks for rows 0–99 as the browser's connector does. */
    public static final Step CASELOAD_SCROLL = new Step("caseload: scroll a page", c -> true,
            c -> List.of(c.ui().call(c.caseloadGrid().id(), "setViewportRange", 0, 100)), (c, body) -> null);

    public static final Step OPEN_COUPLE = new Step("open a couple", c -> true, c -> {
        List<String> links = c.coupleLinks();
        c.coupleRoute = links.get(c.random.nextInt(links.size()));
        return List.of(c.ui().navigate(c.coupleRoute, "link"));
    }, (c, body) -> title(c.coupleRoute.substring("couples/".length()) + " · Tandem").verify(c, body));

    public static final Step SESSIONS_TAB = tab("Sessions");
    public static final Step PROGRESS_TAB = tab("Progress");
    public static final Step HOMEWORK_TAB = tab("Homework");

    public static final Step SESSION_NOTE = new Step("open a session note", c -> !c.sessionLinks().isEmpty(), c -> {
        List<String> links = c.sessionLinks();
        return List.of(c.ui().navigate(links.get(c.random.nextInt(links.size())), "link"));
    }, title("Session · Tandem"));

    /** Back from the note to the couple, as the browser's back button does. */
    public static final Step BACK_TO_COUPLE = new Step("back to the couple", c -> c.coupleRoute != null,
            c -> List.of(c.ui().navigate(c.coupleRoute, "history")),
            (c, body) -> title(c.coupleRoute.substring("couples/".length()) + " · Tandem").verify(c, body));

    /** A partner's completion of one homework assignment, changed to another value (the save rebuilds the page). */
    public static final Step RECORD_COMPLETION = new Step("record homework completion", c -> !c.completionSelects().isEmpty(),
            c -> {
                List<Node> selects = c.completionSelects();
                Node select = selects.get(c.random.nextInt(selects.size()));
                String current = select.property("value").map(JsonNode::asText).orElse("");
                List<String> others = COMPLETION_KEYS.stream().filter(k -> !k.equals(current)).toList();
                String value = others.get(c.random.nextInt(others.size()));
                c.recorded = new Completion(c.ui().enclosingAttribute(select, "data-homework").orElseThrow(
                        () -> new UidlException("a completion select outside a homework card")),
                        select.attribute("data-partner").orElseThrow(), value);
                return List.of(c.ui().sync(select.id(), "value", value), c.ui().event(select.id(), "value-changed"));
            }, (c, body) -> body.contains("Recorded: ") ? null : "record homework completion: no \"Recorded\" confirmation");

    /** A completion as recorded: the assignment's id, the partner (A or B) and the Select's key. */
    public record Completion(String homework, String partner, String key) {
    }

    private Completion recorded;

    /** What {@link #RECORD_COMPLETION} recorded last, or null. */
    public Completion recorded() {
        return recorded;
    }

    /** The completion the Homework tab now shows for an assignment and partner (the Select's key), if it shows the assignment. */
    public Optional<String> shownCompletion(String homework, String partner) {
        return completionSelects().stream()
                .filter(s -> partner.equals(s.attribute("data-partner").orElse(""))
                        && homework.equals(ui().enclosingAttribute(s, "data-homework").orElse("")))
                .findFirst().flatMap(s -> s.property("value")).map(JsonNode::asText);
    }

    /** The working loop of B6, in order; each step is followed by the think time. */
    public static final List<Step> LOOP = List.of(NEEDS_ATTENTION, CASELOAD, CASELOAD_SCROLL, OPEN_COUPLE, SESSIONS_TAB,
            PROGRESS_TAB, SESSION_NOTE, BACK_TO_COUPLE, HOMEWORK_TAB, RECORD_COMPLETION);

    private static Step tab(String label) {
        return new Step(label.toLowerCase() + " tab", c -> c.coupleTabs().isPresent(), c -> {
            Node tabs = c.coupleTabs().orElseThrow();
            int index = c.tabIndex(tabs, label);
            return List.of(c.ui().sync(tabs.id(), "selected", index), c.ui().event(tabs.id(), "selected-changed"));
        }, (c, body) -> null);
    }

    private static Check title(String expected) {
        return (c, body) -> expected.equals(c.ui().title()) ? null
                : "expected the page \"" + expected + "\", the title is \"" + c.ui().title() + "\"";
    }

    // ------------------------------------------------------------------ what the screens show

    Node caseloadGrid() {
        return ui().byTag("vaadin-grid")
                .filter(g -> g.property("accessibleName").map(JsonNode::asText).orElse("").equals("Caseload"))
                .findFirst().orElseThrow(() -> new UidlException("no caseload grid on the page"));
    }

    List<String> coupleLinks() {
        return hrefs(COUPLE_LINK);
    }

    List<String> sessionLinks() {
        return hrefs(SESSION_LINK);
    }

    private List<String> hrefs(Pattern pattern) {
        return ui().byTag("a").map(a -> a.attribute("href").orElse("")).filter(h -> pattern.matcher(h).matches())
                .distinct().toList();
    }

    /** The tabs of the couple page (its tab sheet has the stable id {@code couple-tabs}). */
    Optional<Node> coupleTabs() {
        return ui().byId("couple-tabs").flatMap(sheet -> ui().byTag("vaadin-tabs").filter(t -> ui().inside(t, sheet)).findFirst());
    }

    int tabIndex(Node tabs, String label) {
        List<Node> items = ui().children(tabs).stream().filter(t -> "vaadin-tab".equals(t.tag())).toList();
        for (int i = 0; i < items.size(); i++) {
            if (ui().text(items.get(i)).equals(label)) {
                return i;
            }
        }
        throw new UidlException("no tab \"" + label + "\" on the couple page");
    }

    List<Node> completionSelects() {
        return ui().byTag("vaadin-select").filter(s -> s.attribute("data-partner").isPresent()).toList();
    }

    /** The couple opened last, as its route ({@code couples/C-0001}); null before the first. */
    public String coupleRoute() {
        return coupleRoute;
    }

    /** Opens a known couple ({@code couples/C-0001}) rather than one from the caseload. */
    public static Step openCouple(String route) {
        return new Step("open " + route, c -> true, c -> {
            c.coupleRoute = route;
            return List.of(c.ui().navigate(route, "link"));
        }, (c, body) -> title(route.substring("couples/".length()) + " · Tandem").verify(c, body));
    }
}
