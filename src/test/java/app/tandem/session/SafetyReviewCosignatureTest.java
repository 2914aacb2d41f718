package app.tandem.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.assessment.Rule;
import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.progress.CurrentAssessmentService;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.transfer.CaseFileTransferService.ExportKind;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A review finding joint work may resume after a lethality indicator or coercive control clears
 * nothing until a supervisor other than its author co-signs it (clinical review 1.12).
 */
@TandemTest
class SafetyReviewCosignatureTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CoupleService couples;

    @Autowired
    CurrentAssessmentService assessments;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Counselor robin;
    Counselor sam;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        robin = fixtures.supervisor("Robin Okafor");
        sam = fixtures.supervisor("Sam Adeyemi");
        couple = fixtures.couple(dana, "Aisha", "Rahman", "Tom", "Berg");
        today = fixtures.today();
    }

    static Stream<Arguments> flags() {
        return Stream.of(
                Arguments.of(Flag.LETHALITY_INDICATOR, true),
                Arguments.of(Flag.COERCIVE_CONTROL, true),
                Arguments.of(Flag.FEAR_OF_PARTNER, false),
                Arguments.of(Flag.IPV_INDICATOR, false),
                Arguments.of(Flag.SELF_HARM_RISK, false));
    }

    @ParameterizedTest(name = "{0}: co-signature needed {1}")
    @MethodSource("flags")
    void a_clearing_review_needs_a_co_signature_only_after_a_lethality_indicator_or_coercive_control(
            Flag flag, boolean needed) {
        session(flag, 20, true);
        ReviewStatus status = review(SafetyOutcome.CONJOINT_WORK_SAFE, 10);

        assertThat(status.needsCoSignature()).isEqualTo(needed);
        assertThat(status.awaitingCoSignature()).isEqualTo(needed);
        assertThat(assessments.refresh(couple.getId()).decisiveRule() == Rule.R0)
                .as("R0 still decides")
                .isEqualTo(needed);
        assertThat(couples.summary(couple.getId()).isSafetyMarker()).isEqualTo(needed);
    }

    @Test
    void a_supervisors_co_signature_makes_the_review_clear_the_flags_and_is_audited() {
        session(Flag.COERCIVE_CONTROL, 20, true);
        ReviewStatus pending = review(SafetyOutcome.CONJOINT_WORK_SAFE, 10);
        assertThat(reviewInRecord().signed())
                .as("the engine's record: not yet signed")
                .isFalse();

        fixtures.loginAs(robin);
        ReviewStatus signed = sessions.coSign(pending.review().getId());

        assertThat(signed.countsAsSigned()).isTrue();
        assertThat(signed.coSignature().getCosignedBy()).isEqualTo(robin.getEmail());
        assertThat(assessments.refresh(couple.getId()).decisiveRule()).isNotEqualTo(Rule.R0);
        assertThat(couples.summary(couple.getId()).isSafetyMarker()).isFalse();
        CaseFile.SafetyReview inRecord = reviewInRecord();
        assertThat(inRecord.signed()).isTrue();
        assertThat(inRecord.coSignedBy()).isEqualTo(robin.getEmail());
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SAFETY_REVIEW_COSIGNED))
                .singleElement()
                .satisfies(e -> assertThat(e.getActorEmail()).isEqualTo(robin.getEmail()));
    }

    @Test
    void a_review_that_finds_joint_work_not_safe_never_waits_for_a_co_signature() {
        session(Flag.LETHALITY_INDICATOR, 20, true);
        ReviewStatus status = review(SafetyOutcome.NOT_SAFE, 10);

        assertThat(status.needsCoSignature()).isFalse();
        fixtures.loginAs(robin);
        assertThatThrownBy(() -> sessions.coSign(status.review().getId()))
                .isInstanceOf(ValidationFailure.class)
                .hasMessage("This review needs no co-signature.");
    }

    @Test
    void a_flag_on_a_draft_or_recorded_later_on_an_earlier_date_also_calls_for_a_co_signature() {
        session(Flag.FEAR_OF_PARTNER, 20, true);
        ReviewStatus status = review(SafetyOutcome.CONJOINT_WORK_SAFE, 10);
        assertThat(status.needsCoSignature()).isFalse();

        session(Flag.LETHALITY_INDICATOR, 15, false);

        assertThat(sessions.safetyReviewStatuses(couple.getId()))
                .singleElement()
                .satisfies(s -> assertThat(s.awaitingCoSignature()).isTrue());
        assertThat(reviewInRecord().signed()).isFalse();
    }

    @Test
    void a_flag_after_the_review_does_not_make_it_wait() {
        ReviewStatus status = review(SafetyOutcome.CONJOINT_WORK_SAFE, 10);
        session(Flag.COERCIVE_CONTROL, 5, true);

        assertThat(sessions.safetyReviewStatuses(couple.getId()))
                .singleElement()
                .satisfies(s -> assertThat(s.needsCoSignature()).isFalse());
        assertThat(status.review().getDate()).isEqualTo(today.minusDays(10));
    }

    @Test
    void only_a_supervisor_other_than_the_author_co_signs_and_only_once() {
        session(Flag.COERCIVE_CONTROL, 20, true);
        fixtures.loginAs(dana);
        long reviewId = review(SafetyOutcome.CONJOINT_WORK_SAFE, 10).review().getId();

        assertThatThrownBy(() -> sessions.coSign(reviewId)).as("a counselor").isInstanceOf(AccessDeniedException.class);

        Couple robinsOwn = fixtures.couple(robin, "Lena", "Ortiz", "Max", "Wolff");
        sessionOf(robinsOwn, Flag.LETHALITY_INDICATOR);
        long ownReview = sessions.recordSafetyReview(
                        robinsOwn.getId(),
                        new SessionService.ReviewRequest(
                                today, SafetyOutcome.CONJOINT_WORK_SAFE, null, "Seen alone; plan agreed."))
                .getId();
        assertThatThrownBy(() -> sessions.coSign(ownReview))
                .as("the review's own author")
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("another supervisor");

        sessions.coSign(reviewId);
        fixtures.loginAs(sam);
        assertThatThrownBy(() -> sessions.coSign(reviewId))
                .as("a second co-signature")
                .isInstanceOf(ValidationFailure.class)
                .hasMessage("This review is already co-signed.");
        assertThatThrownBy(() -> sessions.coSign(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_co_signature_travels_in_a_transfer_and_a_waiting_review_arrives_still_not_counting()
            throws CaseFileException {
        session(Flag.COERCIVE_CONTROL, 20, true);
        long cosigned = review(SafetyOutcome.CONJOINT_WORK_SAFE, 10).review().getId();
        fixtures.loginAs(robin);
        sessions.coSign(cosigned);
        fixtures.loginAs(dana);
        review(SafetyOutcome.CONJOINT_WORK_SAFE, 5);

        Couple copy = transfer.importFile(transfer.export(couple.getId(), ExportKind.TRANSFER));

        assertThat(sessions.safetyReviewStatuses(copy.getId()))
                .satisfiesExactly(
                        first -> {
                            assertThat(first.countsAsSigned()).isTrue();
                            assertThat(first.coSignature().getCosignedBy()).isEqualTo(robin.getEmail());
                        },
                        second -> assertThat(second.countsAsSigned()).isFalse());
    }

    private CaseFile.SafetyReview reviewInRecord() {
        fixtures.loginAs(dana);
        try {
            return CaseFileReader.read(transfer.export(couple.getId(), ExportKind.TRANSFER))
                    .safetyReviews()
                    .getFirst();
        } catch (CaseFileException e) {
            throw new AssertionError(e.errors().toString(), e);
        }
    }

    private ReviewStatus review(SafetyOutcome outcome, int daysAgo) {
        fixtures.loginAs(dana);
        long id = sessions.recordSafetyReview(
                        couple.getId(),
                        new SessionService.ReviewRequest(
                                today.minusDays(daysAgo), outcome, null, "Seen each partner alone; plan agreed."))
                .getId();
        return sessions.safetyReviewStatuses(couple.getId()).stream()
                .filter(s -> s.review().getId() == id)
                .findFirst()
                .orElseThrow();
    }

    private void session(Flag flag, int daysAgo, boolean signed) {
        fixtures.loginAs(dana);
        SessionContent content = SessionServiceTest.content(
                today.minusDays(daysAgo),
                Attendance.BOTH,
                new Scores(5, 5, 5, null),
                new Scores(5, 5, 5, null),
                Set.of(flag),
                "Session.");
        CounselingSession s = sessions.createDraft(couple.getId(), content);
        if (signed) {
            sessions.sign(s.getId(), s.getVersion(), content);
        }
    }

    private void sessionOf(Couple c, Flag flag) {
        SessionContent content = SessionServiceTest.content(
                today.minusDays(3),
                Attendance.BOTH,
                new Scores(5, 5, 5, null),
                new Scores(5, 5, 5, null),
                Set.of(flag),
                "Session.");
        CounselingSession s = sessions.createDraft(c.getId(), content);
        sessions.sign(s.getId(), s.getVersion(), content);
    }
}
