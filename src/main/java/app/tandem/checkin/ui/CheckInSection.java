package app.tandem.checkin.ui;

import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Downloads;
import app.tandem.casefile.PartnerId;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInLinkService.NewLink;
import app.tandem.checkin.CheckInRecord;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.OverviewSection;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Check-in links" on a couple's Overview: per partner, whether a valid link exists, a button to
 * make one (shown once: copy it or open a printable page with a QR code) or withdraw it, the
 * pause while a check-in says "not safe", and that partner's unread check-ins. Each partner's
 * column shows only that partner's check-ins.
 */
@SpringComponent
class CheckInSection implements OverviewSection {

    private final CheckInLinkService links;
    private final PracticeSettingsService practice;

    CheckInSection(CheckInLinkService links, PracticeSettingsService practice) {
        this.links = links;
        this.practice = practice;
    }

    @Override
    public Component content(Couple couple, Runnable reload) {
        Texts texts = Texts.shared();
        Div section = new Div();
        section.setId("check-in-links");
        section.setWidthFull();
        Paragraph help = new Paragraph(texts.get("checkIn.links.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        section.add(new H3(texts.get("checkIn.links.title")), help);
        if (links.paused(couple.getId())) {
            Paragraph paused = new Paragraph(texts.get("checkIn.paused"));
            paused.setId("check-in-paused");
            paused.addClassName("guidance-box");
            section.add(paused);
        }
        Div columns = new Div(column(couple, PartnerId.A, reload), column(couple, PartnerId.B, reload));
        columns.addClassName("partner-columns");
        section.add(columns);
        return section;
    }

    private Div column(Couple couple, PartnerId partner, Runnable reload) {
        Texts texts = Texts.shared();
        ZoneId zone = practice.get().zone();
        String name = couple.partner(partner).getFirstName() + " (" + partner + ")";
        Div card = new Div(new H4(name));
        card.setId("check-in-" + partner);
        links.active(couple.getId(), partner)
                .ifPresentOrElse(
                        link -> {
                            card.add(new Paragraph(texts.format(
                                    "checkIn.links.active",
                                    Map.of(
                                            "date",
                                            Dates.format(link.createdAt()
                                                    .atZone(zone)
                                                    .toLocalDate()),
                                            "until",
                                            Dates.format(link.expiresAt()
                                                    .atZone(zone)
                                                    .toLocalDate())))));
                            Button revoke = new Button(texts.get("checkIn.links.revoke"), e -> {
                                links.revoke(couple.getId(), partner);
                                reload.run();
                            });
                            revoke.setId("check-in-revoke-" + partner);
                            card.add(revoke);
                        },
                        () -> card.add(new Paragraph(texts.get("checkIn.links.none"))));
        Button create = new Button(
                texts.format(
                        "checkIn.links.create",
                        Map.of("name", couple.partner(partner).getFirstName())),
                e -> {
                    NewLink link = links.create(couple.getId(), partner);
                    shown(link, zone, reload);
                });
        create.setId("check-in-create-" + partner);
        card.add(create);
        if (!links.paused(couple.getId())) {
            Anchor calendar = new Anchor(
                    Downloads.noStore(
                            "plans-" + partner.name().toLowerCase(Locale.ROOT) + ".ics",
                            "text/calendar; charset=UTF-8",
                            () -> links.calendar(couple.getId(), partner).getBytes(StandardCharsets.UTF_8)),
                    texts.get("checkIn.calendar.counselor"));
            calendar.setId("check-in-calendar-" + partner);
            card.add(calendar);
        }
        List<CheckInRecord> unread = links.checkIns(couple.getId(), partner).stream()
                .filter(r -> !r.reviewed())
                .toList();
        if (!unread.isEmpty()) {
            card.add(new H4(texts.get("checkIn.review.title")));
        }
        for (CheckInRecord r : unread) {
            card.add(summary(r, reload));
        }
        return card;
    }

    private Div summary(CheckInRecord r, Runnable reload) {
        Texts texts = Texts.shared();
        Div box = new Div();
        box.addClassName("check-in-record");
        StringBuilder line = new StringBuilder(Dates.format(r.date()))
                .append(" · ")
                .append(texts.get("checkIn.metrics.emotionalSafety"))
                .append(' ')
                .append(show(r.emotionalSafety()))
                .append(", ")
                .append(texts.get("checkIn.metrics.reciprocalEffort"))
                .append(' ')
                .append(show(r.reciprocalEffort()))
                .append(", ")
                .append(texts.get("checkIn.metrics.clearCommunication"))
                .append(' ')
                .append(show(r.clearCommunication()));
        if (r.csi4() != null) {
            line.append(", ").append(texts.get("csi4.label")).append(' ').append(r.csi4());
        }
        box.add(new Paragraph(line.toString()));
        if (r.feelsSafe().raisesConcern()) {
            Paragraph concern =
                    new Paragraph(texts.format("checkIn.review.notSafe", Map.of("date", Dates.format(r.date()))));
            concern.addClassName("guidance-box");
            box.add(concern);
        }
        for (CheckInRecord.HomeworkReport h : r.homework()) {
            box.add(new Paragraph(
                    h.title() + " (" + Dates.format(h.dueOn()) + "): " + texts.get("checkIn.homework." + h.completion())
                            + (h.reflection() == null ? "" : " · " + h.reflection())));
        }
        if (r.note() != null) {
            box.add(new Paragraph(r.note()));
        }
        Button read = new Button(texts.get("checkIn.review.markReviewed"), e -> {
            links.markReviewed(r.id());
            reload.run();
        });
        read.setId("check-in-read-" + r.id());
        box.add(read);
        return box;
    }

    private static String show(Integer score) {
        return score == null ? "–" : String.valueOf(score);
    }

    /** The new link, shown once: a field to copy from, a copy button and the printable page. */
    private void shown(NewLink link, ZoneId zone, Runnable reload) {
        Texts texts = Texts.shared();
        String url = base() + link.path();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("checkIn.links.title"));
        TextField field = new TextField();
        field.setId("check-in-new-link");
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setAriaLabel(texts.get("checkIn.links.copy"));
        Button copy = new Button(texts.get("checkIn.links.copy"));
        copy.getElement()
                .executeJs(
                        "const url = $0; this.addEventListener('click', () => navigator.clipboard && "
                                + "navigator.clipboard.writeText(url));",
                        url);
        String until = Dates.format(link.expiresAt().atZone(zone).toLocalDate());
        Anchor print = new Anchor(
                Downloads.noStore(
                        "link.html",
                        "text/html; charset=UTF-8",
                        () -> printable(url, until).getBytes(StandardCharsets.UTF_8)),
                AttachmentType.INLINE,
                texts.get("checkIn.links.print"));
        print.setTarget(AnchorTarget.BLANK);
        Div qr = new Div(new Html(QrSvg.of(url, texts.get("checkIn.links.print"))));
        dialog.add(new Paragraph(texts.get("checkIn.links.shownOnce")), field, qr);
        Button close = new Button("Close", e -> {
            dialog.close();
            reload.run();
        });
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, print, close);
        dialog.open();
    }

