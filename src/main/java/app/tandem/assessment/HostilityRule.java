package app.tandem.assessment;

import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Session;
import java.util.List;
import java.util.Map;

/**
 * R3: hostility or contempt on at least {@code hostilityCount} of the last {@code hostilityWindow}
 * scored sessions, or secrecy on any of them.
 */
final class HostilityRule {

    private final AssessmentSettings s;
    /** Per session of the window, oldest first: hostility or contempt noted. */
    private final boolean[] hostile;
    /** Per session of the window, oldest first: secrecy noted. */
    private final boolean[] secret;

    private int count;
    private boolean secrecy;
    private boolean sawHostility;
    private boolean sawContempt;
    private final boolean matched;

    HostilityRule(RuleInputs in) {
        this.s = in.settings();
        ScoredSessions scored = in.sessions();
        int window = Math.min(s.hostilityWindow(), scored.size());
        hostile = new boolean[window];
        secret = new boolean[window];
        for (int i = 0; i < window; i++) {
            Session session = scored.get(scored.size() - window + i);
            boolean hostility = session.has(Flag.HOSTILITY);
            boolean contempt = session.has(Flag.CONTEMPT);
            hostile[i] = hostility || contempt;
            secret[i] = session.has(Flag.SECRECY);
            if (hostile[i]) {
                count++;
                sawHostility |= hostility;
                sawContempt |= contempt;
            }
            secrecy |= secret[i];
        }
        matched = count >= s.hostilityCount() || secrecy;
    }

    RuleResult result() {
        int window = hostile.length;
        if (window == 0) {
            return new RuleResult(Rule.R3, false, Reason.NO_SCORED_SESSIONS, Map.of());
        }
        String kind = sawHostility && sawContempt ? "HOSTILITY_OR_CONTEMPT" : sawContempt ? "CONTEMPT" : "HOSTILITY";
        boolean pattern = count >= s.hostilityCount();
        if (pattern && secrecy) {
            return new RuleResult(
                    Rule.R3,
                    true,
                    Reason.HOSTILITY_AND_SECRECY,
                    Map.of("count", count, "window", window, "kind", kind));
        }
        if (pattern) {
            return new RuleResult(
                    Rule.R3, true, Reason.HOSTILITY_PATTERN, Map.of("count", count, "window", window, "kind", kind));
        }
        if (secrecy) {
            return new RuleResult(Rule.R3, true, Reason.SECRECY_NOTED, Map.of("window", window));
        }
        return new RuleResult(
                Rule.R3,
                false,
                Reason.NO_HOSTILITY_PATTERN,
                Map.of("count", count, "window", window, "needed", s.hostilityCount()));
    }

    /** When R3 decides: sessions without these flags until the pattern leaves the window. */
    void leversWhenDecisive(List<Lever> levers) {
        levers.add(new Lever(Rule.R3, Lever.Kind.CLEAN_SESSIONS, Map.of("sessions", cleanSessionsToClear())));
    }

    /** While R3 does not match: sessions with hostility or contempt until the pattern appears. */
    void leversToMatch(List<Lever> levers) {
        if (!matched) {
            levers.add(new Lever(Rule.R3, Lever.Kind.HOSTILE_SESSIONS, Map.of("sessions", hostileSessionsToMatch())));
        }
    }

    private int cleanSessionsToClear() {
        for (int k = 1; k <= s.hostilityWindow(); k++) {
            if (!matchesAfterAppending(k, false)) {
                return k;
            }
        }
        return s.hostilityWindow();
    }

    private int hostileSessionsToMatch() {
        for (int k = 1; k <= s.hostilityWindow(); k++) {
            if (matchesAfterAppending(k, true)) {
                return k;
            }
        }
        return s.hostilityCount();
    }

    private boolean matchesAfterAppending(int k, boolean hostileAppended) {
        int length = hostile.length;
        int drop = Math.max(0, length + k - s.hostilityWindow());
        int c = 0;
        boolean sec = false;
        for (int i = drop; i < length; i++) {
            c += hostile[i] ? 1 : 0;
            sec |= secret[i];
        }
        if (hostileAppended) {
            c += Math.min(k, s.hostilityWindow());
        }
        return c >= s.hostilityCount() || sec;
    }
}
