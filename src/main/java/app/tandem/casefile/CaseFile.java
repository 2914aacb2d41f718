package app.tandem.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One couple's whole case as the interchange format of {@code docs/CASE-FILE.md} describes it:
 * partners, intake, homework, sessions with scores, flags and notes, safety reviews, referrals
 * and report decisions. Immutable; lists are never null (an absent list is empty), other
 * optional values are null. Read one with {@link CaseFileReader}, write one with
 * {@link CaseFileWriter}.
 *
 * @param format always {@link #FORMAT}
 * @param formatVersion always {@link #FORMAT_VERSION}
 * @param exportedAt when the file was written
 * @param couple the couple, their partners and intake
 * @param homework every assignment, in file order
 * @param sessions every session, in file order (not necessarily by date)
 * @param safetyReviews every safety review, in file order
 * @param reports every report generated for the couple, with the counselor's decision
 * @param consents each partner's consent to couples work, in file order
 * @param ipvScreens the structured IPV screens made with each partner alone, in file order;
 *        private to that partner like a private note
 * @param checkIns what each partner reported between sessions through their check-in link, in
 *        file order; client-reported, never session scores (decision 0103). Absent in older files.
 */
public record CaseFile(
        String format,
        int formatVersion,
        Instant exportedAt,
        Couple couple,
        List<Assignment> homework,
        List<Session> sessions,
        List<SafetyReview> safetyReviews,
        List<Report> reports,
        List<Consent> consents,
        List<IpvScreen> ipvScreens,
        List<CheckIn> checkIns) {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "tandem-case-file";
    /** The only format version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public CaseFile {
        Objects.requireNonNull(couple, "couple");
        homework = List.copyOf(homework);
        sessions = List.copyOf(sessions);
        safetyReviews = List.copyOf(safetyReviews);
        reports = List.copyOf(reports);
        consents = List.copyOf(consents);
        ipvScreens = List.copyOf(ipvScreens);
        checkIns = List.copyOf(checkIns);
    }

    /** A case without check-ins (files from before check-ins existed). */
    public CaseFile(
            String format,
            int formatVersion,
            Instant exportedAt,
            Couple couple,
            List<Assignment> homework,
            List<Session> sessions,
            List<SafetyReview> safetyReviews,
            List<Report> reports,
            List<Consent> consents,
            List<IpvScreen> ipvScreens) {
        this(
                format,
                formatVersion,
                exportedAt,
                couple,
                homework,
                sessions,
                safetyReviews,
                reports,
                consents,
                ipvScreens,
                List.of());
    }

    /**
     * Whether a check-in answered the safety question with anything but {@code SAFE} and no signed
     * safety review dated on or after its day follows it: then no client report is made (decision
     * 0102), in Tandem or by the {@code report} command.
     */
    public boolean checkInPause() {
        for (CheckIn k : checkIns) {
            if (k.feelsSafe() == FeelsSafe.SAFE) {
                continue;
            }
            boolean reviewed = false;
            for (SafetyReview r : safetyReviews) {
                if (r.signed() && r.date() != null && !r.date().isBefore(k.date())) {
                    reviewed = true;
                    break;
                }
            }
            if (!reviewed) {
                return true;
            }
        }
        return false;
    }

    /** A case without consent records or IPV screens (files from before they existed). */
    public CaseFile(
            String format,
            int formatVersion,
            Instant exportedAt,
            Couple couple,
            List<Assignment> homework,
            List<Session> sessions,
            List<SafetyReview> safetyReviews,
            List<Report> reports) {
        this(
                format,
                formatVersion,
                exportedAt,
                couple,
                homework,
                sessions,
                safetyReviews,
                reports,
                List.of(),
                List.of());
    }

    /**
     * The couple and everything recorded at intake.
     *
     * @param reference the practice's reference, e.g. {@code C-0042}
     * @param intakeDate the intake date
     * @param status the current status
     * @param statusHistory every status change, oldest first
     * @param closingSummary the summary written at closing, or null
     * @param counselor the counselor in charge, or null
     * @param partners partner A and partner B (both required)
     * @param context the intake context, or null
     * @param goals the couple's goals in their words
     * @param secretsPolicy the agreed secrets policy, or null
     * @param childrenInHousehold the number of children at home, or null
     * @param referrals referrals to other services, in file order
     */
    public record Couple(
            String reference,
            LocalDate intakeDate,
            CoupleStatus status,
            List<StatusChange> statusHistory,
            String closingSummary,
            Counselor counselor,
            PerPartner<Partner> partners,
            Context context,
            List<String> goals,
            SecretsPolicy secretsPolicy,
            Integer childrenInHousehold,
            List<Referral> referrals) {
        public Couple {
            statusHistory = List.copyOf(statusHistory);
            goals = List.copyOf(goals);
            referrals = List.copyOf(referrals);
        }
    }

    /** Where a couple's case stands. */
    public enum CoupleStatus {
        ACTIVE,
        PAUSED,
        REFERRED,
        CLOSED
    }

    /** What the partners agreed about secrets shared with the counselor alone. */
    public enum SecretsPolicy {
        NO_SECRETS,
        LIMITED_SECRETS,
        NOT_AGREED
    }

    /**
     * A change of the couple's status.
     *
     * @param status the new status
     * @param at when it changed
     * @param by who changed it (an email), or null
     * @param reason why, or null
     */
    public record StatusChange(CoupleStatus status, Instant at, String by, String reason) {}

    /**
     * The counselor in charge of the case.
     *
     * @param name the counselor's name
     * @param email the counselor's email, or null
     */
    public record Counselor(String name, String email) {}

    /**
     * One partner.
     *
     * @param firstName first name (required)
     * @param lastName last name, or null
     * @param pronouns pronouns, or null
     * @param email email, or null
     * @param phone phone, or null
     * @param safeContact how the partner may safely be contacted, or null
     */
    public record Partner(
            String firstName, String lastName, String pronouns, String email, String phone, SafeContact safeContact) {}

    /**
     * How a partner may be contacted without putting them at risk.
     *
     * @param email whether email is safe
     * @param phone whether phone is safe
     * @param note a free-text instruction, or null
     */
    public record SafeContact(boolean email, boolean phone, String note) {}

    /**
     * The intake context of the withdrawal.
     *
     * @param withdrawalOnset how the distance began, or null
     * @param pursuer which partner pursues, or null
     * @param signs the signs observed
     * @param stressors the stressors named
     * @param stressorOther the stressor meant by {@code OTHER}, or null
     * @param notes free text, or null
     */
    public record Context(
            WithdrawalOnset withdrawalOnset,
            Pursuer pursuer,
            List<Sign> signs,
            List<Stressor> stressors,
            String stressorOther,
            String notes) {
        public Context {
            signs = List.copyOf(signs);
            stressors = List.copyOf(stressors);
        }
    }

    /** How the distance began. */
    public enum WithdrawalOnset {
        GRADUAL,
        SUDDEN,
        UNKNOWN
    }

    /** Which partner pursues contact. */
    public enum Pursuer {
        A,
        B,
        NONE,
        UNKNOWN
    }

    /** Signs of withdrawal named at intake. */
    public enum Sign {
        REDUCED_INITIATIONS,
        EMOTIONAL_UNAVAILABILITY,
        INCREASED_SOLITUDE
    }

    /** Stressors named at intake. */
    public enum Stressor {
        WORK_STRESS,
        IN_LAW_STRESS,
        UNRESOLVED_CONFLICT,
        HEALTH,
        FINANCES,
        PARENTING,
        OTHER
    }

    /**
     * A referral to another service.
     *
     * @param type the kind of service
     * @param on the date of the referral
     * @param to to whom, or null
     * @param notes free text, or null
     * @param firstSessionOn the couple's first attended session with the service referred to, or
     *        null while it has not happened (or in files written before the field existed); for a
     *        couples-therapy referral the retreat rule R6 counts from it
     */
    public record Referral(ReferralType type, LocalDate on, String to, String notes, LocalDate firstSessionOn) {}

    /**
     * Kinds of referral. Only {@code COUPLES_THERAPY} (and {@code DV_SERVICES}, as safety
     * history) matters to the assessment. {@code INTERVENTION_PROGRAMME} is an accredited
     * domestic-abuse intervention programme for a partner who uses violence (never anger
     * management).
     */
    public enum ReferralType {
        COUPLES_THERAPY,
        RETREAT,
        DV_SERVICES,
        INDIVIDUAL_THERAPY,
        DISCERNMENT_COUNSELLING,
        INTERVENTION_PROGRAMME,
        SUBSTANCE_USE_SERVICES,
        CRISIS_SERVICES,
        OTHER
    }

    /**
     * One homework assignment (one occurrence, when it belongs to a series).
     *
     * @param stepKey the guide step it comes from; unknown keys are custom homework
     * @param title the title
     * @param purpose why, or null
     * @param instructions what to do, or null
     * @param examples examples given
     * @param assignee who it is for
     * @param assignedOn when it was assigned
     * @param dueOn when it is due
     * @param series the series it belongs to, or null
     * @param completion each partner's completion; null means not done
     * @param reflections each partner's reflection; null when none
     * @param reviewedOn when it was reviewed, or null
     */
    public record Assignment(
            String stepKey,
            String title,
            String purpose,
            String instructions,
            List<String> examples,
            Assignee assignee,
            LocalDate assignedOn,
            LocalDate dueOn,
            Series series,
            PerPartner<Completion> completion,
            PerPartner<String> reflections,
            LocalDate reviewedOn) {
        public Assignment {
            examples = List.copyOf(examples);
            Objects.requireNonNull(completion, "completion");
            Objects.requireNonNull(reflections, "reflections");
        }

        /** Whether this assignment is for {@code partner}. */
        public boolean isFor(PartnerId partner) {
            return assignee == Assignee.BOTH
                    || (partner == PartnerId.A ? assignee == Assignee.A : assignee == Assignee.B);
        }
    }

    /** Who an assignment is for. */
    public enum Assignee {
        BOTH,
        A,
        B
    }

    /** How far a partner completed an assignment. */
    public enum Completion {
        DONE(2),
        PARTIAL(1),
        NOT_DONE(0);

        private final int halves;

        Completion(int halves) {
            this.halves = halves;
        }

        /** The completion in halves: 2 for done, 1 for partial, 0 for not done. */
        public int halves() {
            return halves;
        }
    }

    /**
     * A repeating assignment: one item per occurrence, sharing the series id.
     *
     * @param id the series id
     * @param frequency how often it repeats
     */
    public record Series(String id, Frequency frequency) {}

    /** How often a series repeats. */
    public enum Frequency {
        DAILY,
        WEEKLY,
        CUSTOM
    }

    /**
     * One session.
     *
     * @param date the date
     * @param startTime the start time, or null
     * @param durationMinutes the length, or null
     * @param format how it was held, or null
     * @param attendance who came
     * @param signed whether the note is signed (only signed sessions are scored)
     * @param signedAt when it was signed, or null
     * @param signedBy who signed it, or null
     * @param scores each partner's scores; null for a partner without scores
     * @param flags the flags recorded
     * @param pitfalls the pitfalls observed
     * @param note the session note, or null
     * @param privateNotes what each partner told the counselor alone; null when nothing
     * @param amendments corrections made after signing
     * @param anchorsVersion the version of the score anchors the scores were given under (1 in
     *        files from before anchors were versioned)
     * @param remoteChecks for a video or phone session, whether each attending partner's
     *        location and privacy were confirmed at the start; null for a partner without
     *        a check (an in-person session, or a partner who was not there)
     * @param imported who brought the session into this Tandem from a case file, and when; null
     *        for a session recorded here. An imported session's {@code signedBy} and
     *        {@code signedAt} are what the earlier system recorded, not a signature made here.
     */
    public record Session(
            LocalDate date,
            LocalTime startTime,
            Integer durationMinutes,
            SessionFormat format,
            Attendance attendance,
            boolean signed,
            Instant signedAt,
            String signedBy,
            PerPartner<Scores> scores,
            List<Flag> flags,
            List<Pitfall> pitfalls,
            Note note,
            PerPartner<String> privateNotes,
            List<Amendment> amendments,
            int anchorsVersion,
            PerPartner<RemoteCheck> remoteChecks,
            Imported imported) {
        /** The anchors version of sessions from before anchors were versioned. */
        public static final int FIRST_ANCHORS_VERSION = 1;

        public Session {
            Objects.requireNonNull(scores, "scores");
            Objects.requireNonNull(privateNotes, "privateNotes");
            Objects.requireNonNull(remoteChecks, "remoteChecks");
            flags = List.copyOf(flags);
            pitfalls = List.copyOf(pitfalls);
            amendments = List.copyOf(amendments);
        }

        /** A session recorded in this Tandem, scored under the first anchors, without remote checks. */
        public Session(
                LocalDate date,
                LocalTime startTime,
                Integer durationMinutes,
                SessionFormat format,
                Attendance attendance,
                boolean signed,
                Instant signedAt,
                String signedBy,
                PerPartner<Scores> scores,
                List<Flag> flags,
                List<Pitfall> pitfalls,
                Note note,
                PerPartner<String> privateNotes,
                List<Amendment> amendments) {
            this(
                    date,
                    startTime,
                    durationMinutes,
                    format,
                    attendance,
                    signed,
                    signedAt,
                    signedBy,
                    scores,
                    flags,
                    pitfalls,
                    note,
                    privateNotes,
                    amendments,
                    FIRST_ANCHORS_VERSION,
                    new PerPartner<>(null, null),
                    null);
        }

        /** A session recorded in this Tandem (not imported). */
        public Session(
                LocalDate date,
                LocalTime startTime,
                Integer durationMinutes,
                SessionFormat format,
                Attendance attendance,
                boolean signed,
                Instant signedAt,
                String signedBy,
                PerPartner<Scores> scores,
                List<Flag> flags,
                List<Pitfall> pitfalls,
                Note note,
                PerPartner<String> privateNotes,
                List<Amendment> amendments,
                int anchorsVersion,
                PerPartner<RemoteCheck> remoteChecks) {
            this(
                    date,
                    startTime,
                    durationMinutes,
                    format,
                    attendance,
                    signed,
                    signedAt,
                    signedBy,
                    scores,
                    flags,
                    pitfalls,
                    note,
                    privateNotes,
                    amendments,
                    anchorsVersion,
                    remoteChecks,
                    null);
        }

        /** A session scored under the first anchors, without remote checks, imported or not. */
        public Session(
                LocalDate date,
                LocalTime startTime,
                Integer durationMinutes,
                SessionFormat format,
                Attendance attendance,
                boolean signed,
                Instant signedAt,
                String signedBy,
                PerPartner<Scores> scores,
                List<Flag> flags,
                List<Pitfall> pitfalls,
                Note note,
                PerPartner<String> privateNotes,
                List<Amendment> amendments,
                Imported imported) {
            this(
                    date,
                    startTime,
                    durationMinutes,
                    format,
                    attendance,
                    signed,
                    signedAt,
                    signedBy,
                    scores,
                    flags,
                    pitfalls,
                    note,
                    privateNotes,
                    amendments,
                    FIRST_ANCHORS_VERSION,
                    new PerPartner<>(null, null),
                    imported);
        }

        /** Whether {@code flag} was recorded on this session. */
        public boolean has(Flag flag) {
            return flags.contains(flag);
        }

        /** Whether any safety flag was recorded on this session. */
        public boolean hasSafetyFlag() {
            for (Flag f : flags) {
                if (f.isSafety()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How a session was held. */
    public enum SessionFormat {
        IN_PERSON,
        VIDEO,
        PHONE;

        /** Whether the partners were elsewhere (video or phone), so their location and privacy are checked. */
        public boolean remote() {
            return this != IN_PERSON;
        }
    }

    /**
     * The checks at the start of a video or phone session for one partner. Only that they were
     * made is recorded, never where the partner was.
     *
     * @param location whether the partner's location was confirmed (to send help if needed)
     * @param privacy whether the partner confirmed being somewhere private, not overheard
     */
    public record RemoteCheck(boolean location, boolean privacy) {}

    /** Who came to a session. */
    public enum Attendance {
        BOTH,
        A,
        B,
        NONE;

        /** Whether {@code partner} was present. */
        public boolean present(PartnerId partner) {
            return this == BOTH || (partner == PartnerId.A ? this == A : this == B);
        }
    }

    /**
     * A partner's scores at one session. Every score may be absent.
     *
     * @param emotionalSafety 0..10, or null
     * @param reciprocalEffort 0..10, or null
     * @param clearCommunication 0..10, or null
     * @param csi4 Couples Satisfaction Index (4 items), 0..21, or null
     */
    public record Scores(Integer emotionalSafety, Integer reciprocalEffort, Integer clearCommunication, Integer csi4) {

        /** The sum of the three metrics, or -1 when any of them is absent. */
        public int compositeOrMinusOne() {
            if (emotionalSafety == null || reciprocalEffort == null || clearCommunication == null) {
                return -1;
            }
            return emotionalSafety + reciprocalEffort + clearCommunication;
        }
    }

    /** Flags a counselor records on a session: five safety flags and three relational ones. */
    public enum Flag {
        IPV_INDICATOR(true),
        FEAR_OF_PARTNER(true),
        COERCIVE_CONTROL(true),
        LETHALITY_INDICATOR(true),
        SELF_HARM_RISK(true),
        HOSTILITY(false),
        CONTEMPT(false),
        SECRECY(false);

        private final boolean safety;

        Flag(boolean safety) {
            this.safety = safety;
        }

        /** Whether this is a safety flag (it makes conjoint work contraindicated). */
        public boolean isSafety() {
            return safety;
        }
    }

    /** Communication pitfalls from the guide. */
    public enum Pitfall {
        WHY_ARENT_YOU_HAPPY_TRAP,
        PAST_FAILURES_AS_EVIDENCE,
        SILENCE_AS_AGREEMENT
    }

    /**
     * The session note. Every part may be null.
     *
     * @param observations what the counselor observed
     * @param interventions what the counselor did
     * @param homeworkReview how the homework went
     * @param plan what comes next
     */
    public record Note(String observations, String interventions, String homeworkReview, String plan) {}

    /**
     * A correction to a signed note.
     *
     * @param at when
     * @param author who
     * @param reason why
     * @param text the correction
     * @param scope which part of the record it corrects: the shared note, or one partner's
     *        private note (then it is private to that partner, like the note itself)
     * @param imported who imported it and when; null when written in this Tandem
     */
    public record Amendment(
            Instant at, String author, String reason, String text, AmendmentScope scope, Imported imported) {
        public Amendment {
            scope = scope == null ? AmendmentScope.SHARED : scope;
        }

        /** A correction of the shared note, written in this Tandem. */
        public Amendment(Instant at, String author, String reason, String text) {
            this(at, author, reason, text, AmendmentScope.SHARED, null);
        }
    }

    /** What an amendment corrects. A file without a scope means {@link #SHARED}. */
    public enum AmendmentScope {
        SHARED,
        PRIVATE_A,
        PRIVATE_B;

        /** The scope of a correction to {@code partner}'s private note. */
        public static AmendmentScope privateTo(PartnerId partner) {
            return partner == PartnerId.A ? PRIVATE_A : PRIVATE_B;
        }

        /** The partner this amendment is private to, or null for a shared one. */
        public PartnerId partner() {
            return switch (this) {
                case SHARED -> null;
                case PRIVATE_A -> PartnerId.A;
                case PRIVATE_B -> PartnerId.B;
            };
        }
    }

    /**
     * A record that came into this Tandem in a case file rather than being written here.
     *
     * @param at when it was imported
     * @param by who imported it (an email)
     */
    public record Imported(Instant at, String by) {}

    /**
     * A safety review. Only signed reviews count in the assessment. A review that finds joint
     * work may resume after a lethality indicator or coercive control counts as signed only
     * once a supervisor has co-signed it.
     *
     * @param date the date of the review
     * @param by who made it, or null
     * @param outcome the outcome
     * @param referralMade the referral made, or null
     * @param safetyPlan the safety plan, or null
     * @param signed whether it is signed (and, where one is needed, co-signed)
     * @param coSignedBy the supervisor who co-signed it, or null
     * @param coSignedAt when it was co-signed, or null
     * @param imported who imported it and when; null for a review signed in this Tandem. An
     *        imported review never clears a safety flag by itself.
     */
    public record SafetyReview(
            LocalDate date,
            String by,
            SafetyOutcome outcome,
            String referralMade,
            String safetyPlan,
            boolean signed,
            String coSignedBy,
            Instant coSignedAt,
            Imported imported) {

        /** A review recorded in this Tandem, without a co-signature. */
        public SafetyReview(
                LocalDate date,
                String by,
                SafetyOutcome outcome,
                String referralMade,
                String safetyPlan,
                boolean signed) {
            this(date, by, outcome, referralMade, safetyPlan, signed, null, null, null);
        }

        /** A review without a co-signature, imported or not. */
        public SafetyReview(
                LocalDate date,
                String by,
                SafetyOutcome outcome,
                String referralMade,
                String safetyPlan,
                boolean signed,
                Imported imported) {
            this(date, by, outcome, referralMade, safetyPlan, signed, null, null, imported);
        }

        /** A review recorded in this Tandem. */
        public SafetyReview(
                LocalDate date,
                String by,
                SafetyOutcome outcome,
                String referralMade,
                String safetyPlan,
                boolean signed,
                String coSignedBy,
                Instant coSignedAt) {
            this(date, by, outcome, referralMade, safetyPlan, signed, coSignedBy, coSignedAt, null);
        }

        /** Whether this review can clear safety flags: signed, and signed in this Tandem. */
        public boolean clears() {
            return signed && imported == null;
        }
    }

    /** The outcome of a safety review. */
    public enum SafetyOutcome {
        CONJOINT_WORK_SAFE,
        NOT_SAFE
    }

    /**
     * A progress report generated for the couple.
     *
     * @param generatedAt when
     * @param audience for whom
     * @param ruleSet the rule set that made the recommendation
     * @param recommendation the engine's recommendation
     * @param decision the counselor's decision, or null while none was made
     */
    public record Report(
            Instant generatedAt, Audience audience, String ruleSet, Recommendation recommendation, Decision decision) {}

    /** Who a report is for. */
    public enum Audience {
        COUNSELOR,
        CLIENT
    }

    /**
     * The counselor's decision on a report's recommendation.
     *
     * @param type accept, override, or an outcome the rules cannot express
     * @param finalRecommendation the recommendation that stands; for {@code OUTCOME} the
     *        assessment's, kept for the record
     * @param reason why (required for an override and an outcome)
     * @param by who decided
     * @param at when
     * @param outcome the outcome the counselor chose ({@code OUTCOME} only), or null
     */
    public record Decision(
            DecisionType type,
            Recommendation finalRecommendation,
            String reason,
            String by,
            Instant at,
            DecisionOutcome outcome) {

        /** An accept or override decision (no outcome). */
        public Decision(DecisionType type, Recommendation finalRecommendation, String reason, String by, Instant at) {
            this(type, finalRecommendation, reason, by, at, null);
        }
    }

    /**
     * Whether the counselor accepted or overrode a recommendation, or ended with an
     * {@link DecisionOutcome outcome} none of the rules can recommend.
     */
    public enum DecisionType {
        ACCEPT,
        OVERRIDE,
        OUTCOME
    }

    /** Where the work goes when the counselor decides on something the rules cannot express. */
    public enum DecisionOutcome {
        INDIVIDUAL_THERAPY,
        DISCERNMENT_COUNSELLING,
        SEPARATION_SUPPORT,
        END_WORK
    }

    /**
     * A partner's informed consent to couples work.
     *
     * @param partner whose consent
     * @param on the date it was given
     * @param how how it was given
     * @param textVersion the version of the consent text the partner was given
     * @param recordedBy who recorded it, or null
     */
    public record Consent(PartnerId partner, LocalDate on, ConsentMethod how, int textVersion, String recordedBy) {}

    /** How a partner gave consent. */
    public enum ConsentMethod {
        SIGNED_IN_PERSON,
        SIGNED_ELECTRONICALLY,
        VERBAL_IN_PERSON,
        VERBAL_BY_VIDEO,
        VERBAL_BY_PHONE
    }

    /**
     * A structured IPV screen made with one partner alone. Private to that partner: it goes into
     * a full transfer and that partner's own data copy, never into the other partner's.
     *
     * @param partner who was screened
     * @param on the date
     * @param by who screened, or null
     * @param hits the four HITS items, 1 (never) to 5 (frequently); an item not answered is absent
     * @param answers the yes/no questions; a question not answered is absent
     * @param conclusion the counselor's conclusion
     * @param notes the counselor's private notes, or null
     */
    public record IpvScreen(
            PartnerId partner,
            LocalDate on,
            String by,
            Map<HitsItem, Integer> hits,
            Map<ScreenQuestion, Boolean> answers,
            ScreenConclusion conclusion,
            String notes) {
        public IpvScreen {
            hits = hits.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(hits));
            answers = answers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(answers));
        }
    }

    /** The four items of the HITS screen (hurt, insult, threaten, scream), each 1..5. */
    public enum HitsItem {
        HURT,
        INSULT,
        THREATEN,
        SCREAM
    }

    /**
     * The yes/no questions of the screen. {@link #dangerAnswer()} is the answer that calls for
     * the safety pathway: yes for every question but {@code SAFE_TO_GO_HOME}.
     */
    public enum ScreenQuestion {
        AFRAID,
        CONTROLLED,
        FORCED_SEX,
        STRANGLED,
        THREATENED_TO_KILL,
        WEAPON,
        SAFE_TO_GO_HOME,
        USED_FORCE;

        public boolean dangerAnswer() {
            return this != SAFE_TO_GO_HOME;
        }
    }

    /** What the counselor concluded from a screen. */
    public enum ScreenConclusion {
        NO_CONCERN,
        CONCERN,
        DECLINED
    }

    /**
     * One partner's check-in between sessions, as they reported it through their own link:
     * client-reported, its own kind of data point (decision 0103), private to that partner like a
     * private note.
     *
     * @param partner who checked in
     * @param date the day of the check-in (one per link per day)
     * @param submittedAt when it was first saved
     * @param updatedAt when it was last corrected (the same as {@code submittedAt} when never corrected)
     * @param anchorsVersion the score anchors the partner rated on
     * @param scores the three metrics and the CSI-4 as the partner rated them; any may be absent
     * @param feelsSafe the answer to the safety question
     * @param note the partner's note for the counselor, or null
     * @param reviewedAt when the counselor marked it read, or null
     * @param homework the steps the partner marked, each named by its title and due date
     */
    public record CheckIn(
            PartnerId partner,
            LocalDate date,
            Instant submittedAt,
            Instant updatedAt,
            int anchorsVersion,
            Scores scores,
            FeelsSafe feelsSafe,
            String note,
            Instant reviewedAt,
            List<CheckInStep> homework) {
        public CheckIn {
            Objects.requireNonNull(scores, "scores");
            homework = List.copyOf(homework);
        }
    }

    /**
     * A homework step as a partner marked it in a check-in: the assignment of the same title and
     * due date that is for this partner.
     *
     * @param title the assignment's title
     * @param dueOn the assignment's due date
     * @param completion what the partner reported
     * @param reflection the partner's words, or null
     */
    public record CheckInStep(String title, LocalDate dueOn, Completion completion, String reflection) {}

    /** A partner's answer to the check-in's safety question. */
    public enum FeelsSafe {
        SAFE,
        NOT_SURE,
        NOT_SAFE
    }
}
