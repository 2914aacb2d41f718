package app.tandem.session.ui;

import app.tandem.base.ui.Badges;
import app.tandem.base.ui.Dates;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.session.Amendment;
import app.tandem.session.CounselingSession;
import app.tandem.session.SafetyReview;
import app.tandem.text.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Map;

/**
 * How the session screens mark where a record came from and whom it belongs to: signed here or
 * signed elsewhere and imported, shared or private to one partner.
 */
final class SessionMarks {

    private static final Texts TEXTS = Texts.shared();

    private SessionMarks() {}

    /** Who signed the session, or that it was imported and signed elsewhere; empty for a new draft. */
    static Div provenance(CounselingSession s, ZoneId zone) {
        Div box = new Div();
        box.addClassName("session-provenance");
        if (s == null) {
            return box;
        }
        if (s.isImported()) {
            box.add(new Paragraph(TEXTS.format(
                    "imported.session",
                    Map.of(
                            "by",
                            s.getImported().by(),
                            "at",
                            Dates.format(s.getImported().at(), zone)))));
        }
        if (s.isSignedElsewhere()) {
            box.add(new Paragraph(TEXTS.format(
                    "imported.signedElsewhere",
                    Map.of(
                            "signedBy",
                            s.getSignedBy() == null ? "—" : s.getSignedBy(),
                            "signedAt",
                            Dates.format(s.getSignedAt(), zone)))));
        } else if (s.isSigned()) {
            box.add(new Paragraph("Signed by " + s.getSignedBy() + " on " + Dates.format(s.getSignedAt(), zone)
                    + ". A signed note cannot change; add an amendment to correct it."));
        }
        return box;
    }

    /** One amendment: when, who, why, marked private to a partner or imported where it is. */
    static Div amendment(Amendment a, Couple couple, ZoneId zone) {
        Span head =
                new Span(Dates.format(a.getAmendedAt(), zone) + " · " + a.getAuthor() + " · reason: " + a.getReason());
        Div item = new Div(head);
        PartnerId partner = a.getScope().partner();
        if (partner != null) {
            item.add(new Paragraph(Badges.badge(
                    TEXTS.format(
                            "amendment.privateLabel",
                            Map.of("name", couple.partner(partner).getFirstName(), "partner", partner.name())),
                    "contrast")));
            item.addClassName("private-note");
        }
        if (a.isImported()) {
            item.add(new Paragraph(TEXTS.format(
                    "imported.amendment",
                    Map.of(
                            "by",
                            a.getImported().by(),
                            "at",
                            Dates.format(a.getImported().at(), zone)))));
        }
        item.add(new Paragraph(a.getText()));
        item.addClassName("partner-card");
        item.getStyle().set("white-space", "pre-line");
        return item;
    }

    /** One safety review line; an imported one says it never clears a flag by itself. */
    static String review(SafetyReview r, ZoneId zone) {
        String line = Dates.format(r.getDate()) + " · "
                + TEXTS.get("review.outcome." + r.getOutcome().name())
                + (r.getReviewedBy() == null ? "" : " · by " + r.getReviewedBy())
                + (r.getReferralMade() == null ? "" : " · referral: " + r.getReferralMade());
        return r.isImported()
                ? line + " · "
                        + TEXTS.format(
                                "imported.review",
                                Map.of(
                                        "by",
                                        r.getImported().by(),
                                        "at",
                                        Dates.format(r.getImported().at(), zone)))
                : line;
    }
}