    static String printable(String url, String until) {
        Texts texts = Texts.shared();
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + QrSvg.escape(texts.get("checkIn.pageTitle"))
                + "</title><meta name=\"viewport\" content=\"width=device-width\"></head><body style=\"font-family:sans-serif\">"
                + "<p>" + QrSvg.escape(texts.get("checkIn.links.printIntro")) + "</p>"
                + QrSvg.of(url, texts.get("checkIn.links.print"))
                + "<p style=\"word-break:break-all\">" + QrSvg.escape(url) + "</p>"
                + "<p>" + QrSvg.escape(texts.format("checkIn.links.printValid", Map.of("date", until))) + "</p>"
                + "<script>window.print()</script></body></html>";
    }

    /** The address partners open: this server as the counselor reached it (behind a proxy, its public name). */
    private static String base() {
        VaadinRequest r = VaadinRequest.getCurrent();
        if (r == null) {
            return "/";
        }
        if (r instanceof VaadinServletRequest s) {
            var http = s.getHttpServletRequest();
            int port = http.getServerPort();
            boolean usual = ("https".equals(http.getScheme()) && port == 443)
                    || ("http".equals(http.getScheme()) && port == 80);
            return http.getScheme() + "://" + http.getServerName() + (usual ? "" : ":" + port) + http.getContextPath()
                    + "/";
        }
        return "/";
    }
}
