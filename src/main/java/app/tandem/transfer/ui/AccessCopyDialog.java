package app.tandem.transfer.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.Downloads;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.text.Texts;
import app.tandem.transfer.AccessCopySummary;
import app.tandem.transfer.AccessCopySummary.Item;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.transfer.CaseFileTransferService.SafetyRelease;
import app.tandem.transfer.DataAccessCopy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One partner's data-access copy before its download: what it holds and what was left out, in
 * plain words, the joint notes in it to read first, and for a supervisor the release of the
 * safety records (a second dialog that names them and asks for a reason). It shows nothing of the
 * other partner but their letter.
 */
class AccessCopyDialog extends Dialog {

    private final Texts texts = Texts.shared();
    private final CaseFileTransferService transfer;
    private final Couple couple;
    private final PartnerId partner;
    private final boolean supervisor;
    private final Div body = new Div();
    private SafetyRelease release;

    AccessCopyDialog(CaseFileTransferService transfer, Couple couple, PartnerId partner, boolean supervisor) {
        this.transfer = transfer;
        this.couple = couple;
        this.partner = partner;
        this.supervisor = supervisor;
        setHeaderTitle(texts.format("access.title", Map.of("x", partner.name())));
        setWidth("min(48rem, 95vw)");
        setId("access-copy-dialog");
        add(body);
        getFooter().add(new Button("Close", e -> close()));
        setCloseOnEsc(true);
        show();
    }

    private void show() {
        DataAccessCopy.Result copy = transfer.preview(couple.getId(), partner, release != null);
        AccessCopySummary summary = copy.summary();
        body.removeAll();
        body.add(new Paragraph(texts.get("access.help")));
        body.add(new H3(texts.get("access.holdsTitle")), list(summary.holds(texts), "access-holds"));
        body.add(new H3(texts.get("access.leftOutTitle")), list(summary.leftOut(texts), "access-left-out"));
        body.add(jointNotes(copy.file()));
        if (release != null) {
            Paragraph released = new Paragraph(texts.get("access.release.released"));
            released.addClassName("guidance-box");
            body.add(released);
        } else if (supervisor && summary.safetyWithheld()) {
            Button open = new Button(texts.get("access.release.open"), e -> confirmRelease(summary));
            open.addThemeVariants(ButtonVariant.LUMO_ERROR);
            open.setId("release-safety");
            body.add(open);
        }
        String file = couple.getReference() + "-access-" + partner.name().toLowerCase()
                + (release == null ? "" : "-with-safety") + ".json";
        SafetyRelease given = release;
        Anchor download = new Anchor(
                Downloads.noStore(
                        file, "application/json", () -> transfer.exportAccessCopy(couple.getId(), partner, given)),
                texts.get("access.download"));
        download.getElement().setAttribute("download", true);
        download.setId("download-access-copy");
        body.add(new Paragraph(download));
    }

    /** The shared notes this copy holds, for the counselor to read before handing it over. */
    private Details jointNotes(CaseFile copy) {
        Div notes = new Div();
        for (CaseFile.Session s : copy.sessions()) {
            if (s.attendance() != Attendance.BOTH || s.note() == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            CaseFile.Note n = s.note();
            for (String part : new String[] {n.observations(), n.interventions(), n.homeworkReview(), n.plan()}) {
                if (part != null) {
                    parts.add(part);
                }
            }
            s.amendments().stream()
                    .filter(a -> a.scope() == CaseFile.AmendmentScope.SHARED)
                    .map(CaseFile.Amendment::text)
                    .forEach(parts::add);
            Paragraph p = new Paragraph(Dates.format(s.date()) + ": " + String.join(" · ", parts));
            p.getStyle().set("white-space", "pre-line");
            notes.add(p);
        }
        if (notes.getComponentCount() == 0) {
            notes.add(new Paragraph(texts.get("access.noJointNotes")));
        }
        return new Details(texts.get("access.jointNotesTitle"), notes);
    }

    private void confirmRelease(AccessCopySummary withheld) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(texts.format("access.release.title", Map.of("x", partner.name())));
        confirm.setId("release-safety-dialog");
        TextArea reason = new TextArea(texts.get("access.release.reasonLabel"));
        reason.setHelperText(texts.get("access.release.reasonHelp"));
        TextLimits.limit(reason, SafetyRelease.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Paragraph warning = new Paragraph(texts.get("access.release.warning"));
        warning.addClassName("guidance-box");
        confirm.add(
                new Paragraph(texts.format(
                        "access.release.body",
                        Map.of(
                                "x",
                                partner.name(),
                                "flags",
                                withheld.count(Item.SAFETY_FLAGS),
                                "reviews",
                                withheld.count(Item.SAFETY_REVIEWS),
                                "referrals",
                                withheld.count(Item.DV_REFERRALS)))),
                warning,
                reason);
        confirm.setWidth("min(40rem, 95vw)");
        Button go = new Button(texts.get("access.release.confirm"), e -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                FieldErrors.show(
                        new ValidationFailure("reason", texts.get("access.release.reasonRequired")),
                        Map.of("reason", reason));
                return;
            }
            release = new SafetyRelease(reason.getValue().trim());
            confirm.close();
            show();
        });
        go.setId("release-safety-confirm");
        Dialogs.open(confirm, go);
    }

    /** The release the next download carries, if a supervisor confirmed one. */
    SafetyRelease release() {
        return release;
    }

    private static UnorderedList list(List<String> lines, String id) {
        UnorderedList list = new UnorderedList();
        lines.stream().filter(Objects::nonNull).forEach(l -> list.add(new ListItem(l)));
        list.setId(id);
        return list;
    }
}
