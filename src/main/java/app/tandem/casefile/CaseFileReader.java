package app.tandem.casefile;

import app.tandem.casefile.CaseFile.Amendment;
import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Attendance;
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
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.CaseFile.Imported;
import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.IpvScreen;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.Report;
import app.tandem.casefile.CaseFile.SafeContact;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.Series;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.StatusChange;
import app.tandem.casefile.CaseFile.Stressor;
import app.tandem.casefile.CaseFile.WithdrawalOnset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a case file (the JSON of {@code CASE-FILE.md}) into a {@link CaseFile}. The file is
 * parsed into a tree under strict limits (size, nesting, string length, duplicate keys), then
 * validated by hand so that every error is collected and reported with its JSON path, not
 * only the first. Unknown fields are ignored. Reading is all or nothing: either a complete
 * {@code CaseFile} or a {@link CaseFileException}.
 */
public final class CaseFileReader {

    /** Files larger than this (10 MB) are refused without parsing. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Objects and arrays nested deeper than this are refused. */
    public static final int MAX_NESTING = 64;
    /** Strings longer than this are refused. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** Range of the three metrics. */
    public static final int METRIC_MAX = 10;
    /** Range of the CSI-4. */
    public static final int CSI4_MAX = 21;
    /** Longest plausible session, in minutes. */
    public static final int DURATION_MAX_MINUTES = 24 * 60;
    /** Most children in a household this format accepts. */
    public static final int CHILDREN_MAX = 30;
    /** Highest score-anchors version a file may name (an import checks it is one this Tandem has). */
    public static final int ANCHORS_VERSION_MAX = 99;
    /** Range of each HITS item: 1 never, 2 rarely, 3 sometimes, 4 fairly often, 5 frequently. */
    public static final int HITS_MIN = 1;
    /** See {@link #HITS_MIN}. */
    public static final int HITS_MAX = 5;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_STRING_LENGTH)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CaseFileReader() {
    }

    /** Reads the file at {@code file}. */
    public static CaseFile read(Path file) throws IOException, CaseFileException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads everything from {@code in} (at most 10 MB; more is refused unread). */
    public static CaseFile read(InputStream in) throws IOException, CaseFileException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        return read(bytes);
    }

    /** Reads a case file from its bytes (UTF-8 JSON). */
    public static CaseFile read(byte[] bytes) throws CaseFileException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        JsonNode root = parse(bytes);
        Validation v = new Validation();
        CaseFile file = v.caseFile(root);
        if (!v.errors.isEmpty()) {
            throw new CaseFileException(v.errors);
        }
        return file;
    }

    private static CaseFileException tooLarge(long size) {
        return new CaseFileException(List.of("$: the file is " + size
                + " bytes; case files over 10 MB (" + MAX_BYTES + " bytes) are refused"));
    }

    private static JsonNode parse(byte[] bytes) throws CaseFileException {
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(bytes);
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new CaseFileException(List.of("$: the file is empty"));
            }
            if (parser.nextToken() != null) {
                throw new CaseFileException(List.of("$: there is more after the end of the JSON document"
                        + where(parser.currentTokenLocation())));
            }
            return root;
        } catch (JacksonException e) {
            String path = parser == null ? "$" : shorten(pathOf(parser.streamReadContext()));
            throw new CaseFileException(List.of(path + ": " + describe(e)));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String where = where(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "objects and lists are nested deeper than " + MAX_NESTING + " levels" + where;
            }
            if (original.contains("String value length") || original.contains("Name length")) {
                return "a text is longer than " + String.format("%,d", MAX_STRING_LENGTH) + " characters" + where;
            }
            if (original.contains("Document length")) {
                return "the file is over 10 MB" + where;
            }
            return "the file exceeds a reading limit: " + firstLine(original) + where;
        }
        if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
            return "this key appears twice in the same object" + where;
        }
        if (original.startsWith("Trailing token")) {
            return "there is more after the end of the JSON document" + where;
        }
        if (e instanceof UnexpectedEndOfInputException || original.contains("end-of-input")) {
            return "the file ends before the JSON is complete (is it truncated?)" + where;
        }
        // The parser's own wording ("Unexpected character ('`' (code 96))…") is for developers.
        return "this is not valid JSON" + (where.isEmpty() ? "" : where) + ": check the file is a Tandem case file, saved unchanged";
    }

    /** Very deep paths (from deep nesting) are cut: the start says where, the rest is noise. */
    private static String shorten(String path) {
        return path.length() <= 80 ? path : path.substring(0, 80) + "…";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The path of the parser's position, as {@code a.b[3].c}, or {@code $} at the root. */
    static String pathOf(TokenStreamContext context) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder();
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                if (c.getCurrentIndex() >= 0) {
                    sb.append('[').append(c.getCurrentIndex()).append(']');
                }
            } else if (c.currentName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(c.currentName());
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }

    /** Walks the tree, building records and collecting every error. */
    private static final class Validation {
        final List<String> errors = new ArrayList<>();

        void error(String path, String sentence) {
            errors.add((path.isEmpty() ? "$" : path) + ": " + sentence);
        }

        static String at(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        static String at(String path, int index) {
            return path + "[" + index + "]";
        }

        CaseFile caseFile(JsonNode root) {
            if (!root.isObject()) {
                error("", "a case file is a JSON object, but this is " + kind(root));
                return null;
            }
            Integer version = integer(root, "formatVersion", "", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (version != null && version != CaseFile.FORMAT_VERSION) {
                // Another version may lay out everything differently: one clear message, nothing else.
                errors.clear();
                error("formatVersion", "version " + version + " is not supported; this Tandem reads case files of version "
                        + CaseFile.FORMAT_VERSION);
                return null;
            }
            String format = string(root, "format", "", true);
            if (format != null && !format.equals(CaseFile.FORMAT)) {
                error("format", quote(format) + " is not a Tandem case file (expected "
                        + quote(CaseFile.FORMAT) + ")");
            }
            Instant exportedAt = instant(root, "exportedAt", "", true);
            JsonNode coupleNode = object(root, "couple", "", true);
            Couple couple = coupleNode == null ? null : couple(coupleNode, "couple");
            List<Assignment> homework = list(root, "homework", "", this::assignment);
            List<Session> sessions = list(root, "sessions", "", this::session);
            List<SafetyReview> reviews = list(root, "safetyReviews", "", this::safetyReview);
            List<Report> reports = list(root, "reports", "", this::report);
            List<Consent> consents = list(root, "consents", "", this::consent);
            List<IpvScreen> screens = list(root, "ipvScreens", "", this::ipvScreen);
            List<CaseFile.CheckIn> checkIns = list(root, "checkIns", "", this::checkIn);
            checkCheckInSteps(checkIns, homework);
            if (!errors.isEmpty() || couple == null || version == null) {
                return null;
            }
            return new CaseFile(format, version, exportedAt, couple, homework, sessions, reviews, reports, consents,
                    screens, checkIns);
        }

        Couple couple(JsonNode n, String path) {
            String reference = string(n, "reference", path, true);
            LocalDate intakeDate = date(n, "intakeDate", path, true);
            CoupleStatus status = enumValue(n, "status", path, true, CoupleStatus.class);
            List<StatusChange> history = list(n, "statusHistory", path, (e, p) -> new StatusChange(
                    enumValue(e, "status", p, true, CoupleStatus.class),
                    instant(e, "at", p, true),
                    string(e, "by", p, false),
                    string(e, "reason", p, false)));
            String closingSummary = string(n, "closingSummary", path, false);
            JsonNode counselorNode = object(n, "counselor", path, false);
            Counselor counselor = counselorNode == null ? null : new Counselor(
                    string(counselorNode, "name", at(path, "counselor"), true),
                    string(counselorNode, "email", at(path, "counselor"), false));
            PerPartner<Partner> partners = partners(n, at(path, "partners"));
            JsonNode contextNode = object(n, "context", path, false);
            Context context = contextNode == null ? null : context(contextNode, at(path, "context"));
            List<String> goals = strings(n, "goals", path);
            SecretsPolicy policy = enumValue(n, "secretsPolicy", path, false, SecretsPolicy.class);
            Integer children = integer(n, "childrenInHousehold", path, false, 0, CHILDREN_MAX);
            List<Referral> referrals = list(n, "referrals", path, this::referral);
            return new Couple(reference, intakeDate, status, history, closingSummary, counselor, partners,
                    context, goals, policy, children, referrals);
        }

        /** A referral; {@code firstSessionOn} is optional (files before it existed have none). */
        Referral referral(JsonNode n, String path) {
            ReferralType type = enumValue(n, "type", path, true, ReferralType.class);
            LocalDate on = date(n, "on", path, true);
            String to = string(n, "to", path, false);
            String notes = string(n, "notes", path, false);
            LocalDate firstSession = date(n, "firstSessionOn", path, false);
            if (on != null && firstSession != null && firstSession.isBefore(on)) {
                error(at(path, "firstSessionOn"), firstSession + " is before the referral itself (" + on + ")");
            }
            return new Referral(type, on, to, notes, firstSession);
        }

        PerPartner<Partner> partners(JsonNode couple, String path) {
            JsonNode n = couple.get("partners");
            if (n == null || n.isNull()) {
                error(path, "is required (partners A and B)");
                return null;
            }
            if (!n.isObject()) {
                error(path, "expected an object with partners A and B, found " + kind(n));
                return null;
            }
            checkPartnerKeys(n, path);
            Partner a = partner(n, "A", path);
            Partner b = partner(n, "B", path);
            return new PerPartner<>(a, b);
        }

        Partner partner(JsonNode partners, String key, String path) {
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
            return new Partner(string(n, "firstName", p, true), string(n, "lastName", p, true),
                    string(n, "pronouns", p, false), string(n, "email", p, false),
                    string(n, "phone", p, false), safe);
        }

        Context context(JsonNode n, String path) {
            return new Context(
                    enumValue(n, "withdrawalOnset", path, false, WithdrawalOnset.class),
                    enumValue(n, "pursuer", path, false, Pursuer.class),
                    enums(n, "signs", path, Sign.class),
                    enums(n, "stressors", path, Stressor.class),
                    string(n, "stressorOther", path, false),
                    string(n, "notes", path, false));
        }

        Assignment assignment(JsonNode n, String path) {
            String stepKey = string(n, "stepKey", path, true);
            String title = string(n, "title", path, true);
            String purpose = string(n, "purpose", path, false);
            String instructions = string(n, "instructions", path, false);
            List<String> examples = strings(n, "examples", path);
            Assignee assignee = enumValue(n, "assignee", path, true, Assignee.class);
            LocalDate assignedOn = date(n, "assignedOn", path, true);
            LocalDate dueOn = date(n, "dueOn", path, true);
            JsonNode seriesNode = object(n, "series", path, false);
            Series series = seriesNode == null ? null : new Series(
                    string(seriesNode, "id", at(path, "series"), true),
                    enumValue(seriesNode, "frequency", at(path, "series"), true, Frequency.class));
            PerPartner<Completion> completion = perPartner(n, "completion", path,
                    (e, p) -> enumOf(e, p, Completion.class));
            PerPartner<String> reflections = perPartner(n, "reflections", path, this::stringOf);
            LocalDate reviewedOn = date(n, "reviewedOn", path, false);
            return new Assignment(stepKey, title, purpose, instructions, examples, assignee, assignedOn, dueOn,
                    series, completion, reflections, reviewedOn);
        }

        Session session(JsonNode n, String path) {
            LocalDate date = date(n, "date", path, true);
            LocalTime startTime = time(n, "startTime", path, false);
            Integer duration = integer(n, "durationMinutes", path, false, 1, DURATION_MAX_MINUTES);
            SessionFormat format = enumValue(n, "format", path, false, SessionFormat.class);
            Attendance attendance = enumValue(n, "attendance", path, true, Attendance.class);
            Boolean signed = bool(n, "signed", path, true);
            Instant signedAt = instant(n, "signedAt", path, false);
            String signedBy = string(n, "signedBy", path, false);
            PerPartner<Scores> scores = perPartner(n, "scores", path, this::scores);
            if (attendance != null) {
                for (PartnerId partner : PartnerId.values()) {
                    if (scores.get(partner) != null && !attendance.present(partner)) {
                        error(at(at(path, "scores"), partner.name()), attendance == Attendance.NONE
                                ? "no partner attended (attendance NONE), so there can be no scores"
                                : "partner " + partner + " was absent (attendance " + attendance
                                        + "), so there can be no scores for them");
                    }
                }
            }
            List<Flag> flags = enums(n, "flags", path, Flag.class);
            List<Pitfall> pitfalls = enums(n, "pitfalls", path, Pitfall.class);
            JsonNode noteNode = object(n, "note", path, false);
            String np = at(path, "note");
            Note note = noteNode == null ? null : new Note(string(noteNode, "observations", np, false),
                    string(noteNode, "interventions", np, false), string(noteNode, "homeworkReview", np, false),
                    string(noteNode, "plan", np, false));
            PerPartner<String> privateNotes = perPartner(n, "privateNotes", path, this::stringOf);
            List<Amendment> amendments = list(n, "amendments", path, (e, p) -> new Amendment(
                    instant(e, "at", p, true), string(e, "author", p, true),
                    string(e, "reason", p, true), string(e, "text", p, true),
                    enumValue(e, "scope", p, false, AmendmentScope.class), imported(e, p)));
            Integer anchors = integer(n, "anchorsVersion", path, false, 1, ANCHORS_VERSION_MAX);
            PerPartner<RemoteCheck> checks = perPartner(n, "remoteChecks", path, this::remoteCheck);
            checkRemoteChecks(checks, format, attendance, at(path, "remoteChecks"));
            return new Session(date, startTime, duration, format, attendance, signed != null && signed, signedAt,
                    signedBy, scores, flags, pitfalls, note, privateNotes, amendments,
                    anchors == null ? Session.FIRST_ANCHORS_VERSION : anchors, checks, imported(n, path));
        }

        RemoteCheck remoteCheck(JsonNode n, String path) {
            if (!n.isObject()) {
                error(path, "expected an object with location and privacy, found " + kind(n));
                return null;
            }
            Boolean location = bool(n, "location", path, true);
            Boolean privacy = bool(n, "privacy", path, true);
            return location == null || privacy == null ? null : new RemoteCheck(location, privacy);
        }

        /** Checks belong to video and phone sessions, and only to a partner who attended. */
        void checkRemoteChecks(PerPartner<RemoteCheck> checks, SessionFormat format, Attendance attendance, String path) {
            for (PartnerId partner : PartnerId.values()) {
                if (checks.get(partner) == null) {
                    continue;
                }
                if (format == null || !format.remote()) {
                    error(at(path, partner.name()), "location and privacy are checked only for a VIDEO or PHONE session");
                } else if (attendance != null && !attendance.present(partner)) {
                    error(at(path, partner.name()), "partner " + partner + " was absent (attendance " + attendance
                            + "), so nothing was checked for them");
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
                error(path, "expected an object of scores, found " + kind(n));
                return null;
            }
            return new Scores(
                    integer(n, "emotionalSafety", path, false, 0, METRIC_MAX),
                    integer(n, "reciprocalEffort", path, false, 0, METRIC_MAX),
                    integer(n, "clearCommunication", path, false, 0, METRIC_MAX),
                    integer(n, "csi4", path, false, 0, CSI4_MAX));
        }

        SafetyReview safetyReview(JsonNode n, String path) {
            Boolean signed = bool(n, "signed", path, true);
            String coSignedBy = string(n, "coSignedBy", path, false);
            Instant coSignedAt = instant(n, "coSignedAt", path, false);
            if (n.hasNonNull("coSignedBy") != n.hasNonNull("coSignedAt")) {
                error(at(path, n.hasNonNull("coSignedBy") ? "coSignedAt" : "coSignedBy"),
                        "a co-signature needs both who co-signed (coSignedBy) and when (coSignedAt)");
            }
            return new SafetyReview(date(n, "date", path, true), string(n, "by", path, false),
                    enumValue(n, "outcome", path, true, SafetyOutcome.class),
                    string(n, "referralMade", path, false), string(n, "safetyPlan", path, false),
                    signed != null && signed, coSignedBy, coSignedAt, imported(n, path));
        }

        /** A check-in (added with check-ins; older files have none). */
        CaseFile.CheckIn checkIn(JsonNode n, String path) {
            PartnerId partner = enumValue(n, "partner", path, true, PartnerId.class);
            LocalDate date = date(n, "date", path, true);
            Instant submittedAt = instant(n, "submittedAt", path, true);
            Instant updatedAt = instant(n, "updatedAt", path, false);
            Integer anchors = integer(n, "anchorsVersion", path, false, 1, ANCHORS_VERSION_MAX);
            JsonNode scoresNode = object(n, "scores", path, false);
            Scores scores = scoresNode == null ? new Scores(null, null, null, null) : scores(scoresNode, at(path, "scores"));
            CaseFile.FeelsSafe safe = enumValue(n, "feelsSafe", path, true, CaseFile.FeelsSafe.class);
            String note = string(n, "note", path, false);
            Instant reviewedAt = instant(n, "reviewedAt", path, false);
            List<CaseFile.CheckInStep> steps = list(n, "homework", path, (e, p) -> new CaseFile.CheckInStep(
                    string(e, "title", p, true), date(e, "dueOn", p, true),
                    enumValue(e, "completion", p, true, Completion.class), string(e, "reflection", p, false)));
            if (partner == null || date == null || submittedAt == null || safe == null || scores == null) {
                return null;
            }
            return new CaseFile.CheckIn(partner, date, submittedAt, updatedAt == null ? submittedAt : updatedAt,
                    anchors == null ? Session.FIRST_ANCHORS_VERSION : anchors, scores, safe, note, reviewedAt, steps);
        }

        /** A step a check-in names is a homework item of the file for that partner (same title and due date). */
        void checkCheckInSteps(List<CaseFile.CheckIn> checkIns, List<Assignment> homework) {
            for (int i = 0; i < checkIns.size(); i++) {
                CaseFile.CheckIn k = checkIns.get(i);
                for (int j = 0; j < k.homework().size(); j++) {
                    CaseFile.CheckInStep step = k.homework().get(j);
                    boolean found = homework.stream().anyMatch(a -> a.isFor(k.partner())
                            && java.util.Objects.equals(a.title(), step.title()) && java.util.Objects.equals(a.dueOn(), step.dueOn()));
                    if (!found) {
                        error("checkIns[" + i + "].homework[" + j + "]", "there is no homework item for partner "
                                + k.partner() + " titled " + quote(String.valueOf(step.title())) + " due " + step.dueOn());
                    }
                }
            }
        }

        Consent consent(JsonNode n, String path) {
            Integer textVersion = integer(n, "textVersion", path, true, 1, Integer.MAX_VALUE);
            Consent c = new Consent(enumValue(n, "partner", path, true, PartnerId.class), date(n, "on", path, true),
                    enumValue(n, "how", path, true, ConsentMethod.class), textVersion == null ? 0 : textVersion,
                    string(n, "recordedBy", path, false));
            return textVersion == null ? null : c;
        }

        IpvScreen ipvScreen(JsonNode n, String path) {
            PartnerId partner = enumValue(n, "partner", path, true, PartnerId.class);
            LocalDate on = date(n, "on", path, true);
            String by = string(n, "by", path, false);
            Map<HitsItem, Integer> hits = keyed(n, "hits", path, HitsItem.class, (e, p) -> {
                Integer v = e.isIntegralNumber() && e.canConvertToInt() ? e.intValue() : null;
                if (v == null || v < HITS_MIN || v > HITS_MAX) {
                    error(p, "expected a whole number " + HITS_MIN + ".." + HITS_MAX + " (never .. frequently), found "
                            + kind(e));
                    return null;
                }
                return v;
            });
            Map<ScreenQuestion, Boolean> answers = keyed(n, "answers", path, ScreenQuestion.class, (e, p) -> {
                if (!e.isBoolean()) {
                    error(p, "expected true or false, found " + kind(e));
                    return null;
                }
                return e.booleanValue();
            });
            ScreenConclusion conclusion = enumValue(n, "conclusion", path, true, ScreenConclusion.class);
            return new IpvScreen(partner, on, by, hits, answers, conclusion, string(n, "notes", path, false));
        }

        /** An object whose keys are the names of {@code type}; an unknown key is an error, null values are left out. */
        <E extends Enum<E>, T> Map<E, T> keyed(JsonNode parent, String name, String path, Class<E> type,
                BiFunction<JsonNode, String, T> value) {
            JsonNode n = object(parent, name, path, false);
            Map<E, T> out = new EnumMap<>(type);
            if (n == null) {
                return out;
            }
            String p = at(path, name);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                E key = enumNamed(e.getKey(), at(p, e.getKey()), type);
                if (key != null && !e.getValue().isNull()) {
                    T v = value.apply(e.getValue(), at(p, e.getKey()));
                    if (v != null) {
                        out.put(key, v);
                    }
                }
            }
            return out;
        }

        Report report(JsonNode n, String path) {
            Instant generatedAt = instant(n, "generatedAt", path, true);
            Audience audience = enumValue(n, "audience", path, true, Audience.class);
            String ruleSet = string(n, "ruleSet", path, true);
            Recommendation recommendation = enumValue(n, "recommendation", path, true, Recommendation.class);
            JsonNode d = object(n, "decision", path, false);
            Decision decision = null;
            if (d != null) {
                String dp = at(path, "decision");
                DecisionType type = enumValue(d, "type", dp, true, DecisionType.class);
                Recommendation fin = enumValue(d, "finalRecommendation", dp, type == DecisionType.OVERRIDE,
                        Recommendation.class);
                String reason = string(d, "reason", dp, false);
                DecisionOutcome outcome = enumValue(d, "outcome", dp, type == DecisionType.OUTCOME, DecisionOutcome.class);
                if (type != null && type != DecisionType.ACCEPT && (reason == null || reason.isBlank())) {
                    error(at(dp, "reason"), type == DecisionType.OVERRIDE ? "an override needs a reason"
                            : "an outcome needs a reason");
                }
                if (type != null && type != DecisionType.OVERRIDE && fin != null && recommendation != null
                        && fin != recommendation) {
                    error(at(dp, "finalRecommendation"), fin + " differs from the recommendation "
                            + recommendation + ", which " + (type == DecisionType.ACCEPT ? "an accepted decision"
                                    : "a decision for another outcome") + " keeps (use OVERRIDE)");
                }
                if (outcome != null && type != DecisionType.OUTCOME) {
                    error(at(dp, "outcome"), "only a decision of type OUTCOME has an outcome");
                }
                decision = new Decision(type, fin, reason, string(d, "by", dp, true), instant(d, "at", dp, true),
                        outcome);
            }
            return new Report(generatedAt, audience, ruleSet, recommendation, decision);
        }

        // ---- building blocks -------------------------------------------------------------

        /** The field, or null when absent or JSON null; a required one missing is an error. */
        JsonNode field(JsonNode parent, String name, String path, boolean required) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                if (required) {
                    error(at(path, name), "is required");
                }
                return null;
            }
            return n;
        }

        JsonNode object(JsonNode parent, String name, String path, boolean required) {
            JsonNode n = field(parent, name, path, required);
            if (n != null && !n.isObject()) {
                error(at(path, name), "expected an object, found " + kind(n));
                return null;
            }
            return n;
        }

        String string(JsonNode parent, String name, String path, boolean required) {
            JsonNode n = field(parent, name, path, required);
            return n == null ? null : stringOf(n, at(path, name));
        }

        String stringOf(JsonNode n, String path) {
            if (!n.isString()) {
                error(path, "expected a text, found " + kind(n));
                return null;
            }
            String s = n.stringValue();
            if (s.length() > MAX_STRING_LENGTH) {
                error(path, "a text is longer than " + String.format("%,d", MAX_STRING_LENGTH) + " characters");
                return null;
            }
            return s;
        }

        Boolean bool(JsonNode parent, String name, String path, boolean required) {
            JsonNode n = field(parent, name, path, required);
            if (n == null) {
                return null;
            }
            if (!n.isBoolean()) {
                error(at(path, name), "expected true or false, found " + kind(n));
                return null;
            }
            return n.booleanValue();
        }

        Integer integer(JsonNode parent, String name, String path, boolean required, int min, int max) {
            JsonNode n = field(parent, name, path, required);
            if (n == null) {
                return null;
            }
            String p = at(path, name);
            if (!n.isNumber()) {
                error(p, "expected a whole number, found " + kind(n));
                return null;
            }
            if (!n.isIntegralNumber()) {
                error(p, "expected a whole number, found " + n.asString());
                return null;
            }
            if (!n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
                error(p, n.asString() + " is outside " + min + ".." + max);
                return null;
            }
            return n.intValue();
        }

        LocalDate date(JsonNode parent, String name, String path, boolean required) {
            return parsed(parent, name, path, required, v -> LocalDate.parse(v, DATE),
                    " is not a real date in the form YYYY-MM-DD");
        }

        LocalTime time(JsonNode parent, String name, String path, boolean required) {
            return parsed(parent, name, path, required, v -> LocalTime.parse(v, TIME), " is not a time in the form HH:MM");
        }

        Instant instant(JsonNode parent, String name, String path, boolean required) {
            return parsed(parent, name, path, required, v -> OffsetDateTime.parse(v, INSTANT).toInstant(),
                    " is not a real date and time with offset, e.g. 2026-09-08T17:30:00Z");
        }

        /** A string field parsed into a value; an unparseable one is an error that quotes it and says what was expected. */
        private <T> T parsed(JsonNode parent, String name, String path, boolean required,
                java.util.function.Function<String, T> parser, String problem) {
            String s = string(parent, name, path, required);
            if (s == null) {
                return null;
            }
            try {
                return parser.apply(s);
            } catch (DateTimeParseException e) {
                error(at(path, name), quote(s) + problem);
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, boolean required, Class<E> type) {
            JsonNode n = field(parent, name, path, required);
            return n == null ? null : enumOf(n, at(path, name), type);
        }

        <E extends Enum<E>> E enumOf(JsonNode n, String path, Class<E> type) {
            String s = stringOf(n, path);
            return s == null ? null : enumNamed(s, path, type);
        }

        <E extends Enum<E>> E enumNamed(String s, String path, Class<E> type) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            StringBuilder allowed = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(e.name());
            }
            error(path, quote(s) + " is not one of " + allowed);
            return null;
        }

        <T> List<T> list(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> item) {
            JsonNode n = field(parent, name, path, false);
            if (n == null) {
                return List.of();
            }
            String p = at(path, name);
            if (!n.isArray()) {
                error(p, "expected a list, found " + kind(n));
                return List.of();
            }
            List<T> out = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                JsonNode e = n.get(i);
                String ep = at(p, i);
                if (!e.isObject()) {
                    error(ep, "expected an object, found " + kind(e));
                    continue;
                }
                T t = item.apply(e, ep);
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }

        List<String> strings(JsonNode parent, String name, String path) {
            return values(parent, name, path, this::stringOf);
        }

        <E extends Enum<E>> List<E> enums(JsonNode parent, String name, String path, Class<E> type) {
            return values(parent, name, path, (e, p) -> enumOf(e, p, type));
        }

        <T> List<T> values(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> item) {
            JsonNode n = field(parent, name, path, false);
            if (n == null) {
                return List.of();
            }
            String p = at(path, name);
            if (!n.isArray()) {
                error(p, "expected a list, found " + kind(n));
                return List.of();
            }
            List<T> out = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                T t = item.apply(n.get(i), at(p, i));
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }

        /** An object keyed by partner ({@code A}, {@code B}); absent or null entries are null. */
        <T> PerPartner<T> perPartner(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> item) {
            JsonNode n = object(parent, name, path, false);
            if (n == null) {
                return new PerPartner<>(null, null);
            }
            String p = at(path, name);
            checkPartnerKeys(n, p);
            JsonNode a = n.get("A");
            JsonNode b = n.get("B");
            return new PerPartner<>(
                    a == null || a.isNull() ? null : item.apply(a, at(p, "A")),
                    b == null || b.isNull() ? null : item.apply(b, at(p, "B")));
        }

        /** Partner-keyed objects hold data, not fields, so an unknown key is an error, not ignored. */
        void checkPartnerKeys(JsonNode n, String path) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String key = e.getKey();
                if (!key.equals("A") && !key.equals("B")) {
                    error(at(path, key), "there is no partner " + quote(key) + " (partners are A and B)");
                }
            }
        }

        static String kind(JsonNode n) {
            if (n.isNull()) {
                return "null";
            }
            if (n.isString()) {
                String s = n.stringValue();
                return "the text " + quote(s.length() > 40 ? s.substring(0, 40) + "…" : s);
            }
            if (n.isNumber()) {
                return "the number " + n.asString();
            }
            if (n.isBoolean()) {
                return n.booleanValue() ? "true" : "false";
            }
            if (n.isArray()) {
                return "a list";
            }
            if (n.isObject()) {
                return "an object";
            }
            return n.getNodeType().name().toLowerCase();
        }

        static String quote(String s) {
            return "\"" + s + "\"";
        }
    }
}
