package app.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.report.ReportRow;
import app.tandem.report.ReportService;
import app.tandem.security.Counselor;
import app.tandem.support.DatabaseDump;
import app.tandem.support.EveryRecordCouple;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.transfer.CaseFileTransferService.ExportKind;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@TandemTest
class PartnerErasureTest {

    /** What erasing partner B must remove from every table: identity, contact, reflections, private content. */
    static final List<String> B_ERASED = List.of(
            "Teodoro",
            "Okonkwo",
            "teodoro.okonkwo@example.org",
            "+1 555 0199",
            "he/him",
            "Call the workshop landline between nine and noon",
            "Own reflection of B: felt watched all weekend",
            "Own reflection of B: could not find the time at the workshop",
            "Private to B: keeps a second phone for the workshop",
            "Private amendment of B: the second phone is for his brother.",
            "Private to B: thinks about leaving for the city",
            "Private amendment of B: has told his cousin everything.",
            "Private to B: relieved the sessions continue",
            "Check-in of B: long days at the workshop");

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    PartnerErasureService erasure;

    @Autowired
    CoupleService couples;

    @Autowired
    ReportService reports;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    DataSource dataSource;

    Counselor dana;
    Counselor robin;
    Couple couple;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        robin = fixtures.supervisor("Robin Okafor");
        couple = fixtures.importAs(dana, EveryRecordCouple.json());
        reports.generate(couple.getId(), new ReportService.DecisionRequest(CaseFile.DecisionType.ACCEPT, null, null));
    }

    @Test
    void after_erasure_no_string_of_the_partner_is_left_in_any_table_and_the_joint_record_is_unchanged()
            throws Exception {
        CaseFile before = CaseFileReader.read(transfer.export(couple.getId(), ExportKind.TRANSFER));
        assertThat(DatabaseDump.of(dataSource)).contains(B_ERASED);

        fixtures.loginAs(robin);
        PartnerErasureService.Removed removed = erasure.erase(couple.getId(), PartnerId.B, fixtures.today());

        // Reflections: B's two homework reflections and the note of B's check-in.
        assertThat(removed).isEqualTo(new PartnerErasureService.Removed(3, 3, 2, 1));
        String dump = DatabaseDump.of(dataSource);
        assertThat(B_ERASED).allSatisfy(s -> assertThat(dump).as("erased: " + s).doesNotContain(s));
        assertThat(dump)
                .contains(
                        "Maribel",
                        "Quenneville",
                        "Private to A: worried about the debts from the move",
                        "Private amendment of A: the debts are on her card.",
                        "Own reflection of A: the walk by the harbour helped");

        CaseFile after = CaseFileReader.read(transfer.export(couple.getId(), ExportKind.TRANSFER));
        assertThat(after.couple().partners().b())
                .isEqualTo(new CaseFile.Partner("Partner", "B", null, null, null, null));
        assertThat(after.couple().partners().a())
                .isEqualTo(before.couple().partners().a());
        assertThat(after.sessions()).hasSameSizeAs(before.sessions());
        for (int i = 0; i < before.sessions().size(); i++) {
            CaseFile.Session b = before.sessions().get(i);
            CaseFile.Session a = after.sessions().get(i);
            assertThat(a.note()).as("note of %s", b.date()).isEqualTo(b.note());
            assertThat(a.scores()).as("scores of %s", b.date()).isEqualTo(b.scores());
            assertThat(a.flags()).isEqualTo(b.flags());
            assertThat(a.signed()).isEqualTo(b.signed());
            assertThat(a.signedAt()).isEqualTo(b.signedAt());
            assertThat(a.privateNotes().a()).isEqualTo(b.privateNotes().a());
            assertThat(a.privateNotes().b()).isNull();
            assertThat(a.amendments())
                    .isEqualTo(b.amendments().stream()
                            .filter(x -> x.scope() != CaseFile.AmendmentScope.PRIVATE_B)
                            .toList());
        }
        assertThat(after.sessions())
                .filteredOn(s -> s.attendance() == Attendance.BOTH)
                .isNotEmpty();
        assertThat(after.homework())
                .allSatisfy(h -> assertThat(h.reflections().b()).isNull());
        assertThat(after.safetyReviews()).isEqualTo(before.safetyReviews());
        // B's check-ins keep their scores and safety answer; B's words in them are gone, A's stay.
        assertThat(after.checkIns()).hasSameSizeAs(before.checkIns());
        assertThat(after.checkIns())
                .filteredOn(k -> k.partner() == PartnerId.B)
                .allSatisfy(k -> assertThat(k.note()).isNull());
        assertThat(after.checkIns())
                .filteredOn(k -> k.partner() == PartnerId.A)
                .extracting(CaseFile.CheckIn::note)
                .containsExactly("Check-in of A: the evenings are calmer");
    }

    @Test
    void kept_report_pdfs_are_removed_and_their_records_stay() {
        fixtures.loginAs(robin);
        erasure.erase(couple.getId(), PartnerId.B, fixtures.today());

        List<ReportRow> history = reports.history(couple.getId());
        assertThat(history)
                .isNotEmpty()
                .filteredOn(r -> !r.downloadable() && r.pdfRemoved())
                .isNotEmpty();
        ReportRow generated =
                history.stream().filter(ReportRow::pdfRemoved).findFirst().orElseThrow();
        assertThatThrownBy(() -> reports.download(generated.reportId()))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("erased");
    }

    @Test
    void erasure_is_audited_by_letter_and_refused_for_counselors() {
        assertThatThrownBy(() -> erasure.erase(couple.getId(), PartnerId.B, fixtures.today()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("supervisor"));
        assertThat(DatabaseDump.of(dataSource)).contains("Teodoro");

        fixtures.loginAs(robin);
        erasure.erase(couple.getId(), PartnerId.B, fixtures.today().minusDays(3));

        assertThat(audit.findByActionOrderByIdAsc(AuditAction.PARTNER_ERASED))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getDetail())
                            .contains("partner=B")
                            .contains("requestedOn=" + fixtures.today().minusDays(3))
                            .doesNotContain("Teodoro");
                    assertThat(e.getActorEmail()).isEqualTo(robin.getEmail());
                });
        assertThat(erasure.erasures(couple.getId()))
                .singleElement()
                .satisfies(e -> assertThat(e.partner()).isEqualTo(PartnerId.B));
        assertThat(couples.require(couple.getId()).getPartnerB().fullName()).isEqualTo("Partner B");
    }

    @Test
    void a_partner_is_erased_once_and_a_request_cannot_be_dated_in_the_future() {
        fixtures.loginAs(robin);
        assertThatThrownBy(() -> erasure.erase(
                        couple.getId(), PartnerId.A, fixtures.today().plusDays(1)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("future");
        erasure.erase(couple.getId(), PartnerId.A, fixtures.today());
        assertThatThrownBy(() -> erasure.erase(couple.getId(), PartnerId.A, fixtures.today()))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("erased already");
    }
}
