package app.tandem.casefile;

import static app.tandem.casefile.Sentences.say;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile.Amendment;
import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Imported;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFile.SessionFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The schema of a case file's sessions (with their scores, notes, amendments and remote checks)
 * and safety reviews, built from the {@link Fields typed accessors}. Part of {@link CaseFileSchema}.
 */
final class SessionSchema extends Fields {

    SessionSchema(List<String> errors) {
        super(errors);
    }

    Session session(JsonNode n, String path) {
        LocalDate date = date(n, "date", path, true);
        LocalTime startTime = time(n, "startTime", path, false);
        Integer duration = integer(
                n,
                "durationMinutes",
                path,
                false,
                FieldLimits.SESSION_MINUTES.min(),
                FieldLimits.SESSION_MINUTES.max());
        SessionFormat format = enumValue(n, "format", path, false, SessionFormat.class);
        Attendance attendance = enumValue(n, "attendance", path, true, Attendance.class);
        Boolean signed = bool(n, "signed", path, true);
        Instant signedAt = instant(n, "signedAt", path, false);
        String signedBy = string(n, "signedBy", path, false);
        PerPartner<Scores> scores = perPartner(n, "scores", path, this::scores);
        checkScoresAttended(scores, attendance, at(path, "scores"));
        List<Flag> flags = enums(n, "flags", path, Flag.class);
        List<Pitfall> pitfalls = enums(n, "pitfalls", path, Pitfall.class);
        Note note = note(n, path);
        PerPartner<String> privateNotes = perPartner(n, "privateNotes", path, this::stringOf);
        List<Amendment> amendments = list(
                n,
                "amendments",
                path,
                (e, p) -> new Amendment(
                        instant(e, "at", p, true), string(e, "author", p, true),
                        string(e, "reason", p, true), string(e, "text", p, true),
                        enumValue(e, "scope", p, false, AmendmentScope.class), imported(e, p)));
        Integer anchors = integer(n, "anchorsVersion", path, false, 1, CaseFileReader.ANCHORS_VERSION_MAX);
        PerPartner<RemoteCheck> checks = perPartner(n, "remoteChecks", path, this::remoteCheck);
        checkRemoteChecks(checks, format, attendance, at(path, "remoteChecks"));
        return new Session(
                date,
                startTime,
                duration,
                format,
                attendance,
                signed != null && signed,
                signedAt,
                signedBy,
                scores,
                flags,
                pitfalls,
                note,
                privateNotes,
                amendments,
                anchors == null ? Session.FIRST_ANCHORS_VERSION : anchors,
                checks,
                imported(n, path));
    }

    /** Scores belong only to a partner who attended. */
    private void checkScoresAttended(PerPartner<Scores> scores, Attendance attendance, String path) {
        if (attendance == null) {
            return;
        }
        for (PartnerId partner : PartnerId.values()) {
            if (scores.get(partner) != null && !attendance.present(partner)) {
                error(
                        at(path, partner.name()),
                        attendance == Attendance.NONE
                                ? say("scoresNoneAttended")
                                : say("scoresAbsent", "partner", partner, "attendance", attendance));
            }
        }
    }

    private Note note(JsonNode session, String path) {
        JsonNode n = object(session, "note", path, false);
        String np = at(path, "note");
        return n == null
                ? null
                : new Note(
                        string(n, "observations", np, false),
                        string(n, "interventions", np, false),
                        string(n, "homeworkReview", np, false),
                        string(n, "plan", np, false));
    }

    RemoteCheck remoteCheck(JsonNode n, String path) {
        if (!n.isObject()) {
            error(path, say("expectedRemoteCheck", "kind", kind(n)));
            return null;
        }
        Boolean location = bool(n, "location", path, true);
        Boolean privacy = bool(n, "privacy", path, true);
        return location == null || privacy == null ? null : new RemoteCheck(location, privacy);
    }

    /** Checks belong to video and phone sessions, and only to a partner who attended. */
    private void checkRemoteChecks(
            PerPartner<RemoteCheck> checks, SessionFormat format, Attendance attendance, String path) {
        for (PartnerId partner : PartnerId.values()) {
            if (checks.get(partner) == null) {
                continue;
            }
            if (format == null || !format.remote()) {
                error(at(path, partner.name()), say("remoteCheckInPerson"));
            } else if (attendance != null && !attendance.present(partner)) {
                error(at(path, partner.name()), say("remoteCheckAbsent", "partner", partner, "attendance", attendance));
            }
        }
    }

    /** The optional {@code imported} marker: who brought the record into a Tandem, and when. */
    Imported imported(JsonNode parent, String path) {
        JsonNode n = object(parent, "imported", path, false);
        if (n == null) {
            return null;
        }
        String p = at(path, "imported");
        return new Imported(instant(n, "at", p, true), string(n, "by", p, true));
    }

    Scores scores(JsonNode n, String path) {
        if (!n.isObject()) {
            error(path, say("expectedScores", "kind", kind(n)));
            return null;
        }
        return new Scores(
                integer(n, "emotionalSafety", path, false, 0, CaseFileReader.METRIC_MAX),
                integer(n, "reciprocalEffort", path, false, 0, CaseFileReader.METRIC_MAX),
                integer(n, "clearCommunication", path, false, 0, CaseFileReader.METRIC_MAX),
                integer(n, "csi4", path, false, 0, CaseFileReader.CSI4_MAX));
    }

    SafetyReview safetyReview(JsonNode n, String path) {
        Boolean signed = bool(n, "signed", path, true);
        String coSignedBy = string(n, "coSignedBy", path, false);
        Instant coSignedAt = instant(n, "coSignedAt", path, false);
        if (n.hasNonNull("coSignedBy") != n.hasNonNull("coSignedAt")) {
            error(at(path, n.hasNonNull("coSignedBy") ? "coSignedAt" : "coSignedBy"), say("coSignature"));
        }
        return new SafetyReview(
                date(n, "date", path, true),
                string(n, "by", path, false),
                enumValue(n, "outcome", path, true, SafetyOutcome.class),
                string(n, "referralMade", path, false),
                string(n, "safetyPlan", path, false),
                signed != null && signed,
                coSignedBy,
                coSignedAt,
                imported(n, path));
    }
}
