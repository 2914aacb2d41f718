package app.tandem.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.Rule;
import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import app.tandem.progress.ProgressService;
import app.tandem.security.Counselor;
import app.tandem.session.CounselingSession;
import app.tandem.session.SafetyReview;
import app.tandem.session.SessionService;
import app.tandem.support.Fixtures;
import app.tandem.support.MutableClock;
import app.tandem.support.TandemTest;
import app.tandem.transfer.CaseFileTransferService.ExportKind;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case file with a forged signer and a "conjoint work safe" review nobody here signed. */
@TandemTest
class ImportedRecordsTest {

    static final String FORGED = "Dr. Forged Signer, clinical director";

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    ProgressService progress;

    @Autowired
    SessionService sessions;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    MutableClock clock;

    Counselor dana;
    Couple couple;

    static byte[] forged() throws Exception {
        try (InputStream in = ImportedRecordsTest.class.getResourceAsStream("/privacy/forged-signature.json")) {
            return in.readAllBytes();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        fixtures.loginAs(dana);
        couple = transfer.importFile(forged());
    }

    @Test
    void an_imported_conjoint_work_safe_review_never_clears_the_flag() {
        ProgressService.Progress p = progress.progress(couple.getId());

        assertThat(p.assessment().recommendation()).isEqualTo(Recommendation.SAFETY_REFERRAL);
        assertThat(p.assessment().decisiveRule()).isEqualTo(Rule.R0);
        assertThat(p.file().safetyReviews()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(SafetyOutcome.CONJOINT_WORK_SAFE);
            assertThat(r.clears()).isFalse();
        });
    }

    @Test
    void a_review_signed_in_tandem_clears_it() {
        sessions.recordSafetyReview(
                couple.getId(),
                new SessionService.ReviewRequest(
                        fixtures.today(),
                        SafetyOutcome.CONJOINT_WORK_SAFE,
                        null,
                        "Seen alone; no fear; plan reviewed."));

        assertThat(progress.progress(couple.getId()).assessment().recommendation())
                .isNotEqualTo(Recommendation.SAFETY_REFERRAL);
    }

    @Test
    void the_records_show_as_imported_with_the_forged_signer_kept_as_text_and_the_import_is_audited() throws Exception {
        assertThat(sessions.list(couple.getId())).hasSize(3).allSatisfy((CounselingSession s) -> {
            assertThat(s.isImported()).isTrue();
            assertThat(s.isSignedElsewhere()).isTrue();
            assertThat(s.getSignedBy()).isEqualTo(FORGED);
            assertThat(s.getImported().by()).isEqualTo(dana.getEmail());
            assertThat(s.getImported().at()).isEqualTo(clock.instant());
        });
        assertThat(sessions.safetyReviews(couple.getId()))
                .singleElement()
                .satisfies((SafetyReview r) -> assertThat(r.isImported()).isTrue());
        assertThat(sessions.amendmentsOfCouple(couple.getId()))
                .singleElement()
                .satisfies(a -> assertThat(a.getImported().by()).isEqualTo(dana.getEmail()));

        CaseFile exported = CaseFileReader.read(transfer.export(couple.getId(), ExportKind.TRANSFER));
        assertThat(exported.sessions())
                .allSatisfy(s ->
                        assertThat(s.imported()).isEqualTo(new CaseFile.Imported(clock.instant(), dana.getEmail())));
        assertThat(exported.safetyReviews())
                .allSatisfy(r -> assertThat(r.imported()).isNotNull());

        assertThat(audit.findByActionOrderByIdAsc(AuditAction.CASE_FILE_IMPORTED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail())
                        .contains("3 sessions (3 signed elsewhere)")
                        .contains("1 amendments")
                        .contains("1 safety reviews")
                        .contains("never clears"));
    }
}
