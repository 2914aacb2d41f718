package app.tandem.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One browser tab's view of a Vaadin Flow UI, as Vaadin's own client keeps it: the state tree the
 * server sends in its UIDL responses (elements by node id with tag, properties, attributes, text
 * and children), the UI id, the CSRF token, and the sync and client ids every request carries.
 * It builds the requests the browser would send (navigation, property sync plus DOM event, calls
 * of {@code @ClientCallable} methods) and the follow-ups the browser's connectors send by
 * themselves (a grid confirming a data update, a tab sheet reporting its selected tab).
 *
 * <p>Nodes are found by what the page says about them (tag, attribute, text), never by their
 * number, which changes whenever a view changes. The protocol constants are those of Flow's
 * {@code JsonConstants} and {@code NodeFeatures}. Not thread-safe: one per virtual user.
 */
public final class VaadinUi {

    static final ObjectMapper JSON = new ObjectMapper();

    // Flow's NodeFeatures ids (stable across Flow versions).
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int TEXT_NODE = 7;
    static final int CLIENT_DELEGATE_HANDLERS = 19;
    static final int VIRTUAL_CHILDREN = 24;

    /** An element (or text node) of the UI as the server last described it. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        Integer parent;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<String> callables = new ArrayList<>();
        int promises;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }

        public Optional<JsonNode> property(String name) {
            return Optional.ofNullable(properties.get(name));
        }

        @Override
        public String toString() {
            return "<" + tag + " #" + id + " " + attributes + ">";
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    private final int uiId;
    private final String csrfToken;
    private int syncId;
    private int clientId;
    private String title;
    private final List<JsonNode> followUps = new ArrayList<>();

    private VaadinUi(int uiId, String csrfToken) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
    }

    /**
     * The UI described by the answer to the bootstrap's {@code ?v-r=init} request: its id, its
     * CSRF token ({@code Vaadin-Security-Key}) and the initial tree.
     */
    public static VaadinUi init(String initResponse) {
        JsonNode config = read(initResponse).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.hasNonNull("Vaadin-Security-Key")) {
            throw new UidlException("not a Vaadin init response: " + abbreviate(initResponse));
        }
        VaadinUi ui = new VaadinUi(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asText());
        ui.applyUidl(uidl);
        return ui;
    }

    /** The query of the init request a browser sends after loading the bootstrap page at {@code location}. */
    public static String initQuery(String location) {
        return "?v-r=init&location=" + location + "&query=&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1400&v-bh=960&v-bw=1400"
                + "&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC"
                + "&v-wn=load-" + Long.toHexString(Double.doubleToLongBits(Math.random())) + "&v-td=false&v-pr=1"
                + "&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
                + "&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
    }

    /** Where this UI's requests go (relative to the application's root). */
    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** The document title the server last set (a view's {@code @PageTitle}), or null. */
    public String title() {
        return title;
    }

    // ------------------------------------------------------------------ requests

    /** The body of the next UIDL request carrying {@code rpcs}; the client id moves on only when the answer arrives. */
    public String request(List<JsonNode> rpcs) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode list = body.putArray("rpc");
        rpcs.forEach(list::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    /** Client-side navigation (a router link or {@code UI.navigate} in the browser). */
    public JsonNode navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        return event(1, "ui-navigate", data);
    }

    /** A DOM event the server listens to, without event data. */
    public JsonNode event(int node, String name) {
        return event(node, name, JSON.createObjectNode());
    }

    private static JsonNode event(int node, String name, JsonNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    /** A property the browser changed and synchronises ({@code mSync}), as a component's value does. */
    public JsonNode sync(int node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", ELEMENT_PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** A call of a {@code @ClientCallable} method ({@code element.$server.method(args)}). */
    public JsonNode call(int node, String method, Object... args) {
        Node n = require(node);
        if (!n.callables.contains(method)) {
            throw new UidlException(n + " has no client-callable method " + method + " (it has " + n.callables + ")");
        }
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode list = rpc.putArray("templateEventMethodArgs");
        for (Object a : args) {
            list.add(JSON.valueToTree(a));
        }
        rpc.put("promise", n.promises++);
        return rpc;
    }

    /** What the browser's connectors send by themselves after the last answer; taken once. */
    public List<JsonNode> takeFollowUps() {
        List<JsonNode> taken = List.copyOf(followUps);
        followUps.clear();
        return taken;
    }

    public boolean hasFollowUps() {
        return !followUps.isEmpty();
    }

    // ------------------------------------------------------------------ answers

    /**
     * Applies a UIDL answer: the tree changes, the new sync and client ids, the title and the
     * follow-ups. Throws {@link UidlException} when the server reports an expired session, an
     * application error or a lost synchronisation, as the browser would show an error.
     */
    public void apply(String response) {
        String text = response.startsWith("for(;;);") ? response.substring(8) : response;
        JsonNode uidl = read(text);
        if (uidl.isArray() && uidl.size() == 1) {
            uidl = uidl.get(0);
        }
        JsonNode meta = uidl.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new UidlException("server says " + meta);
        }
        if (!uidl.has("syncId") || !uidl.has("clientId")) {
            throw new UidlException("not a UIDL answer: " + abbreviate(text));
        }
        if (uidl.get("syncId").asInt() < 0) {
            throw new UidlException("the server asked for a resynchronisation: " + abbreviate(text));
        }
        applyUidl(uidl);
    }

    private void applyUidl(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            change(change);
        }
        for (JsonNode call : uidl.path("execute")) {
            execute(call);
        }
    }

    private void change(JsonNode c) {
        int id = c.get("node").asInt();
        String type = c.path("type").asText();
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, Node::new);
            case "detach" -> nodes.remove(id);
            case "put" -> put(node(id), c);
            case "remove" -> remove(node(id), c);
            case "splice" -> splice(node(id), c);
            case "clear" -> clear(node(id), c.path("feat").asInt());
            default -> {
                // "empty" and features this client does not need (styles, class lists, ...).
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node n, JsonNode c) {
        String key = c.path("key").asText();
        JsonNode value = c.has("value") ? c.get("value") : c.get("nodeValue");
        switch (c.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    n.tag = value.asText();
                }
            }
            case ELEMENT_PROPERTIES -> n.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> n.attributes.put(key, value == null || value.isNull() ? null : value.asText());
            case TEXT_NODE -> n.text = value == null ? null : value.asText();
            default -> {
            }
        }
    }

    private static void remove(Node n, JsonNode c) {
        String key = c.path("key").asText();
        switch (c.path("feat").asInt()) {
            case ELEMENT_PROPERTIES -> n.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> n.attributes.remove(key);
            default -> {
            }
        }
    }

    private void splice(Node n, JsonNode c) {
        int feature = c.path("feat").asInt();
        int index = c.path("index").asInt();
        int removed = c.path("remove").asInt(0);
        if (feature == CLIENT_DELEGATE_HANDLERS) {
            List<String> added = new ArrayList<>();
            c.path("add").forEach(v -> added.add(v.asText()));
            replace(n.callables, index, removed, added);
        } else if (feature == ELEMENT_CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Integer> added = new ArrayList<>();
            c.path("addNodes").forEach(v -> added.add(v.asInt()));
            // Both lists are kept in one: virtual children are children for finding things.
            if (feature == VIRTUAL_CHILDREN) {
                index = n.children.size();
                removed = 0;
            }
            replace(n.children, index, removed, added);
            added.forEach(child -> node(child).parent = n.id);
        }
    }

    private static <T> void replace(List<T> list, int index, int removed, List<T> added) {
        int from = Math.min(index, list.size());
        for (int i = 0; i < removed && from < list.size(); i++) {
            list.remove(from);
        }
        list.addAll(from, added);
    }

    private static void clear(Node n, int feature) {
        if (feature == ELEMENT_CHILDREN) {
            n.children.clear();
        } else if (feature == CLIENT_DELEGATE_HANDLERS) {
            n.callables.clear();
        }
    }

    /**
     * The JavaScript the server asks the browser to run: the last element is the script, the
     * others its parameters ({@code $0}, {@code $1}, ...; {@code {"@v-node": n}} is an element).
     */
    private void execute(JsonNode call) {
        int last = call.size() - 1;
        String script = call.get(last).asText();
        if (script.contains("document.title = $0") && call.get(0).isTextual()) {
            title = call.get(0).asText();
        } else if (script.contains("$connector.confirm($1)")) {
            int grid = call.get(0).path("@v-node").asInt();
            if (nodes.containsKey(grid)) {
                followUps.add(call(grid, "confirmUpdate", call.get(1).asInt()));
            }
        } else if (script.contains("$server.updateSelectedTab(true)")) {
            // The tab sheet's listener fires once its tabs are rendered.
            int tabs = call.get(0).path("@v-node").asInt();
            if (nodes.containsKey(tabs)) {
                followUps.add(call(tabs, "updateSelectedTab", true));
            }
        }
    }

    // ------------------------------------------------------------------ finding nodes

    /** Every element currently in the UI, in the order the server first described them. */
    public Stream<Node> elements() {
        return nodes.values().stream().filter(n -> n.tag != null);
    }

    public Stream<Node> byTag(String tag) {
        return elements().filter(n -> tag.equals(n.tag));
    }

    public Optional<Node> byId(String id) {
        return elements().filter(n -> id.equals(n.attributes.get("id"))).findFirst();
    }

    public Stream<Node> withAttribute(String name, Predicate<String> value) {
        return elements().filter(n -> n.attributes.containsKey(name) && value.test(n.attributes.get(name)));
    }

    public Node require(int id) {
        Node n = nodes.get(id);
        if (n == null) {
            throw new UidlException("node " + id + " is not in the UI");
        }
        return n;
    }

    public List<Node> children(Node n) {
        return n.children.stream().map(nodes::get).filter(c -> c != null).toList();
    }

    /** The element's text as the browser would render it (its text nodes, depth first). */
    public String text(Node n) {
        StringBuilder sb = new StringBuilder();
        appendText(n, sb, 0);
        return sb.toString().strip();
    }

    private void appendText(Node n, StringBuilder sb, int depth) {
        if (n.text != null) {
            sb.append(n.text);
        }
        if (depth < 50) {
            for (Node c : children(n)) {
                appendText(c, sb, depth + 1);
            }
        }
    }

    /** The nearest element around {@code n} (itself included) that carries attribute {@code name}, and its value. */
    public Optional<String> enclosingAttribute(Node n, String name) {
        for (Node at = n; at != null; at = at.parent == null ? null : nodes.get(at.parent)) {
            if (at.attributes.containsKey(name)) {
                return Optional.ofNullable(at.attributes.get(name));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code n} lies inside {@code ancestor}. */
    public boolean inside(Node n, Node ancestor) {
        for (Integer p = n.parent; p != null; p = nodes.containsKey(p) ? nodes.get(p).parent : null) {
            if (p == ancestor.id) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new UidlException("not JSON: " + abbreviate(text));
        }
    }

    static String abbreviate(String s) {
        return s == null ? "null" : s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /** The UI cannot go on: the server reported an error, or the page lacks what the next step needs. */
    public static final class UidlException extends RuntimeException {
        public UidlException(String message) {
            super(message);
        }
    }
}
