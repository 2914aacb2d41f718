package app.tandem.casefile;

import app.tandem.casefile.CaseFile.Amendment;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Consent;
import app.tandem.casefile.CaseFile.Context;
import app.tandem.casefile.CaseFile.Couple;
import app.tandem.casefile.CaseFile.Decision;
import app.tandem.casefile.CaseFile.IpvScreen;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.Report;
import app.tandem.casefile.CaseFile.SafeContact;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFile.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link CaseFile} as pretty-printed UTF-8 JSON with the keys in the order of
 * {@code docs/CASE-FILE.md}. Every field is written, absent values as {@code null} and absent lists
 * as {@code []}, so that what {@link CaseFileReader} reads back writes out identically; the two
 * later additions (an amendment's {@code scope}, a record's {@code imported}) only when they
 * are not the default (shared, not imported).
 */
public final class CaseFileWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CaseFileWriter() {}

    /** The case file as pretty JSON, UTF-8, ending with a newline. */
    public static byte[] write(CaseFile file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", file.format());
        root.put("formatVersion", file.formatVersion());
        root.put("exportedAt", instant(file.exportedAt()));
        couple(root.putObject("couple"), file.couple());
        array(root, "homework", file.homework(), CaseFileWriter::assignment);
        array(root, "sessions", file.sessions(), CaseFileWriter::session);
        array(root, "safetyReviews", file.safetyReviews(), CaseFileWriter::safetyReview);
        array(root, "reports", file.reports(), CaseFileWriter::report);
        array(root, "consents", file.consents(), CaseFileWriter::consent);
        array(root, "ipvScreens", file.ipvScreens(), CaseFileWriter::ipvScreen);
        if (!file.checkIns().isEmpty()) {
            // Added with check-ins: written only when there are some, so older files stay as they were.
            array(root, "checkIns", file.checkIns(), CaseFileWriter::checkIn);
        }
        byte[] json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        byte[] out = new byte[json.length + 1];
        System.arraycopy(json, 0, out, 0, json.length);
        out[json.length] = '\n';
        return out;
    }

    private static void couple(ObjectNode n, Couple c) {
        n.put("reference", c.reference());
        n.put("intakeDate", date(c.intakeDate()));
        n.put("status", name(c.status()));
        array(n, "statusHistory", c.statusHistory(), CaseFileWriter::statusChange);
        n.put("closingSummary", c.closingSummary());
        if (c.counselor() == null) {
            n.putNull("counselor");
        } else {
            ObjectNode counselor = n.putObject("counselor");
            counselor.put("name", c.counselor().name());
            counselor.put("email", c.counselor().email());
        }
        ObjectNode partners = n.putObject("partners");
        partner(partners.putObject("A"), c.partners().a());
        partner(partners.putObject("B"), c.partners().b());
        if (c.context() == null) {
            n.putNull("context");
        } else {
            context(n.putObject("context"), c.context());
        }
        strings(n, "goals", c.goals(), Function.identity());
        n.put("secretsPolicy", name(c.secretsPolicy()));
        n.put("childrenInHousehold", c.childrenInHousehold());
        array(n, "referrals", c.referrals(), CaseFileWriter::referral);
    }

    private static void statusChange(ObjectNode n, StatusChange s) {
        n.put("status", name(s.status()));
        n.put("at", instant(s.at()));
        n.put("by", s.by());
        n.put("reason", s.reason());
    }

    private static void partner(ObjectNode n, Partner p) {
        n.put("firstName", p.firstName());
        n.put("lastName", p.lastName());
        n.put("pronouns", p.pronouns());
        n.put("email", p.email());
        n.put("phone", p.phone());
        SafeContact safe = p.safeContact();
        if (safe == null) {
            n.putNull("safeContact");
        } else {
            ObjectNode s = n.putObject("safeContact");
            s.put("email", safe.email());
            s.put("phone", safe.phone());
            s.put("note", safe.note());
        }
    }

    private static void context(ObjectNode n, Context c) {
        n.put("withdrawalOnset", name(c.withdrawalOnset()));
        n.put("pursuer", name(c.pursuer()));
        strings(n, "signs", c.signs(), Enum::name);
        strings(n, "stressors", c.stressors(), Enum::name);
        n.put("stressorOther", c.stressorOther());
        n.put("notes", c.notes());
    }

    private static void referral(ObjectNode n, Referral r) {
        n.put("type", name(r.type()));
        n.put("on", date(r.on()));
        n.put("to", r.to());
        n.put("notes", r.notes());
        n.put("firstSessionOn", date(r.firstSessionOn()));
    }

    private static void assignment(ObjectNode n, Assignment a) {
        n.put("stepKey", a.stepKey());
        n.put("title", a.title());
        n.put("purpose", a.purpose());
        n.put("instructions", a.instructions());
        strings(n, "examples", a.examples(), Function.identity());
        n.put("assignee", name(a.assignee()));
        n.put("assignedOn", date(a.assignedOn()));
        n.put("dueOn", date(a.dueOn()));
        if (a.series() == null) {
            n.putNull("series");
        } else {
            ObjectNode s = n.putObject("series");
            s.put("id", a.series().id());
            s.put("frequency", name(a.series().frequency()));
        }
        ObjectNode completion = n.putObject("completion");
        completion.put("A", name(a.completion().a()));
        completion.put("B", name(a.completion().b()));
        ObjectNode reflections = n.putObject("reflections");
        reflections.put("A", a.reflections().a());
        reflections.put("B", a.reflections().b());
        n.put("reviewedOn", date(a.reviewedOn()));
    }

    private static void session(ObjectNode n, Session s) {
        n.put("date", date(s.date()));
        n.put("startTime", time(s.startTime()));
        n.put("durationMinutes", s.durationMinutes());
        n.put("format", name(s.format()));
        n.put("attendance", name(s.attendance()));
        n.put("signed", s.signed());
        n.put("signedAt", instant(s.signedAt()));
        n.put("signedBy", s.signedBy());
        ObjectNode scores = n.putObject("scores");
        scores(scores, "A", s.scores().a());
        scores(scores, "B", s.scores().b());
        strings(n, "flags", s.flags(), Enum::name);
        strings(n, "pitfalls", s.pitfalls(), Enum::name);
        Note note = s.note();
        if (note == null) {
            n.putNull("note");
        } else {
            ObjectNode o = n.putObject("note");
            o.put("observations", note.observations());
            o.put("interventions", note.interventions());
            o.put("homeworkReview", note.homeworkReview());
            o.put("plan", note.plan());
        }
        ObjectNode privateNotes = n.putObject("privateNotes");
        privateNotes.put("A", s.privateNotes().a());
        privateNotes.put("B", s.privateNotes().b());
        array(n, "amendments", s.amendments(), CaseFileWriter::amendment);
        n.put("anchorsVersion", s.anchorsVersion());
        ObjectNode checks = n.putObject("remoteChecks");
        remoteCheck(checks, "A", s.remoteChecks().a());
        remoteCheck(checks, "B", s.remoteChecks().b());
        imported(n, s.imported());
    }

    private static void remoteCheck(ObjectNode parent, String partner, RemoteCheck c) {
        if (c == null) {
            parent.putNull(partner);
            return;
        }
        ObjectNode n = parent.putObject(partner);
        n.put("location", c.location());
        n.put("privacy", c.privacy());
    }

    /**
     * The import marker, written only when there is one: the two fields added after version 1 was
     * published are left out when they say nothing, so files without them stay as they were.
     */
    private static void imported(ObjectNode n, CaseFile.Imported imported) {
        if (imported != null) {
            ObjectNode o = n.putObject("imported");
            o.put("at", instant(imported.at()));
            o.put("by", imported.by());
        }
    }

    private static void scores(ObjectNode parent, String partner, Scores s) {
        if (s == null) {
            parent.putNull(partner);
            return;
        }
        ObjectNode n = parent.putObject(partner);
        n.put("emotionalSafety", s.emotionalSafety());
        n.put("reciprocalEffort", s.reciprocalEffort());
        n.put("clearCommunication", s.clearCommunication());
        n.put("csi4", s.csi4());
    }

    private static void amendment(ObjectNode n, Amendment a) {
        n.put("at", instant(a.at()));
        n.put("author", a.author());
        n.put("reason", a.reason());
        n.put("text", a.text());
        if (a.scope() != CaseFile.AmendmentScope.SHARED) {
            n.put("scope", name(a.scope()));
        }
        imported(n, a.imported());
    }

    private static void safetyReview(ObjectNode n, SafetyReview r) {
        n.put("date", date(r.date()));
        n.put("by", r.by());
        n.put("outcome", name(r.outcome()));
        n.put("referralMade", r.referralMade());
        n.put("safetyPlan", r.safetyPlan());
        n.put("signed", r.signed());
        n.put("coSignedBy", r.coSignedBy());
        n.put("coSignedAt", instant(r.coSignedAt()));
        imported(n, r.imported());
    }

    private static void consent(ObjectNode n, Consent c) {
        n.put("partner", name(c.partner()));
        n.put("on", date(c.on()));
        n.put("how", name(c.how()));
        n.put("textVersion", c.textVersion());
        n.put("recordedBy", c.recordedBy());
    }

    private static void ipvScreen(ObjectNode n, IpvScreen s) {
        n.put("partner", name(s.partner()));
        n.put("on", date(s.on()));
        n.put("by", s.by());
        ObjectNode hits = n.putObject("hits");
        s.hits().forEach((item, value) -> hits.put(item.name(), value));
        ObjectNode answers = n.putObject("answers");
        s.answers().forEach((question, value) -> answers.put(question.name(), value));
        n.put("conclusion", name(s.conclusion()));
        n.put("notes", s.notes());
    }

    private static void checkIn(ObjectNode n, CaseFile.CheckIn k) {
        n.put("partner", name(k.partner()));
        n.put("date", date(k.date()));
        n.put("submittedAt", instant(k.submittedAt()));
        n.put("updatedAt", instant(k.updatedAt()));
        n.put("anchorsVersion", k.anchorsVersion());
        Scores s = k.scores();
        ObjectNode scores = n.putObject("scores");
        scores.put("emotionalSafety", s.emotionalSafety());
        scores.put("reciprocalEffort", s.reciprocalEffort());
        scores.put("clearCommunication", s.clearCommunication());
        scores.put("csi4", s.csi4());
        n.put("feelsSafe", name(k.feelsSafe()));
        n.put("note", k.note());
        n.put("reviewedAt", instant(k.reviewedAt()));
        array(n, "homework", k.homework(), (o, step) -> {
            o.put("title", step.title());
            o.put("dueOn", date(step.dueOn()));
            o.put("completion", name(step.completion()));
            o.put("reflection", step.reflection());
        });
    }

    private static void report(ObjectNode n, Report r) {
        n.put("generatedAt", instant(r.generatedAt()));
        n.put("audience", name(r.audience()));
        n.put("ruleSet", r.ruleSet());
        n.put("recommendation", name(r.recommendation()));
        Decision d = r.decision();
        if (d == null) {
            n.putNull("decision");
        } else {
            ObjectNode o = n.putObject("decision");
            o.put("type", name(d.type()));
            o.put("finalRecommendation", name(d.finalRecommendation()));
            o.put("reason", d.reason());
            o.put("by", d.by());
            o.put("at", instant(d.at()));
            o.put("outcome", name(d.outcome()));
        }
    }

    private static <T> void array(ObjectNode parent, String name, List<T> items, BiConsumer<ObjectNode, T> item) {
        ArrayNode array = parent.putArray(name);
        for (T t : items) {
            item.accept(array.addObject(), t);
        }
    }

    private static <T> void strings(ObjectNode parent, String name, List<T> items, Function<T, String> text) {
        ArrayNode array = parent.putArray(name);
        for (T t : items) {
            array.add(text.apply(t));
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String time(LocalTime t) {
        return t == null ? null : TIME.format(t);
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
