package app.tandem.transfer.ui;

import app.tandem.base.CurrentUser;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Downloads;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleTab;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.privacy.PartnerErasureService;
import app.tandem.text.Texts;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.transfer.CaseFileTransferService.ExportKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.core.annotation.Order;

/**
 * Export of the couple's record as a case file: the whole record for a transfer, or one
 * partner's data-access copy after the counselor has read what it holds and leaves out. The
 * tab names the partners by letter only: a counselor may prepare one partner's copy with that
 * partner present. Supervisors can also erase one partner's data here.
 */
@SpringComponent
@Order(50)
class CaseFileTab implements CoupleTab {

    private final CaseFileTransferService transfer;
    private final PartnerErasureService erasure;
    private final CurrentUser currentUser;
    private final PracticeSettingsService practice;
    private final Texts texts = Texts.shared();

    CaseFileTab(
            CaseFileTransferService transfer,
            PartnerErasureService erasure,
            CurrentUser currentUser,
            PracticeSettingsService practice) {
        this.transfer = transfer;
        this.erasure = erasure;
        this.currentUser = currentUser;
        this.practice = practice;
    }

    @Override
    public String label() {
        return "Case file";
    }

    @Override
    public Component content(Couple couple, Runnable reload) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        ZoneId zone = practice.get().zone();
        layout.add(new Paragraph("A case file holds what Tandem records about this couple in one JSON document "
                + "(the format another Tandem imports). Every export is recorded in the audit trail."));
        for (PartnerErasureService.Erasure e : erasure.erasures(couple.getId())) {
            Paragraph erased = new Paragraph(texts.format(
                    "erasure.erased",
                    Map.of(
                            "partner",
                            e.partner().name(),
                            "date",
                            Dates.format(e.erasedAt(), zone),
                            "by",
                            e.erasedBy())));
            erased.addClassName("guidance-box");
            layout.add(erased);
        }
        String transferFile = couple.getReference() + "-transfer-" + LocalDate.now(zone) + ".json";
        Anchor download = new Anchor(
                Downloads.noStore(
                        transferFile, "application/json", () -> transfer.export(couple.getId(), ExportKind.TRANSFER)),
                "Download " + transferFile);
        download.getElement().setAttribute("download", true);
        download.setId("export-transfer");
        layout.add(box(
                new H3("Full transfer"),
                new Paragraph("For moving the case to another counselor or practice: "
                        + "the whole record, both partners' private notes and the safety records included."),
                download));
        boolean supervisor = currentUser.find().map(u -> u.isSupervisor()).orElse(false);
        for (PartnerId partner : PartnerId.values()) {
            Button open = new Button(
                    texts.get("access.open"), e -> new AccessCopyDialog(transfer, couple, partner, supervisor).open());
            open.setId("prepare-access-" + partner.name().toLowerCase());
            layout.add(box(
                    new H3("Data-access copy for partner " + partner), new Paragraph(texts.get("access.help")), open));
        }
        if (supervisor) {
            Button erase = new Button(
                    texts.get("erasure.open"), e -> ErasureDialog.open(erasure, couple, practice.today(), reload));
            erase.setId("erase-partner");
            layout.add(box(new H3(texts.get("erasure.title")), new Paragraph(texts.get("erasure.body")), erase));
        }
        return layout;
    }

    private static Div box(Component... content) {
        Div box = new Div(content);
        box.addClassName("partner-card");
        box.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return box;
    }
}
