package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.NotFoundException;
import app.tandem.base.Problem;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@TandemTest
class CoupleServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CoupleService couples;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Counselor lee;
    Counselor sup;
    Couple danas;
    Couple lees;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        lee = fixtures.counselor("Lee Marsh");
        sup = fixtures.supervisor("Robin Okafor");
        lees = fixtures.couple(lee, "Ana", "Lopez", "Ben", "Okoro");
        danas = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
    }

    @Test
    void references_are_assigned_in_sequence() {
        assertThat(lees.getReference()).isEqualTo("C-0001");
        assertThat(danas.getReference()).isEqualTo("C-0002");
    }

    @Test
    void a_counselor_opens_their_own_couple_and_the_view_is_audited() {
        fixtures.loginAs(dana);
        assertThat(couples.open(danas.getReference()).getId()).isEqualTo(danas.getId());
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("COUPLE", danas.getReference()))
                .extracting(e -> e.getAction())
                .contains(AuditAction.COUPLE_VIEWED);
    }

    @Test
    void a_counselor_asking_for_another_counselors_couple_by_reference_gets_not_found_and_it_is_audited() {
        fixtures.loginAs(dana);
        assertThatThrownBy(() -> couples.open(lees.getReference())).isInstanceOf(NotFoundException.class);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED)).hasSize(1);
    }

    @Test
    void a_counselor_asking_for_another_counselors_couple_by_id_gets_not_found() {
        fixtures.loginAs(dana);
        assertThatThrownBy(() -> couples.require(lees.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> couples.history(lees.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> couples.update(lees.getId(), CoupleDetails.of(lees)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_unknown_reference_looks_exactly_like_a_forbidden_one() {
        fixtures.loginAs(dana);
        String unknown = catchMessage(() -> couples.open("C-9999"));
        String forbidden = catchMessage(() -> couples.open(lees.getReference()));
        assertThat(unknown).isEqualTo(forbidden);
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (NotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected not found");
    }

    @Test
    void a_supervisor_reaches_every_couple() {
        fixtures.loginAs(sup);
        assertThat(couples.open(lees.getReference())).isNotNull();
        assertThat(couples.open(danas.getReference())).isNotNull();
    }

    @Test
    void the_caseload_shows_only_ones_own_couples_and_a_supervisor_sees_all() {
        fixtures.loginAs(dana);
        assertThat(couples.caseload(CaseloadFilter.none(), PageRequest.of(0, 50))
                        .getContent())
                .extracting(CaseloadRow::reference)
                .containsExactly(danas.getReference());
        fixtures.loginAs(sup);
        assertThat(couples.caseload(CaseloadFilter.none(), PageRequest.of(0, 50, Sort.by("reference")))
                        .getContent())
                .extracting(CaseloadRow::reference)
                .containsExactly("C-0001", "C-0002");
        assertThat(couples.caseload(new CaseloadFilter(null, null, lee.getId()), PageRequest.of(0, 50))
                        .getContent())
                .extracting(CaseloadRow::reference)
                .containsExactly(lees.getReference());
    }

    @Test
    void a_counselor_cannot_widen_the_caseload_with_a_counselor_filter() {
        fixtures.loginAs(dana);
        assertThat(couples.caseload(new CaseloadFilter(null, null, lee.getId()), PageRequest.of(0, 50))
                        .getContent())
                .extracting(CaseloadRow::reference)
                .containsExactly(danas.getReference());
    }

    @Test
    void search_matches_names_and_references_and_sorting_works_on_joined_columns() {
        fixtures.loginAs(sup);
        assertThat(couples.caseload(new CaseloadFilter("rive", null, null), PageRequest.of(0, 50))
                        .getContent())
                .extracting(CaseloadRow::reference)
                .containsExactly(danas.getReference());
        assertThat(couples.caseload(new CaseloadFilter("c-0001", null, null), PageRequest.of(0, 50))
                        .getContent())
                .extracting(CaseloadRow::reference)
                .containsExactly(lees.getReference());
        assertThat(couples.caseload(new CaseloadFilter("maya rivera", null, null), PageRequest.of(0, 50))
                        .getContent())
                .hasSize(1);
        assertThat(couples.caseload(new CaseloadFilter("%", null, null), PageRequest.of(0, 50))
                        .getContent())
                .isEmpty();
        assertThat(couples.caseload(
                                CaseloadFilter.none(),
                                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "co.displayName")))
                        .getContent())
                .extracting(CaseloadRow::counselorName)
                .containsExactly("Lee Marsh", "Dana Whitfield");
        assertThat(couples.caseload(CaseloadFilter.none(), PageRequest.of(0, 50, Sort.by("partnerB.lastName")))
                        .getContent())
                .extracting(CaseloadRow::partnerBLastName)
                .containsExactly("Chen", "Okoro");
        assertThat(couples.caseload(CaseloadFilter.none(), PageRequest.of(0, 50, Sort.by("s.lastSessionDate")))
                        .getContent())
                .hasSize(2);
    }

    @Test
    void a_stale_save_is_a_conflict_and_changes_nothing() {
        fixtures.loginAs(dana);
        CoupleDetails start = CoupleDetails.of(couples.require(danas.getId()));
        CoupleDetails first = withGoals(start, List.of("First goal"));
        couples.update(danas.getId(), first);
        CoupleDetails second = withGoals(start, List.of("Second goal"));
        assertThatThrownBy(() -> couples.update(danas.getId(), second))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved");
        assertThat(couples.require(danas.getId()).getGoals()).containsExactly("First goal");
    }

    private static CoupleDetails withGoals(CoupleDetails d, List<String> goals) {
        return new CoupleDetails(
                d.intakeDate(),
                d.partnerA(),
                d.partnerB(),
                d.withdrawalOnset(),
                d.pursuer(),
                d.signs(),
                d.stressors(),
                d.stressorOther(),
                d.contextNotes(),
                goals,
                d.secretsPolicy(),
                d.childrenInHousehold(),
                d.version());
    }

    @Test
    void closing_needs_a_reason_and_a_summary_and_enters_the_history() {
        fixtures.loginAs(dana);
        Couple c = couples.require(danas.getId());
        assertThatThrownBy(() -> couples.changeStatus(
                        c.getId(),
                        c.getVersion(),
                        new CoupleService.StatusChange(CoupleStatus.CLOSED, "", "summary", null, null, null)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("why");
        assertThatThrownBy(() -> couples.changeStatus(
                        c.getId(),
                        c.getVersion(),
                        new CoupleService.StatusChange(CoupleStatus.CLOSED, "Goals met", " ", null, null, null)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("closing summary");
        couples.changeStatus(
                c.getId(),
                c.getVersion(),
                new CoupleService.StatusChange(
                        CoupleStatus.CLOSED, "Goals met", "Both report steady weekly time.", null, null, null));
        assertThat(couples.require(danas.getId()).getStatus()).isEqualTo(CoupleStatus.CLOSED);
        assertThat(couples.history(danas.getId()))
                .extracting(CoupleStatusChange::getStatus)
                .containsExactly(CoupleStatus.ACTIVE, CoupleStatus.CLOSED);
        assertThat(couples.history(danas.getId()).get(1).getChangedBy()).isEqualTo(dana.getEmail());
    }

    @Test
    void referring_keeps_the_referral_as_its_own_record() {
        fixtures.loginAs(dana);
        Couple c = couples.require(danas.getId());
        couples.changeStatus(
                c.getId(),
                c.getVersion(),
                new CoupleService.StatusChange(
                        CoupleStatus.REFERRED,
                        "Stuck",
                        null,
                        ReferralType.COUPLES_THERAPY,
                        fixtures.today(),
                        "Attachment-focused therapist"));
        assertThat(couples.referrals(c.getId())).singleElement().satisfies(r -> {
            assertThat(r.getType()).isEqualTo(ReferralType.COUPLES_THERAPY);
            assertThat(r.getReferredTo()).isEqualTo("Attachment-focused therapist");
        });
    }

    @Test
    void the_first_attended_session_of_a_referral_is_recorded_later_audited_and_reaches_the_case_record() {
        fixtures.loginAs(dana);
        Referral r = couples.addReferral(
                danas.getId(),
                ReferralType.COUPLES_THERAPY,
                fixtures.today().minusWeeks(3),
                "Attachment-focused therapist",
                null,
                null);
        assertThat(r.getFirstSessionOn()).isNull();

        couples.recordFirstSession(r.getId(), r.getVersion(), fixtures.today().minusWeeks(1));

        assertThat(couples.referrals(danas.getId()))
                .singleElement()
                .satisfies(saved -> assertThat(saved.getFirstSessionOn())
                        .isEqualTo(fixtures.today().minusWeeks(1)));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.REFERRAL_FIRST_SESSION_RECORDED))
                .hasSize(1);
    }

    @Test
    void a_first_session_before_the_referral_or_in_the_future_is_refused_with_a_sentence() {
        fixtures.loginAs(dana);
        Referral r = couples.addReferral(
                danas.getId(), ReferralType.COUPLES_THERAPY, fixtures.today().minusWeeks(3), null, null, null);

        assertThatThrownBy(() -> couples.recordFirstSession(
                        r.getId(), r.getVersion(), fixtures.today().minusWeeks(4)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("cannot be before the referral");
        assertThatThrownBy(() -> couples.recordFirstSession(
                        r.getId(), r.getVersion(), fixtures.today().plusDays(1)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("cannot be in the future");
        assertThatThrownBy(() -> couples.recordFirstSession(r.getId(), r.getVersion(), null))
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> couples.addReferral(
                        danas.getId(),
                        ReferralType.COUPLES_THERAPY,
                        fixtures.today(),
                        null,
                        null,
                        fixtures.today().minusDays(1)))
                .isInstanceOf(ValidationFailure.class);
        assertThat(couples.referrals(danas.getId()))
                .singleElement()
                .satisfies(saved -> assertThat(saved.getFirstSessionOn()).isNull());
    }

    @Test
    void recording_a_first_session_over_a_stale_version_is_a_conflict_and_keeps_the_first_value() {
        fixtures.loginAs(dana);
        Referral r = couples.addReferral(
                danas.getId(), ReferralType.COUPLES_THERAPY, fixtures.today().minusWeeks(3), null, null, null);
        long seen = r.getVersion();
        couples.recordFirstSession(r.getId(), seen, fixtures.today().minusWeeks(2));

        assertThatThrownBy(() -> couples.recordFirstSession(
                        r.getId(), seen, fixtures.today().minusWeeks(1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(couples.referrals(danas.getId()).get(0).getFirstSessionOn())
                .isEqualTo(fixtures.today().minusWeeks(2));
    }

    @Test
    void another_counselors_referral_cannot_be_changed() {
        fixtures.loginAs(lee);
        Referral r = couples.addReferral(
                lees.getId(), ReferralType.COUPLES_THERAPY, fixtures.today().minusWeeks(3), null, null, null);
        fixtures.loginAs(dana);

        assertThatThrownBy(() -> couples.recordFirstSession(r.getId(), r.getVersion(), fixtures.today()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_a_supervisor_reassigns() {
        fixtures.loginAs(dana);
        assertThatThrownBy(() -> couples.reassign(danas.getId(), lee.getId()))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.loginAs(sup);
        couples.reassign(danas.getId(), lee.getId());
        fixtures.loginAs(lee);
        assertThat(couples.require(danas.getId()).getCounselor().getId()).isEqualTo(lee.getId());
        fixtures.loginAs(dana);
        assertThatThrownBy(() -> couples.require(danas.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void validation_rejects_empty_names_and_bad_email() {
        fixtures.loginAs(dana);
        CoupleDetails bad = new CoupleDetails(
                fixtures.today(),
                new CoupleDetails.PartnerDetails(" ", "Rivera", null, "not-an-email", null, null, null, null),
                CoupleDetails.PartnerDetails.named("Sam", ""),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        List<Problem> problems = CoupleValidator.problems(bad, fixtures.today());
        assertThat(problems).extracting(Problem::field).containsExactly("a.firstName", "a.email", "b.lastName");
        assertThatThrownBy(() -> couples.create(bad)).isInstanceOf(ValidationFailure.class);
    }

    @Test
    void anonymous_callers_are_refused() {
        fixtures.logout();
        assertThatThrownBy(() -> couples.caseload(CaseloadFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
