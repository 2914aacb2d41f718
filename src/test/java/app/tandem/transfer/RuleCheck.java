package app.tandem.transfer;

import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.PartnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Walks the whole record (a transfer export) beside one data-access copy and checks every field,
 * and every element of every list, against the {@link RuleTable}: kept or left out as the row for
 * its kind of record says, and equal to the whole record where kept. Collects every violation.
 */
final class RuleCheck {

    /** Lists whose elements are records of a kind (the table's "records" column). */
    private static final Set<String> RECORD_LISTS = Set.of(
            "couple.statusHistory",
            "couple.referrals",
            "homework",
            "sessions",
            "sessions[].amendments",
            "sessions[].flags",
            "safetyReviews",
            "reports",
            "consents",
            "ipvScreens",
            "checkIns");

    private final RuleTable table;
    private final PartnerId x;
    private final boolean joint;
    private final boolean safety;
    final List<String> problems = new ArrayList<>();

    RuleCheck(RuleTable table, PartnerId requester, boolean joint, boolean safety) {
        this.table = table;
        this.x = requester;
        this.joint = joint;
        this.safety = safety;
    }

    List<String> check(JsonNode whole, JsonNode copy) {
        walk(whole, copy, "", "—", "$");
        uncovered(copy, "", "$copy");
        return problems;
    }

    private void walk(JsonNode w, JsonNode c, String path, String records, String where) {
        String rule = path.isEmpty() ? null : table.rule(path, records);
        if (rule != null) {
            compare(rule, w, c, path, where);
        } else if (w.isObject()) {
            fields(w, c, path, records, where);
        } else if (w.isArray() && RECORD_LISTS.contains(path)) {
            list(w, c, path, records, where);
        } else if (!w.isNull() && !(w.isArray() && w.isEmpty())) {
            problems.add(where + ": no row in " + RuleTable.DOCUMENT + " for " + path);
        } else if (!empty(c)) {
            problems.add(where + ": empty in the whole record but " + c + " in the copy");
        }
    }

    private void fields(JsonNode w, JsonNode c, String path, String records, String where) {
        for (Map.Entry<String, JsonNode> e : w.properties()) {
            String key = partnerKey(e.getKey());
            walk(
                    e.getValue(),
                    child(c, e.getKey()),
                    path.isEmpty() ? key : path + "." + key,
                    records,
                    where + "." + e.getKey());
        }
    }

