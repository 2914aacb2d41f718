package app.tandem.progress.ui;

import app.tandem.base.ui.Downloads;
import app.tandem.couple.Couple;
import app.tandem.progress.CaseFileTransferService;
import app.tandem.progress.CaseFileTransferService.ExportKind;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.core.annotation.Order;

/** Export of the couple's whole record as a case file: for a transfer, or a partner's data-access copy. */
@org.springframework.stereotype.Component
@Order(20)
class CaseFileTab implements ExtraCoupleTab {

    private final CaseFileTransferService transfer;

    CaseFileTab(CaseFileTransferService transfer) {
        this.transfer = transfer;
    }

    @Override
    public String label() {
        return "Case file";
    }

    @Override
    public com.vaadin.flow.component.Component content(Couple couple, Runnable reload) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Paragraph("A case file holds everything Tandem records about this couple in one JSON document "
                + "(the format another Tandem imports). Every export is recorded in the audit trail."));
        layout.add(option(couple, ExportKind.TRANSFER, "Full transfer",
                "For moving the case to another counselor or practice: includes both partners' private notes."));
        layout.add(option(couple, ExportKind.ACCESS_REQUEST_A, "Data-access copy for " + couple.getPartnerA().fullName() + " (A)",
                "For partner A's request for their data: includes A's private notes, never B's."));
        layout.add(option(couple, ExportKind.ACCESS_REQUEST_B, "Data-access copy for " + couple.getPartnerB().fullName() + " (B)",
                "For partner B's request for their data: includes B's private notes, never A's."));
        return layout;
    }

    private Div option(Couple couple, ExportKind kind, String title, String help) {
        String file = couple.getReference() + "-" + kind.name().toLowerCase().replace('_', '-') + ".json";
        Anchor download = new Anchor(Downloads.noStore(file, "application/json", () -> transfer.export(couple.getId(), kind)),
                "Download " + file);
        download.getElement().setAttribute("download", true);
        download.setId("export-" + kind.name().toLowerCase());
        Div box = new Div(new H3(title), new Paragraph(help), download);
        box.addClassName("partner-card");
        box.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return box;
    }
}
