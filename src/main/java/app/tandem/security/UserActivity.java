package app.tandem.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a request is something a person did. Everything counts except what an open tab sends
 * by itself: Vaadin's heartbeat ({@code v-r=heartbeat}) and a UIDL request carrying nothing but
 * the idle warning's poll or the page-visibility event (a tab hidden or shown, a screen locked).
 * To see a UIDL request's calls its body is read here and handed on unchanged in {@link #request()}.
 */
record UserActivity(boolean isUserActivity, HttpServletRequest request) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static UserActivity of(HttpServletRequest request) throws IOException {
        String type = request.getParameter("v-r");
        if ("heartbeat".equals(type)) {
            return new UserActivity(false, request);
        }
        if (!"uidl".equals(type) || !"POST".equals(request.getMethod())) {
            return new UserActivity(true, request);
        }
        byte[] body = request.getInputStream().readAllBytes();
        return new UserActivity(!onlyPolls(body), new CachedBody(request, body));
    }

    private static final Set<String> BACKGROUND_EVENTS = Set.of("ui-poll", "vaadin-page-visibility-change");

    /** True when every call in the UIDL message is a poll or a visibility change of the page (or there is none). */
    static boolean onlyPolls(byte[] body) {
        JsonNode rpc;
        try {
            rpc = JSON.readTree(body).path("rpc");
        } catch (RuntimeException unreadable) {
            return false;
        }
        for (JsonNode call : rpc) {
            if (!"event".equals(call.path("type").asString(""))
                    || !BACKGROUND_EVENTS.contains(call.path("event").asString(""))) {
                return false;
            }
        }
        return true;
    }

    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
        }
    }
}
