package app.tandem.casefile;

import static app.tandem.casefile.Sentences.say;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Consent;
import app.tandem.casefile.CaseFile.ConsentMethod;
import app.tandem.casefile.CaseFile.Context;
import app.tandem.casefile.CaseFile.Counselor;
import app.tandem.casefile.CaseFile.Couple;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Decision;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.IpvScreen;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.Report;
import app.tandem.casefile.CaseFile.SafeContact;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.Series;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.StatusChange;
import app.tandem.casefile.CaseFile.Stressor;
import app.tandem.casefile.CaseFile.WithdrawalOnset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The schema of a case file ({@code docs/CASE-FILE.md}): which fields each part has, which are
 * required, their ranges and the rules between fields, written with the {@link Fields typed
 * accessors}. Sessions and safety reviews are in {@link SessionSchema}. One instance reads one
 * file and collects every problem in {@link #errors}.
 */
final class CaseFileSchema extends Fields {

    private final SessionSchema sessions;

    CaseFileSchema() {
        super(new ArrayList<>());
        this.sessions = new SessionSchema(errors);
    }

    /** The case file, or null when there was any problem (then {@link #errors} says which). */
    CaseFile caseFile(JsonNode root) {
        if (!root.isObject()) {
            error("", say("rootNotObject", "kind", kind(root)));
            return null;
        }
        Integer version = integer(root, "formatVersion", "", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (version != null && version != CaseFile.FORMAT_VERSION) {
            // Another version may lay out everything differently: one clear message, nothing else.
            errors.clear();
            error("formatVersion", say("version", "version", version, "supported", CaseFile.FORMAT_VERSION));
            return null;
        }
        String format = string(root, "format", "", true);
        if (format != null && !format.equals(CaseFile.FORMAT)) {
            error("format", say("format", "value", quote(format), "expected", quote(CaseFile.FORMAT)));
        }
        Instant exportedAt = instant(root, "exportedAt", "", true);
        JsonNode coupleNode = object(root, "couple", "", true);
        Couple couple = coupleNode == null ? null : couple(coupleNode, "couple");
        List<Assignment> homework = list(root, "homework", "", this::assignment);
        List<Session> sessionList = list(root, "sessions", "", sessions::session);
        List<SafetyReview> reviews = list(root, "safetyReviews", "", sessions::safetyReview);
        List<Report> reports = list(root, "reports", "", this::report);
        List<Consent> consents = list(root, "consents", "", this::consent);
        List<IpvScreen> screens = list(root, "ipvScreens", "", this::ipvScreen);
        List<CaseFile.CheckIn> checkIns = list(root, "checkIns", "", this::checkIn);
        checkCheckInSteps(checkIns, homework);
        if (!errors.isEmpty() || couple == null || version == null) {
            return null;
        }
        return new CaseFile(
                format,
                version,
                exportedAt,
                couple,
                homework,
                sessionList,
                reviews,
                reports,
                consents,
                screens,
                checkIns);
    }

    private Couple couple(JsonNode n, String path) {
        String reference = string(n, "reference", path, true);
        LocalDate intakeDate = date(n, "intakeDate", path, true);
        CoupleStatus status = enumValue(n, "status", path, true, CoupleStatus.class);
        List<StatusChange> history = list(
                n,
                "statusHistory",
                path,
                (e, p) -> new StatusChange(
                        enumValue(e, "status", p, true, CoupleStatus.class),
                        instant(e, "at", p, true),
                        string(e, "by", p, false),
                        string(e, "reason", p, false)));
        String closingSummary = string(n, "closingSummary", path, false);
        JsonNode counselorNode = object(n, "counselor", path, false);
        Counselor counselor = counselorNode == null
                ? null
                : new Counselor(
                        string(counselorNode, "name", at(path, "counselor"), true),
                        string(counselorNode, "email", at(path, "counselor"), false));
        PerPartner<Partner> partners = partners(n, at(path, "partners"));
        JsonNode contextNode = object(n, "context", path, false);
        Context context = contextNode == null ? null : context(contextNode, at(path, "context"));
        List<String> goals = strings(n, "goals", path);
        SecretsPolicy policy = enumValue(n, "secretsPolicy", path, false, SecretsPolicy.class);
        Integer children =
                integer(n, "childrenInHousehold", path, false, FieldLimits.CHILDREN.min(), FieldLimits.CHILDREN.max());
        List<Referral> referrals = list(n, "referrals", path, this::referral);
        return new Couple(
                reference,
                intakeDate,
                status,
                history,
                closingSummary,
                counselor,
                partners,
                context,
                goals,
                policy,
                children,
                referrals);
    }

    /** A referral; {@code firstSessionOn} is optional (files before it existed have none). */
    private Referral referral(JsonNode n, String path) {
        ReferralType type = enumValue(n, "type", path, true, ReferralType.class);
        LocalDate on = date(n, "on", path, true);
        String to = string(n, "to", path, false);
        String notes = string(n, "notes", path, false);
        LocalDate firstSession = date(n, "firstSessionOn", path, false);
        if (on != null && firstSession != null && firstSession.isBefore(on)) {
            error(
                    at(path, "firstSessionOn"),
                    say("firstSessionBeforeReferral", "firstSession", firstSession, "on", on));
        }
        return new Referral(type, on, to, notes, firstSession);
    }

    private PerPartner<Partner> partners(JsonNode couple, String path) {
        JsonNode n = couple.get("partners");
        if (n == null || n.isNull()) {
            error(path, say("partnersRequired"));
            return null;
        }
        if (!n.isObject()) {
            error(path, say("expectedPartners", "kind", kind(n)));
            return null;
        }
        checkPartnerKeys(n, path);
        Partner a = partner(n, "A", path);
        Partner b = partner(n, "B", path);
        return new PerPartner<>(a, b);
    }

    private Partner partner(JsonNode partners, String key, String path) {
        JsonNode n = object(partners, key, path, true);
        if (n == null) {
            return null;
        }
        String p = at(path, key);
        JsonNode safeNode = object(n, "safeContact", p, false);
        SafeContact safe = null;
        if (safeNode != null) {
            String sp = at(p, "safeContact");
            Boolean email = bool(safeNode, "email", sp, true);
            Boolean phone = bool(safeNode, "phone", sp, true);
            String note = string(safeNode, "note", sp, false);
            safe = email == null || phone == null ? null : new SafeContact(email, phone, note);
        }
        return new Partner(
                string(n, "firstName", p, true),
                string(n, "lastName", p, true),
                string(n, "pronouns", p, false),
                string(n, "email", p, false),
                string(n, "phone", p, false),
                safe);
    }

    private Context context(JsonNode n, String path) {
        return new Context(
                enumValue(n, "withdrawalOnset", path, false, WithdrawalOnset.class),
                enumValue(n, "pursuer", path, false, Pursuer.class),
                enums(n, "signs", path, Sign.class),
                enums(n, "stressors", path, Stressor.class),
                string(n, "stressorOther", path, false),
                string(n, "notes", path, false));
    }

    private Assignment assignment(JsonNode n, String path) {
        String stepKey = string(n, "stepKey", path, true);
        String title = string(n, "title", path, true);
        String purpose = string(n, "purpose", path, false);
        String instructions = string(n, "instructions", path, false);
        List<String> examples = strings(n, "examples", path);
        Assignee assignee = enumValue(n, "assignee", path, true, Assignee.class);
        LocalDate assignedOn = date(n, "assignedOn", path, true);
        LocalDate dueOn = date(n, "dueOn", path, true);
        JsonNode seriesNode = object(n, "series", path, false);
        Series series = seriesNode == null
                ? null
                : new Series(
                        string(seriesNode, "id", at(path, "series"), true),
                        enumValue(seriesNode, "frequency", at(path, "series"), true, Frequency.class));
        PerPartner<Completion> completion = perPartner(n, "completion", path, (e, p) -> enumOf(e, p, Completion.class));
        PerPartner<String> reflections = perPartner(n, "reflections", path, this::stringOf);
        LocalDate reviewedOn = date(n, "reviewedOn", path, false);
        return new Assignment(
                stepKey,
                title,
                purpose,
                instructions,
                examples,
                assignee,
                assignedOn,
                dueOn,
                series,
                completion,
                reflections,
                reviewedOn);
    }

    /** A check-in (added with check-ins; older files have none). */
    private CaseFile.CheckIn checkIn(JsonNode n, String path) {
        PartnerId partner = enumValue(n, "partner", path, true, PartnerId.class);
        LocalDate date = date(n, "date", path, true);
        Instant submittedAt = instant(n, "submittedAt", path, true);
        Instant updatedAt = instant(n, "updatedAt", path, false);
        Integer anchors = integer(n, "anchorsVersion", path, false, 1, CaseFileReader.ANCHORS_VERSION_MAX);
        JsonNode scoresNode = object(n, "scores", path, false);
        Scores scores = scoresNode == null
                ? new Scores(null, null, null, null)
                : sessions.scores(scoresNode, at(path, "scores"));
        CaseFile.FeelsSafe safe = enumValue(n, "feelsSafe", path, true, CaseFile.FeelsSafe.class);
        String note = string(n, "note", path, false);
        Instant reviewedAt = instant(n, "reviewedAt", path, false);
        List<CaseFile.CheckInStep> steps = list(
                n,
                "homework",
                path,
                (e, p) -> new CaseFile.CheckInStep(
                        string(e, "title", p, true), date(e, "dueOn", p, true),
                        enumValue(e, "completion", p, true, Completion.class), string(e, "reflection", p, false)));
        if (partner == null || date == null || submittedAt == null || safe == null || scores == null) {
            return null;
        }
        return new CaseFile.CheckIn(
                partner,
                date,
                submittedAt,
                updatedAt == null ? submittedAt : updatedAt,
                anchors == null ? Session.FIRST_ANCHORS_VERSION : anchors,
                scores,
                safe,
                note,
                reviewedAt,
                steps);
    }

    /** A step a check-in names is a homework item of the file for that partner (same title and due date). */
    private void checkCheckInSteps(List<CaseFile.CheckIn> checkIns, List<Assignment> homework) {
        for (int i = 0; i < checkIns.size(); i++) {
            CaseFile.CheckIn k = checkIns.get(i);
            for (int j = 0; j < k.homework().size(); j++) {
                CaseFile.CheckInStep step = k.homework().get(j);
                boolean found = homework.stream()
                        .anyMatch(a -> a.isFor(k.partner())
                                && Objects.equals(a.title(), step.title())
                                && Objects.equals(a.dueOn(), step.dueOn()));
                if (!found) {
                    error(
                            "checkIns[" + i + "].homework[" + j + "]",
                            say(
                                    "checkInStep",
                                    "partner",
                                    k.partner(),
                                    "title",
                                    quote(String.valueOf(step.title())),
                                    "due",
                                    step.dueOn()));
                }
            }
        }
    }

    private Consent consent(JsonNode n, String path) {
        Integer textVersion = integer(n, "textVersion", path, true, 1, Integer.MAX_VALUE);
        Consent c = new Consent(
                enumValue(n, "partner", path, true, PartnerId.class),
                date(n, "on", path, true),
                enumValue(n, "how", path, true, ConsentMethod.class),
                textVersion == null ? 0 : textVersion,
                string(n, "recordedBy", path, false));
        return textVersion == null ? null : c;
    }

    private IpvScreen ipvScreen(JsonNode n, String path) {
        PartnerId partner = enumValue(n, "partner", path, true, PartnerId.class);
        LocalDate on = date(n, "on", path, true);
        String by = string(n, "by", path, false);
        Map<HitsItem, Integer> hits = keyed(n, "hits", path, HitsItem.class, (e, p) -> {
            Integer v = e.isIntegralNumber() && e.canConvertToInt() ? e.intValue() : null;
            if (v == null || v < CaseFileReader.HITS_MIN || v > CaseFileReader.HITS_MAX) {
                error(p, say("hits", "min", CaseFileReader.HITS_MIN, "max", CaseFileReader.HITS_MAX, "kind", kind(e)));
                return null;
            }
            return v;
        });
        Map<ScreenQuestion, Boolean> answers = keyed(n, "answers", path, ScreenQuestion.class, (e, p) -> {
            if (!e.isBoolean()) {
                error(p, say("expectedBoolean", "kind", kind(e)));
                return null;
            }
            return e.booleanValue();
        });
        ScreenConclusion conclusion = enumValue(n, "conclusion", path, true, ScreenConclusion.class);
        return new IpvScreen(partner, on, by, hits, answers, conclusion, string(n, "notes", path, false));
    }

    private Report report(JsonNode n, String path) {
        Instant generatedAt = instant(n, "generatedAt", path, true);
        Audience audience = enumValue(n, "audience", path, true, Audience.class);
        String ruleSet = string(n, "ruleSet", path, true);
        Recommendation recommendation = enumValue(n, "recommendation", path, true, Recommendation.class);
        JsonNode d = object(n, "decision", path, false);
        Decision decision = d == null ? null : decision(d, at(path, "decision"), recommendation);
        return new Report(generatedAt, audience, ruleSet, recommendation, decision);
    }

    /** The counselor's decision on a report: an override or another outcome needs a reason, and only an override changes the recommendation. */
    private Decision decision(JsonNode d, String dp, Recommendation recommendation) {
        DecisionType type = enumValue(d, "type", dp, true, DecisionType.class);
        Recommendation fin =
                enumValue(d, "finalRecommendation", dp, type == DecisionType.OVERRIDE, Recommendation.class);
        String reason = string(d, "reason", dp, false);
        DecisionOutcome outcome = enumValue(d, "outcome", dp, type == DecisionType.OUTCOME, DecisionOutcome.class);
        if (type != null && type != DecisionType.ACCEPT && (reason == null || reason.isBlank())) {
            error(at(dp, "reason"), say(type == DecisionType.OVERRIDE ? "overrideReason" : "outcomeReason"));
        }
        if (type != null
                && type != DecisionType.OVERRIDE
                && fin != null
                && recommendation != null
                && fin != recommendation) {
            error(
                    at(dp, "finalRecommendation"),
                    say(
                            type == DecisionType.ACCEPT ? "finalAccepted" : "finalOutcome",
                            "final",
                            fin,
                            "recommendation",
                            recommendation));
        }
        if (outcome != null && type != DecisionType.OUTCOME) {
            error(at(dp, "outcome"), say("outcomeOnlyOutcome"));
        }
        return new Decision(type, fin, reason, string(d, "by", dp, true), instant(d, "at", dp, true), outcome);
    }
}
