package app.tandem.couple.ui;

import app.tandem.base.ui.Badges;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleSummary;
import app.tandem.couple.Partner;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Both partners side by side, the status, the counselor, the safety marker and the recommendation. */
class CoupleHeader extends VerticalLayout {

    CoupleHeader(Couple couple, CoupleSummary summary) {
        setPadding(false);
        setSpacing(false);
        HorizontalLayout title = new HorizontalLayout(new H1(couple.getReference()));
        title.setAlignItems(Alignment.CENTER);
        title.add(Badges.badge(
                Labels.of(couple.getStatus()), couple.getStatus().name().equals("ACTIVE") ? "success" : "contrast"));
        if (summary.isSafetyMarker()) {
            title.add(Badges.safety());
        }
        if (summary.getRecommendation() != null) {
            title.add(Badges.badge(
                    "Assessment: " + RecommendationLabels.of(summary.getRecommendation()),
                    recommendationTheme(summary.getRecommendation())));
        }
        Div partners = new Div(card("Partner A", couple.getPartnerA()), card("Partner B", couple.getPartnerB()));
        partners.addClassName("partner-columns");
        Span counselor = new Span("Counselor: " + couple.getCounselor().getDisplayName());
        counselor.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, counselor, partners);
    }

    static String recommendationTheme(String code) {
        return switch (code) {
            case "SAFETY_REFERRAL" -> "error primary";
            case "COUPLES_THERAPY", "RETREAT" -> "error";
            case "CONTINUE" -> "success";
            default -> "contrast";
        };
    }

    private static Div card(String label, Partner p) {
        Div card = new Div();
        card.addClassName("partner-card");
        Span side = new Span(label);
        side.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        H2 name = new H2(p.fullName());
        name.getStyle().set("margin", "0");
        card.add(side, name);
        if (p.getPronouns() != null) {
            card.add(new Span(p.getPronouns()));
        }
        return card;
    }
}
