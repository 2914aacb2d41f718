package app.tandem.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEvent;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.MutableClock;
import app.tandem.support.TandemTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** Sessions through {@link SessionService}: drafts, signing (then immutable), amendments, scores, access and audit. */
@TandemTest
class SessionServiceTest {

    static final Scores NONE = new Scores(null, null, null, null);

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CounselingSessionRepository repository;

    @Autowired
    AmendmentRepository amendments;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    MutableClock clock;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    Counselor dana;
    Counselor lee;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        lee = fixtures.counselor("Lee Marsh");
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        today = fixtures.today();
    }

    static SessionContent content(
            LocalDate date, Attendance attendance, Scores a, Scores b, Set<Flag> flags, String observations) {
        return new SessionContent(
                date,
                LocalTime.of(17, 0),
                60,
                SessionFormat.IN_PERSON,
                attendance,
                new Note(observations, "Practised I-statements.", "Both tried the low-stakes moment.", "Next: step 4."),
                a,
                b,
                flags,
                Set.of(),
                null,
                null);
    }

    SessionContent scored(String observations) {
        return content(
                today,
                Attendance.BOTH,
                new Scores(5, 6, 7, 12),
                new Scores(4, 5, 6, null),
                Set.of(Flag.HOSTILITY),
                observations);
    }

    CounselingSession signedSession() {
        CounselingSession draft = sessions.createDraft(couple.getId(), scored("First draft."));
        return sessions.sign(draft.getId(), draft.getVersion(), scored("Final note."));
    }

    // --- signing makes a session immutable --------------------------------------------------

    @Test
    void signing_keeps_the_final_content_and_records_who_signed_and_when() {
        CounselingSession signed = signedSession();

        CounselingSession stored = repository.findById(signed.getId()).orElseThrow();
        assertThat(stored.isSigned()).isTrue();
        assertThat(stored.getSignedBy()).isEqualTo(dana.getEmail());
        assertThat(stored.getSignedAt()).isEqualTo(clock.instant());
        assertThat(stored.content().note().observations()).isEqualTo("Final note.");
        assertThat(stored.scores(PartnerId.A)).isEqualTo(new Scores(5, 6, 7, 12));
        assertThat(stored.getFlags()).containsExactly(Flag.HOSTILITY);
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("SESSION", String.valueOf(signed.getId())))
                .extracting(AuditEvent::getAction)
                .contains(AuditAction.SESSION_SIGNED);
    }

    @Test
    void a_signed_session_refuses_a_draft_save_even_with_its_current_version() {
        CounselingSession signed = signedSession();
        long version = repository.findById(signed.getId()).orElseThrow().getVersion();

        assertThatThrownBy(() -> sessions.saveDraft(signed.getId(), version, scored("Changed afterwards.")))
                .isInstanceOf(SignedSessionException.class);
        assertUnchanged(signed.getId());
    }

    @Test
    void a_signed_session_cannot_be_signed_again() {
        CounselingSession signed = signedSession();
        long version = repository.findById(signed.getId()).orElseThrow().getVersion();

        assertThatThrownBy(() -> sessions.sign(signed.getId(), version, scored("Signed twice.")))
                .isInstanceOf(SignedSessionException.class);
        assertUnchanged(signed.getId());
    }

    @Test
    void editing_a_loaded_signed_entity_is_refused_by_the_entity_itself() {
        CounselingSession signed = signedSession();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    CounselingSession loaded = entityManager.find(CounselingSession.class, signed.getId());
                    loaded.edit(scored("Edited through the entity."), Instant.now());
                }))
                .isInstanceOf(SignedSessionException.class);
        assertUnchanged(signed.getId());
    }

    @Test
    void a_field_changed_behind_the_entitys_back_is_refused_at_flush_by_the_update_guard() {
        CounselingSession signed = signedSession();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    CounselingSession loaded = entityManager.find(CounselingSession.class, signed.getId());
                    ReflectionTestUtils.setField(loaded, "observations", "Tampered with.");
                    ReflectionTestUtils.setField(loaded, "aEmotionalSafety", 10);
                    entityManager.flush();
                }))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(SignedSessionException.class));
        assertUnchanged(signed.getId());
    }

    @Test
    void a_changed_detached_copy_saved_through_the_repository_is_refused() {
        CounselingSession signed = signedSession();
        CounselingSession detached = repository.findById(signed.getId()).orElseThrow();
        ReflectionTestUtils.setField(detached, "observations", "Tampered with.");
        ReflectionTestUtils.setField(detached, "signed", false);

        assertThatThrownBy(() -> repository.save(detached))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(SignedSessionException.class));
        assertUnchanged(signed.getId());
    }

    @Test
    void a_signed_session_cannot_be_deleted() {
        CounselingSession signed = signedSession();

        assertThatThrownBy(() -> repository.deleteById(signed.getId()))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(SignedSessionException.class));
        assertThat(repository.findById(signed.getId())).isPresent();
    }

    @Test
    void a_draft_can_still_be_saved_and_deleted() {
        CounselingSession draft = sessions.createDraft(couple.getId(), scored("Draft."));
        CounselingSession saved = sessions.saveDraft(draft.getId(), draft.getVersion(), scored("Draft, revised."));

        assertThat(repository
                        .findById(draft.getId())
                        .orElseThrow()
                        .content()
                        .note()
                        .observations())
                .isEqualTo("Draft, revised.");
        assertThat(saved.getVersion()).isGreaterThan(draft.getVersion());
        repository.deleteById(draft.getId());
        assertThat(repository.findById(draft.getId())).isEmpty();
    }

    private void assertUnchanged(long id) {
        CounselingSession stored = repository.findById(id).orElseThrow();
        assertThat(stored.isSigned()).isTrue();
        assertThat(stored.content().note().observations()).isEqualTo("Final note.");
        assertThat(stored.scores(PartnerId.A)).isEqualTo(new Scores(5, 6, 7, 12));
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    // --- amendments ---------------------------------------------------------------------------

    @Test
    void amendments_are_kept_with_author_time_and_reason_in_the_order_made() {
        CounselingSession signed = signedSession();
        clock.advance(Duration.ofHours(20));
        Instant first = clock.instant();
        sessions.amend(signed.getId(), "  Wrong partner named  ", "It was B, not A, who proposed the walk.");
        clock.advance(Duration.ofDays(2));
        Counselor robin = fixtures.supervisor("Robin Okafor");
        fixtures.loginAs(robin);
        sessions.amend(signed.getId(), "Missing detail", "Both agreed to a second walk on Sunday.");

        List<Amendment> list = sessions.amendments(signed.getId());
        assertThat(list).extracting(Amendment::getReason).containsExactly("Wrong partner named", "Missing detail");
        assertThat(list).extracting(Amendment::getAuthor).containsExactly(dana.getEmail(), robin.getEmail());
        assertThat(list).extracting(Amendment::getAmendedAt).containsExactly(first, clock.instant());
        assertThat(list.getFirst().getText()).isEqualTo("It was B, not A, who proposed the walk.");
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSION_AMENDED)).hasSize(2);
        assertUnchanged(signed.getId());
    }

    @Test
    void a_draft_takes_no_amendment_and_an_amendment_needs_a_reason_and_a_text() {
        CounselingSession draft = sessions.createDraft(couple.getId(), scored("Draft."));
        assertThatThrownBy(() -> sessions.amend(draft.getId(), "reason", "text"))
                .isInstanceOf(ValidationFailure.class);

        CounselingSession signed = signedSession();
        assertThatThrownBy(() -> sessions.amend(signed.getId(), " ", "text"))
                .isInstanceOf(ValidationFailure.class)
                .extracting(e -> ((ValidationFailure) e).field())
                .isEqualTo("reason");
        assertThatThrownBy(() -> sessions.amend(signed.getId(), "reason", ""))
                .isInstanceOf(ValidationFailure.class)
                .extracting(e -> ((ValidationFailure) e).field())
                .isEqualTo("text");
        assertThat(amendments.findAll()).isEmpty();
    }

    // --- scores -------------------------------------------------------------------------------

    static Stream<Arguments> scoreTable() {
        return Stream.of(
                Arguments.of(
                        "lowest and highest metric scores",
                        Attendance.BOTH,
                        new Scores(0, 10, 0, 0),
                        new Scores(10, 0, 10, 21),
                        null),
                Arguments.of("no scores at all", Attendance.BOTH, NONE, NONE, null),
                Arguments.of(
                        "A's emotional safety 11",
                        Attendance.BOTH,
                        new Scores(11, 5, 5, null),
                        NONE,
                        "a.emotionalSafety"),
                Arguments.of(
                        "A's emotional safety -1",
                        Attendance.BOTH,
                        new Scores(-1, 5, 5, null),
                        NONE,
                        "a.emotionalSafety"),
                Arguments.of(
                        "B's reciprocal effort 11",
                        Attendance.BOTH,
                        NONE,
                        new Scores(5, 11, 5, null),
                        "b.reciprocalEffort"),
                Arguments.of(
                        "B's clear communication -1",
                        Attendance.BOTH,
                        NONE,
                        new Scores(5, 5, -1, null),
                        "b.clearCommunication"),
                Arguments.of("CSI-4 of 22", Attendance.BOTH, new Scores(5, 5, 5, 22), NONE, "a.csi4"),
                Arguments.of("CSI-4 of -1", Attendance.BOTH, NONE, new Scores(5, 5, 5, -1), "b.csi4"),
                Arguments.of(
                        "CSI-4 of 11 is not a metric out of range",
                        Attendance.BOTH,
                        new Scores(5, 5, 5, 11),
                        NONE,
                        null),
                Arguments.of("only A came and only A is scored", Attendance.A, new Scores(5, 5, 5, 9), NONE, null),
                Arguments.of(
                        "only A came but B is scored",
                        Attendance.A,
                        new Scores(5, 5, 5, null),
                        new Scores(5, 5, 5, null),
                        "b.emotionalSafety"),
                Arguments.of(
                        "only B came but A has a CSI-4",
                        Attendance.B,
                        new Scores(null, null, null, 9),
                        new Scores(5, 5, 5, null),
                        "a.emotionalSafety"),
                Arguments.of("a no-show without scores", Attendance.NONE, NONE, NONE, null),
                Arguments.of(
                        "a no-show with a score",
                        Attendance.NONE,
                        NONE,
                        new Scores(null, 4, null, null),
                        "b.emotionalSafety"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scoreTable")
    void scores_must_be_in_range_and_only_for_attending_partners(
            String name, Attendance attendance, Scores a, Scores b, String refusedField) {
        SessionContent c = content(today, attendance, a, b, Set.of(), "Note.");
        ThrowingCallable create = () -> sessions.createDraft(couple.getId(), c);
        if (refusedField == null) {
            org.assertj.core.api.Assertions.assertThatCode(create).doesNotThrowAnyException();
            assertThat(repository.findAll()).singleElement().satisfies(s -> {
                assertThat(s.scores(PartnerId.A)).isEqualTo(a);
                assertThat(s.scores(PartnerId.B)).isEqualTo(b);
            });
        } else {
            assertThatThrownBy(create)
                    .isInstanceOf(ValidationFailure.class)
                    .extracting(e -> ((ValidationFailure) e).field())
                    .isEqualTo(refusedField);
            assertThat(repository.findAll()).isEmpty();
        }
    }

    @Test
    void an_out_of_range_score_is_refused_on_save_and_on_signing_and_the_draft_keeps_its_content() {
        CounselingSession draft = sessions.createDraft(couple.getId(), scored("Draft."));
        SessionContent bad = content(today, Attendance.BOTH, new Scores(5, 5, 12, null), NONE, Set.of(), "Bad.");

        assertThatThrownBy(() -> sessions.saveDraft(draft.getId(), draft.getVersion(), bad))
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> sessions.sign(draft.getId(), draft.getVersion(), bad))
                .isInstanceOf(ValidationFailure.class);

        CounselingSession stored = repository.findById(draft.getId()).orElseThrow();
        assertThat(stored.isSigned()).isFalse();
        assertThat(stored.content().note().observations()).isEqualTo("Draft.");
    }

    @Test
    void a_session_dated_in_the_future_is_refused() {
        assertThatThrownBy(() -> sessions.createDraft(
                        couple.getId(), content(today.plusDays(1), Attendance.BOTH, NONE, NONE, Set.of(), "Tomorrow.")))
                .isInstanceOf(ValidationFailure.class)
                .extracting(e -> ((ValidationFailure) e).field())
                .isEqualTo("date");
    }

    // --- concurrent edits ---------------------------------------------------------------------

    @Test
    void a_draft_save_based_on_a_stale_version_is_a_conflict_and_the_newer_save_stays() {
        CounselingSession draft = sessions.createDraft(couple.getId(), scored("Draft."));
        long seen = draft.getVersion();
        sessions.saveDraft(draft.getId(), seen, scored("Saved in the other tab."));

        assertThatThrownBy(() -> sessions.saveDraft(draft.getId(), seen, scored("Saved in this tab.")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> sessions.sign(draft.getId(), seen, scored("Signed in this tab.")))
                .isInstanceOf(ConcurrentEditException.class);
        CounselingSession stored = repository.findById(draft.getId()).orElseThrow();
        assertThat(stored.content().note().observations()).isEqualTo("Saved in the other tab.");
        assertThat(stored.isSigned()).isFalse();
    }

    // --- access -------------------------------------------------------------------------------

    @Test
    void another_counselor_can_neither_read_nor_change_the_sessions_and_every_attempt_is_audited() {
        CounselingSession draft = sessions.createDraft(couple.getId(), scored("Draft."));
        CounselingSession signed = signedSession();
        fixtures.loginAs(lee);

        List<ThrowingCallable> attempts = List.of(
                () -> sessions.listForScreen(couple.getId()),
                () -> sessions.list(couple.getId()),
                () -> sessions.open(draft.getId()),
                () -> sessions.require(signed.getId()),
                () -> sessions.createDraft(couple.getId(), scored("Lee's note.")),
                () -> sessions.saveDraft(draft.getId(), draft.getVersion(), scored("Lee's note.")),
                () -> sessions.sign(draft.getId(), draft.getVersion(), scored("Lee's note.")),
                () -> sessions.amend(signed.getId(), "reason", "Lee's correction."),
                () -> sessions.amendments(signed.getId()),
                () -> sessions.safetyReviews(couple.getId()),
                () -> sessions.recordSafetyReview(
                        couple.getId(),
                        new SessionService.ReviewRequest(
                                today, SafetyOutcome.CONJOINT_WORK_SAFE, null, "None needed.")));
        for (ThrowingCallable attempt : attempts) {
            assertThatThrownBy(attempt).isInstanceOf(NotFoundException.class);
        }

        List<AuditEvent> denials = audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED);
        assertThat(denials).hasSize(attempts.size());
        assertThat(denials).allSatisfy(e -> {
            assertThat(e.getActorEmail()).isEqualTo(lee.getEmail());
            assertThat(e.getObjectId()).isEqualTo(couple.getReference());
        });
        assertThat(repository.findAll()).hasSize(2);
        assertThat(repository
                        .findById(draft.getId())
                        .orElseThrow()
                        .content()
                        .note()
                        .observations())
                .isEqualTo("Draft.");
        assertThat(amendments.findAll()).isEmpty();
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSION_NOTE_VIEWED))
                .isEmpty();
    }

    @Test
    void an_unknown_session_looks_exactly_like_another_counselors() {
        CounselingSession signed = signedSession();
        fixtures.loginAs(lee);

        String forbidden = catchThrowableMessage(() -> sessions.open(signed.getId()));
        String unknown = catchThrowableMessage(() -> sessions.open(signed.getId() + 1000));
        assertThat(unknown).isEqualTo(forbidden);
    }

    private static String catchThrowableMessage(ThrowingCallable c) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(c);
        assertThat(t).isInstanceOf(NotFoundException.class);
        return t.getMessage();
    }

    // --- audit of reads -----------------------------------------------------------------------

    @Test
    void reading_one_note_is_one_audited_view_of_that_session() {
        CounselingSession draft = sessions.createDraft(couple.getId(), scored("Draft."));

        sessions.open(draft.getId());

        List<AuditEvent> views = audit.findByActionOrderByIdAsc(AuditAction.SESSION_NOTE_VIEWED);
        assertThat(views).singleElement().satisfies(e -> {
            assertThat(e.getObjectType()).isEqualTo("SESSION");
            assertThat(e.getObjectId()).isEqualTo(String.valueOf(draft.getId()));
            assertThat(e.getActorEmail()).isEqualTo(dana.getEmail());
        });
    }

    @Test
    void opening_the_sessions_list_is_one_event_not_one_per_note() {
        for (int i = 3; i >= 1; i--) {
            sessions.createDraft(
                    couple.getId(), content(today.minusWeeks(i), Attendance.BOTH, NONE, NONE, Set.of(), "Week " + i));
        }

        assertThat(sessions.listForScreen(couple.getId())).hasSize(3);

        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSIONS_VIEWED))
                .singleElement()
                .extracting(AuditEvent::getObjectId)
                .isEqualTo(couple.getReference());
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSION_NOTE_VIEWED))
                .isEmpty();
        sessions.list(couple.getId());
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SESSIONS_VIEWED)).hasSize(1);
    }
}
