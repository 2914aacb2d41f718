package app.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.ConsentMethod;
import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.security.Counselor;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.text.Texts;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.transfer.CaseFileTransferService.ExportKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Consent, the individual session and the IPV screen of each partner, through {@link IntakeService}. */
@TandemTest
class IntakeServiceTest {

    static final Map<HitsItem, Integer> LOW_HITS =
            Map.of(HitsItem.HURT, 1, HitsItem.INSULT, 2, HitsItem.THREATEN, 1, HitsItem.SCREAM, 2);

    @Autowired
    Fixtures fixtures;

    @Autowired
    IntakeService intake;

    @Autowired
    SessionService sessions;

    @Autowired
    CoupleService couples;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Aisha", "Rahman", "Tom", "Berg");
        today = fixtures.today();
    }

    @Test
    void status_shows_consent_the_first_individual_session_and_the_latest_screen_per_partner() {
        assertThat(intake.status(couple.getId()).a())
                .isEqualTo(new IntakeService.PartnerStatus(PartnerId.A, null, null, null));

        intake.recordConsent(
                couple.getId(),
                PartnerId.A,
                new IntakeService.ConsentRequest(today.minusDays(20), ConsentMethod.SIGNED_IN_PERSON));
        session(Attendance.A, today.minusDays(14));
        session(Attendance.A, today.minusDays(7));
        session(Attendance.BOTH, today.minusDays(10));
        screen(PartnerId.A, today.minusDays(14), ScreenConclusion.NO_CONCERN);
        screen(PartnerId.A, today.minusDays(2), ScreenConclusion.NO_CONCERN);

        IntakeService.IntakeStatus status = intake.status(couple.getId());
        assertThat(status.a().consent().getGivenOn()).isEqualTo(today.minusDays(20));
        assertThat(status.a().consent().getTextVersion()).isEqualTo(IntakeService.currentConsentVersion());
        assertThat(status.a().seenAloneOn())
                .as("the first session with A alone")
                .isEqualTo(today.minusDays(14));
        assertThat(status.a().screenedOn()).as("the latest screen").isEqualTo(today.minusDays(2));
        assertThat(status.b()).isEqualTo(new IntakeService.PartnerStatus(PartnerId.B, null, null, null));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.CONSENT_RECORDED)).hasSize(1);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.IPV_SCREEN_RECORDED))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.getDetail()).isEqualTo("partner=A"));
    }

    static Stream<Arguments> badScreens() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        Map<ScreenQuestion, Boolean> afraid = Map.of(ScreenQuestion.AFRAID, true);
        Map<ScreenQuestion, Boolean> notSafeToday = Map.of(ScreenQuestion.SAFE_TO_GO_HOME, false);
        Map<HitsItem, Integer> high =
                Map.of(HitsItem.HURT, 3, HitsItem.INSULT, 3, HitsItem.THREATEN, 2, HitsItem.SCREAM, 3);
        return Stream.of(
                Arguments.of(
                        "no date",
                        new IntakeService.ScreenRequest(null, LOW_HITS, Map.of(), ScreenConclusion.NO_CONCERN, null),
                        "on"),
                Arguments.of(
                        "a future date",
                        new IntakeService.ScreenRequest(
                                today.plusDays(1), LOW_HITS, Map.of(), ScreenConclusion.NO_CONCERN, null),
                        "on"),
                Arguments.of(
                        "a HITS answer of 6",
                        new IntakeService.ScreenRequest(
                                today, Map.of(HitsItem.HURT, 6), Map.of(), ScreenConclusion.NO_CONCERN, null),
                        "hits.HURT"),
                Arguments.of(
                        "a HITS answer of 0",
                        new IntakeService.ScreenRequest(
                                today, Map.of(HitsItem.SCREAM, 0), Map.of(), ScreenConclusion.NO_CONCERN, null),
                        "hits.SCREAM"),
                Arguments.of(
                        "no conclusion",
                        new IntakeService.ScreenRequest(today, LOW_HITS, Map.of(), null, null),
                        "conclusion"),
                Arguments.of(
                        "afraid, yet no concern and no note",
                        new IntakeService.ScreenRequest(today, LOW_HITS, afraid, ScreenConclusion.NO_CONCERN, " "),
                        "notes"),
                Arguments.of(
                        "not safe to go home, yet no concern and no note",
                        new IntakeService.ScreenRequest(
                                today, Map.of(), notSafeToday, ScreenConclusion.NO_CONCERN, null),
                        "notes"),
                Arguments.of(
                        "HITS 11, yet no concern and no note",
                        new IntakeService.ScreenRequest(today, high, Map.of(), ScreenConclusion.NO_CONCERN, null),
                        "notes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScreens")
    void a_screen_that_cannot_stand_is_refused_naming_its_field_and_nothing_is_kept(
            String name, IntakeService.ScreenRequest request, String field) {
        assertThatThrownBy(() -> intake.recordScreen(couple.getId(), PartnerId.B, request))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, f -> assertThat(f.field()).isEqualTo(field));
        assertThat(intake.status(couple.getId()).b().screenedOn()).isNull();
    }

    @Test
    void a_concern_found_no_concern_with_a_reason_or_the_partner_declining_is_kept() {
        intake.recordScreen(
                couple.getId(),
                PartnerId.B,
                new IntakeService.ScreenRequest(
                        today,
                        LOW_HITS,
                        Map.of(ScreenQuestion.AFRAID, true),
                        ScreenConclusion.NO_CONCERN,
                        "Afraid of his temper at work, not at home."));
        intake.recordScreen(
                couple.getId(),
                PartnerId.B,
                new IntakeService.ScreenRequest(today, Map.of(), Map.of(), ScreenConclusion.DECLINED, null));
        IpvScreening concern = intake.recordScreen(
                couple.getId(),
                PartnerId.A,
                new IntakeService.ScreenRequest(
                        today,
                        Map.of(HitsItem.HURT, 5),
                        Map.of(ScreenQuestion.STRANGLED, true, ScreenQuestion.WEAPON, false),
                        ScreenConclusion.CONCERN,
                        null));

        assertThat(concern.answers())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(ScreenQuestion.STRANGLED, true, ScreenQuestion.WEAPON, false));
        assertThat(concern.hits()).containsExactlyEntriesOf(Map.of(HitsItem.HURT, 5));
        assertThat(IpvScreens.indicatesConcern(concern.hits(), concern.answers()))
                .isTrue();
    }

    static Stream<Arguments> indications() {
        return Stream.of(
                Arguments.of(
                        Map.of(HitsItem.HURT, 1, HitsItem.INSULT, 3, HitsItem.THREATEN, 3, HitsItem.SCREAM, 3),
                        Map.of(),
                        false),
                Arguments.of(
                        Map.of(HitsItem.HURT, 2, HitsItem.INSULT, 3, HitsItem.THREATEN, 3, HitsItem.SCREAM, 3),
                        Map.of(),
                        true),
                Arguments.of(
                        Map.of(),
                        Map.of(ScreenQuestion.SAFE_TO_GO_HOME, true, ScreenQuestion.USED_FORCE, false),
                        false),
                Arguments.of(Map.of(), Map.of(ScreenQuestion.SAFE_TO_GO_HOME, false), true),
                Arguments.of(Map.of(), Map.of(ScreenQuestion.USED_FORCE, true), true),
                Arguments.of(Map.of(), Map.of(), false));
    }

    @ParameterizedTest(name = "HITS {0}, answers {1}: concern {2}")
    @MethodSource("indications")
    void the_answers_point_to_a_concern_above_a_hits_total_of_ten_or_on_any_danger_answer(
            Map<HitsItem, Integer> hits, Map<ScreenQuestion, Boolean> answers, boolean concern) {
        assertThat(IpvScreens.indicatesConcern(hits, answers)).isEqualTo(concern);
    }

    @Test
    void opening_a_partners_individual_record_is_audited_and_shows_only_that_partner() {
        screen(PartnerId.A, today, ScreenConclusion.NO_CONCERN);
        screen(PartnerId.B, today, ScreenConclusion.CONCERN);

        IntakeService.PartnerRecord forA = intake.openPartnerRecord(couple.getId(), PartnerId.A);

        assertThat(forA.screens())
                .singleElement()
                .satisfies(s -> assertThat(s.getPartner()).isEqualTo(PartnerId.A));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.PARTNER_RECORD_VIEWED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("partner=A"));
        fixtures.loginAs(fixtures.counselor("Lee Marsh"));
        assertThatThrownBy(() -> intake.openPartnerRecord(couple.getId(), PartnerId.B))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> screen(PartnerId.B, today, ScreenConclusion.NO_CONCERN))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_partners_data_copy_carries_only_their_own_consent_and_their_own_screen_only_when_released()
            throws Exception {
        screen(PartnerId.A, today, ScreenConclusion.NO_CONCERN);
        screen(PartnerId.B, today, ScreenConclusion.CONCERN);
        intake.recordConsent(
                couple.getId(), PartnerId.A, new IntakeService.ConsentRequest(today, ConsentMethod.VERBAL_BY_VIDEO));
        intake.recordConsent(
                couple.getId(), PartnerId.B, new IntakeService.ConsentRequest(today, ConsentMethod.SIGNED_IN_PERSON));

        CaseFile forA = CaseFileReader.read(transfer.export(couple.getId(), ExportKind.ACCESS_REQUEST_A));
        CaseFile full = CaseFileReader.read(transfer.export(couple.getId(), ExportKind.TRANSFER));
        fixtures.loginAs(fixtures.supervisor("Robin Okafor"));
        CaseFile releasedForB = CaseFileReader.read(transfer.exportAccessCopy(
                couple.getId(),
                PartnerId.B,
                new CaseFileTransferService.SafetyRelease("the partner's own request, checked with them alone")));

        // A screening is a safety record: a partner's own goes in only with a supervisor's release.
        assertThat(forA.ipvScreens()).isEmpty();
        assertThat(forA.consents()).extracting(CaseFile.Consent::partner).containsExactly(PartnerId.A);
        assertThat(releasedForB.ipvScreens())
                .extracting(CaseFile.IpvScreen::partner)
                .containsExactly(PartnerId.B);
        assertThat(releasedForB.consents())
                .extracting(CaseFile.Consent::partner)
                .containsExactly(PartnerId.B);
        assertThat(full.ipvScreens()).extracting(CaseFile.IpvScreen::partner).containsExactly(PartnerId.A, PartnerId.B);
        assertThat(full.consents()).hasSize(2);

        Couple copy = transfer.importFile(transfer.export(couple.getId(), ExportKind.TRANSFER));
        assertThat(intake.status(copy.getId()).b().screenedOn()).isEqualTo(today);
        assertThat(intake.status(copy.getId()).a().consent().getMethod()).isEqualTo(ConsentMethod.VERBAL_BY_VIDEO);
    }

    @Test
    void the_safe_contact_is_set_for_one_partner_and_a_stale_version_is_a_conflict() {
        long version = couples.require(couple.getId()).getVersion();
        intake.updateSafeContact(
                couple.getId(),
                version,
                PartnerId.B,
                new CoupleService.SafeContactChange(false, true, "  mobile after 6 pm  "));

        Couple stored = couples.require(couple.getId());
        assertThat(stored.getPartnerB().getSafePhone()).isTrue();
        assertThat(stored.getPartnerB().getSafeNote()).isEqualTo("mobile after 6 pm");
        assertThat(stored.getPartnerA().hasSafeContact()).isFalse();
        assertThatThrownBy(() -> intake.updateSafeContact(
                        couple.getId(), version, PartnerId.A, new CoupleService.SafeContactChange(true, false, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> intake.updateSafeContact(
                        couple.getId(),
                        stored.getVersion(),
                        PartnerId.A,
                        new CoupleService.SafeContactChange(true, false, "x".repeat(501))))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, f -> assertThat(f.field()).isEqualTo("safeNote"));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SAFE_CONTACT_UPDATED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("partner=B"));
    }

    @Test
    void consent_needs_a_date_not_in_the_future_and_how_it_was_given() {
        assertThatThrownBy(() -> intake.recordConsent(
                        couple.getId(),
                        PartnerId.A,
                        new IntakeService.ConsentRequest(today.plusDays(1), ConsentMethod.SIGNED_IN_PERSON)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, f -> assertThat(f.field()).isEqualTo("givenOn"));
        assertThatThrownBy(() -> intake.recordConsent(
                        couple.getId(), PartnerId.A, new IntakeService.ConsentRequest(today, null)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, f -> assertThat(f.field()).isEqualTo("method"));
        assertThat(intake.status(couple.getId()).a().consent()).isNull();
        assertThat(Texts.shared().get("consent.v" + IntakeService.currentConsentVersion() + ".body"))
                .isNotBlank();
    }

    private void screen(PartnerId p, LocalDate on, ScreenConclusion conclusion) {
        intake.recordScreen(
                couple.getId(),
                p,
                new IntakeService.ScreenRequest(on, LOW_HITS, Map.of(ScreenQuestion.AFRAID, false), conclusion, null));
    }

    private void session(Attendance attendance, LocalDate date) {
        SessionContent content = new SessionContent(
                date,
                LocalTime.of(10, 0),
                50,
                SessionFormat.IN_PERSON,
                attendance,
                new Note("Seen.", null, null, null),
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null);
        sessions.createDraft(couple.getId(), content);
    }
}
