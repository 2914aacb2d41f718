package app.tandem.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.security.Counselor;
import app.tandem.session.Amendment;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionService;
import app.tandem.support.ViewTest;
import app.tandem.transfer.CaseFileTransferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Imported sessions say they were imported and signed elsewhere; a private amendment is marked private. */
class SessionProvenanceViewTest extends ViewTest {

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    SessionService sessions;

    Counselor dana;
    Couple couple;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        fixtures.loginAs(dana);
        try (InputStream in = getClass().getResourceAsStream("/privacy/forged-signature.json")) {
            couple = transfer.importFile(in.readAllBytes());
        }
        loginAs(dana);
    }

    private CounselingSession first() {
        return sessions.list(couple.getId()).getFirst();
    }

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void an_imported_session_shows_the_forged_signer_as_a_signature_made_elsewhere_and_who_imported_it() {
        navigate("couples/" + couple.getReference() + "/sessions/" + first().getId(), SessionFormView.class);

        assertThat(page())
                .contains("Imported from a case file by " + dana.getEmail())
                .contains("The file says it was signed by Dr. Forged Signer, clinical director")
                .contains("a signature made elsewhere, not in Tandem")
                .doesNotContain("Signed by Dr. Forged Signer")
                .contains("imported by " + dana.getEmail());
    }

    @Test
    void the_sessions_tab_marks_imported_sessions_and_says_an_imported_review_clears_nothing() {
        navigate("couples/" + couple.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Sessions");

        assertThat($(SessionsTab.class).single().getElement().getTextRecursively())
                .contains("Imported")
                .contains("an imported review never clears a safety flag by itself");
    }

    @Test
    void a_correction_of_a_private_note_is_kept_private_to_that_partner() {
        navigate("couples/" + couple.getReference() + "/sessions/" + first().getId(), SessionFormView.class);
        test($(Button.class).id("add-amendment")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(RadioButtonGroup.class, dialog).id("amendment-scope"))
                .selectItem("The private note of Bram (B): never shown to A");
        test($(TextField.class, dialog).withCaption("Reason for the correction").single())
                .setValue("said after the session");
        test($(TextArea.class, dialog).withCaption("Correction").single())
                .setValue("Bram later said he sleeps at his sister's.");
        test($(Button.class, dialog).id("save-amendment")).click();

        List<Amendment> amendments = sessions.amendments(first().getId());
        assertThat(amendments)
                .extracting(Amendment::getScope)
                .containsExactly(AmendmentScope.SHARED, AmendmentScope.PRIVATE_B);
        assertThat(page()).contains("Private to Bram (B): never shown to the other partner");
    }
}
