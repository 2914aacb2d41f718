package app.tandem.transfer.ui;

import app.tandem.base.AppRoles;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.text.Texts;
import app.tandem.transfer.CaseFileTransferService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Import of a case file as a new couple in the signed-in counselor's caseload. All or nothing:
 * every error is listed with its JSON path and nothing is written.
 */
@Route("couples/import")
@PageTitle("Import a case file · Tandem")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
class ImportCaseFileView extends VerticalLayout {

    private final CaseFileTransferService transfer;
    final Div result = new Div();
    final Upload upload;

    ImportCaseFileView(CaseFileTransferService transfer) {
        this.transfer = transfer;
        setMaxWidth("60rem");
        add(
                new H1("Import a case file"),
                new Paragraph(
                        "Choose a Tandem case file (JSON, at most 10 MB). The couple is added "
                                + "to your caseload with a new reference. If anything in the file is wrong, every problem is listed below "
                                + "and nothing is saved. Every session, amendment and safety review it brings is marked as imported by you; "
                                + "a signature it carries was made elsewhere, and an imported safety review never clears a safety flag."));
        UI ui = UI.getCurrent();
        // The upload arrives in its own request; the UI is changed under the session lock.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> handle(bytes))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CaseFileReader.MAX_BYTES);
        // Vaadin's own sentence ("File is Too Big.") is not shown: one voice for every refusal.
        upload.addFileRejectedListener(e -> showSentence(Texts.shared().get("import.rejected")));
        upload.setId("import-upload");
        add(upload, result);
    }

    /** Imports the bytes and shows either a link to the new couple or every error found. */
    void handle(byte[] bytes) {
        result.removeAll();
        try {
            Couple couple = transfer.importFile(bytes);
            result.add(
                    new Paragraph("Imported as " + couple.getReference() + ": " + couple.names() + "."),
                    new RouterLink(
                            "Open " + couple.getReference(),
                            CoupleDetailView.class,
                            new RouteParameters("reference", couple.getReference())));
        } catch (CaseFileException e) {
            show(e.errors());
        }
    }

    private void showSentence(String sentence) {
        result.removeAll();
        Div box = new Div(new Paragraph(sentence));
        box.addClassName("guidance-box");
        box.getElement().setAttribute("role", "alert");
        result.add(box);
    }

    private void show(List<String> errors) {
        result.removeAll();
        Div box = new Div(new Paragraph(ImportMessages.heading(errors.size())));
        UnorderedList list = new UnorderedList();
        errors.forEach(err -> list.add(new ListItem(ImportMessages.inWords(err))));
        box.add(list);
        box.addClassName("guidance-box");
        box.getElement().setAttribute("role", "alert");
        result.add(box);
    }
}
