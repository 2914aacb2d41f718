package app.tandem.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import app.tandem.transfer.CaseFileTransferService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Progress tab names the score anchors each run of sessions was scored under, and cautions when they changed. */
class AnchorVersionsViewTest extends ViewTest {

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    SessionService sessions;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        loginAs(fixtures.counselor("Dana Whitfield"));
    }

    @Test
    void sessions_from_an_older_file_show_under_anchors_v1_and_a_new_one_under_v2_with_a_caution() throws Exception {
        Couple c;
        try (InputStream in = getClass().getResourceAsStream("/seeds/examples/on-track.json")) {
            c = transfer.importFile(in.readAllBytes());
        }
        List<CounselingSession> old = sessions.list(c.getId());
        LocalDate last = old.getLast().getDate();
        SessionContent next = new SessionContent(
                fixtures.today(),
                null,
                50,
                SessionFormat.IN_PERSON,
                Attendance.BOTH,
                new CaseFile.Note("Scored under the new anchors.", null, null, null),
                new Scores(7, 7, 7, null),
                new Scores(7, 7, 7, null),
                Set.of(),
                Set.of(),
                null,
                null);
        CounselingSession draft = sessions.createDraft(c.getId(), next);
        sessions.sign(draft.getId(), draft.getVersion(), next);

        navigate("couples/" + c.getReference(), CoupleDetailView.class);
        test($(TabSheet.class).single()).select("Progress");

        Div note = $(Div.class).id("anchor-versions");
        List<String> runs =
                $(ListItem.class, note).all().stream().map(ListItem::getText).toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).contains("anchors v1").contains("(" + old.size() + " sessions)");
        assertThat(runs.get(1)).contains("anchors v2 (1 session)");
        assertThat(last).isBefore(fixtures.today());
        assertThat($(Paragraph.class, note)
                        .withText(Texts.shared().get("scoreAnchors.progress.mixed"))
                        .all())
                .hasSize(1);
    }
}