    /** One list of records: each element kept or left out by its kind, kept ones checked field by field. */
    private void list(JsonNode w, JsonNode c, String path, String parentRecords, String where) {
        List<JsonNode> matched = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            JsonNode e = w.get(i);
            String kind = kind(path, e, parentRecords);
            String rule = table.rule(path + "[]", kind);
            JsonNode match = find(c, e, path);
            String at = where + "[" + i + "]";
            if (rule == null) {
                problems.add(at + ": no row in " + RuleTable.DOCUMENT + " for " + path + "[] (" + kind + ")");
            } else if (kept(rule)) {
                if (match == null) {
                    problems.add(at + " (" + kind + "): " + rule + ", but missing from the copy");
                } else {
                    matched.add(match);
                    if (e.isObject()) {
                        fields(e, match, path + "[]", kind, at);
                    }
                }
            } else if (match != null) {
                problems.add(at + " (" + kind + "): " + rule + ", but in the copy: " + match);
            }
        }
        for (JsonNode extra : c == null || !c.isArray() ? List.<JsonNode>of() : c.values()) {
            if (matched.stream().noneMatch(m -> m == extra)) {
                problems.add(where + ": the copy has an element the whole record does not: " + extra);
            }
        }
    }

    private void compare(String rule, JsonNode w, JsonNode c, String path, String where) {
        switch (rule) {
            case "included" -> same(w, c, where);
            case "left out" -> leftOut(c, where);
            case "joint" -> {
                if (joint) {
                    same(w, c, where);
                } else {
                    leftOut(c, where);
                }
            }
            case "safety" -> {
                if (safety) {
                    same(w, c, where);
                } else {
                    leftOut(c, where);
                }
            }
            case "pseudonym" -> {
                String expected =
                        path.endsWith(".firstName") ? "Partner" : x.other().name();
                if (c == null || !c.isString() || !c.stringValue().equals(expected)) {
                    problems.add(where + ": pseudonym \"" + expected + "\" expected, found " + c);
                }
            }
            default -> problems.add(where + ": unknown rule \"" + rule + "\" in the table");
        }
    }

    private boolean kept(String rule) {
        return switch (rule) {
            case "included" -> true;
            case "joint" -> joint;
            case "safety" -> safety;
            default -> false;
        };
    }

    private void same(JsonNode w, JsonNode c, String where) {
        boolean bothEmpty = (w == null || w.isNull()) && empty(c);
        if (!bothEmpty && (c == null || !c.equals(w))) {
            problems.add(where + ": " + w + " expected as recorded, found " + c);
        }
    }

    private void leftOut(JsonNode c, String where) {
        if (!empty(c)) {
            problems.add(where + ": left out expected, found " + c);
        }
    }

    /** The kind of record an element is, in the words of the table's "records" column. */
    private String kind(String list, JsonNode e, String parent) {
        return switch (list) {
            case "couple.referrals" ->
                switch (e.get("type").asString()) {
                    case "COUPLES_THERAPY", "RETREAT" -> "COUPLES_THERAPY, RETREAT";
                    case "DV_SERVICES" -> "DV_SERVICES";
                    default -> "other types";
                };
            case "consents", "ipvScreens" -> "of " + partnerKey(e.get("partner").asString());
            case "homework" ->
                "BOTH".equals(e.get("assignee").asString())
                        ? "for both"
                        : "for " + partnerKey(e.get("assignee").asString());
            case "sessions" ->
                switch (e.get("attendance").asString()) {
                    case "BOTH" -> "joint";
                    case "NONE" -> "no-show";
                    default -> partnerKey(e.get("attendance").asString()) + " alone";
                };
            case "sessions[].amendments" ->
                !e.hasNonNull("scope") || "SHARED".equals(e.get("scope").asString())
                        ? "shared, " + parent
                        : "private to " + partnerKey(e.get("scope").asString().substring("PRIVATE_".length()));
            case "sessions[].flags" ->
                Flag.valueOf(e.asString()).isSafety()
                        ? "safety"
                        : e.asString().equals("SECRECY") ? "SECRECY" : "HOSTILITY, CONTEMPT, " + parent;
            case "reports" -> e.get("audience").asString();
            case "checkIns" ->
                "of " + partnerKey(e.get("partner").asString())
                        + ("SAFE".equals(e.get("feelsSafe").asString()) ? ", SAFE" : ", NOT_SURE or NOT_SAFE");
            default -> "—";
        };
    }

    /** The element of the copy that stands for {@code e}, by what identifies a record of that list. */
    private static JsonNode find(JsonNode copy, JsonNode e, String list) {
        if (copy == null || !copy.isArray()) {
            return null;
        }
        List<String> keys = switch (list) {
            case "couple.statusHistory" -> List.of("at", "status");
            case "couple.referrals" -> List.of("type", "on");
            case "consents", "ipvScreens" -> List.of("partner", "on");
            case "homework" -> List.of("stepKey", "dueOn", "assignee");
            case "sessions" -> List.of("date", "startTime", "attendance");
            case "sessions[].amendments" -> List.of("at", "scope");
            case "safetyReviews" -> List.of("date", "outcome");
            case "reports" -> List.of("generatedAt", "audience");
            case "checkIns" -> List.of("partner", "date");
            default -> List.of();
        };
        for (JsonNode candidate : copy.values()) {
            boolean same = keys.isEmpty()
                    ? candidate.equals(e)
                    : keys.stream().allMatch(k -> candidate.path(k).equals(e.path(k)));
            if (same) {
                return candidate;
            }
        }
        return null;
    }

    /** Every field the copy has must be named by the table. */
    private void uncovered(JsonNode c, String path, String where) {
        if (c.isObject()) {
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                String key = partnerKey(e.getKey());
                String p = path.isEmpty() ? key : path + "." + key;
                if (!table.covers(p)) {
                    problems.add(
                            where + "." + e.getKey() + ": the copy has a field the table does not name (" + p + ")");
                } else {
                    uncovered(e.getValue(), p, where + "." + e.getKey());
                }
            }
        } else if (c.isArray()) {
            for (JsonNode e : c.values()) {
                uncovered(e, path + "[]", where + "[]");
            }
        }
    }

    private String partnerKey(String key) {
        if (key.equals("A") || key.equals("B")) {
            return key.equals(x.name()) ? "X" : "Y";
        }
        return key;
    }

    private static JsonNode child(JsonNode c, String key) {
        return c == null || !c.isObject() ? MissingNode.getInstance() : c.path(key);
    }

    private static boolean empty(JsonNode c) {
        return c == null || c.isMissingNode() || c.isNull() || (c.isArray() && c.isEmpty());
    }
}
