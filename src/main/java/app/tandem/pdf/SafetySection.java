package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.Rule;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.SafetyReview;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The counselor report's safety parts: under a safety referral the steps of each flag's pathway
 * (most urgent first) and the crisis and emergency contacts, which are never missing; and the
 * safety reviews and referrals already recorded.
 */
final class SafetySection {

    /** The pathways a counselor report can list, most urgent first. */
    enum Pathway {
        LETHALITY,
        VIOLENCE,
        SELF_HARM;

        /** The pathways for these flags: lethality brings the violence steps too; self-harm its own. */
        static Set<Pathway> of(List<?> flagNames) {
            Set<Pathway> pathways = EnumSet.noneOf(Pathway.class);
            for (Object name : flagNames) {
                switch (Flag.valueOf(name.toString())) {
                    case LETHALITY_INDICATOR -> pathways.addAll(List.of(LETHALITY, VIOLENCE));
                    case IPV_INDICATOR, FEAR_OF_PARTNER, COERCIVE_CONTROL -> pathways.add(VIOLENCE);
                    case SELF_HARM_RISK -> pathways.add(SELF_HARM);
                    default -> {
                        // relational flags have no safety pathway
                    }
                }
            }
            return pathways;
        }
    }

    private final ReportTexts t;
    private final ReportPdf pdf;
    private final ReportRequest request;
    private final Assessment a;
    private final CrisisResources crisis;

    SafetySection(ReportTexts t, ReportPdf pdf, ReportRequest request) {
        this.t = t;
        this.pdf = pdf;
        this.request = request;
        this.a = request.assessment();
        PracticeInfo practice = request.practice();
        this.crisis = t.crisis(practice.crisisRegion(), practice.crisisLines());
    }

    /** The next steps under a safety referral: each flag's pathway, then the contacts. */
    void nextSteps() {
        Set<Pathway> pathways;
        if (a.decisiveRule() == Rule.R0) {
            pathways = Pathway.of((List<?>) a.result(Rule.R0).params().get("flags"));
            pdf.paragraph(t.get("pathway.intro"), pdf.body);
        } else {
            pathways = EnumSet.allOf(Pathway.class);
            pdf.paragraph(t.get("pathway.unflagged"), pdf.body);
        }
        String emergency = crisis.regionName() == null
                ? t.get("counselor.safety.emergencyWord")
                : crisis.emergency().get(0);
        for (Pathway p : pathways) {
            pdf.subheading(t.get("pathway." + p + ".title"));
            pdf.bullets(t.format("pathway." + p + ".steps", "emergency", emergency), pdf.body);
        }
        pdf.bullets(t.get("pathway.record"), pdf.body);
        contacts();
    }

    /** Emergency number, crisis lines and local services: a safety report is never printed without them. */
    private void contacts() {
        pdf.subheading(t.get("counselor.safety.crisisTitle"));
        if (crisis.regionName() == null) {
            pdf.paragraph(t.get("counselor.safety.emergencyAll"), pdf.bodyBold);
            pdf.bulletList(crisis.emergency(), pdf.body);
        } else {
            pdf.paragraph(
                    t.format(
                            "counselor.safety.emergency",
                            "region",
                            crisis.regionName(),
                            "emergency",
                            crisis.emergency().get(0)),
                    pdf.bodyBold);
            pdf.paragraph(t.format("counselor.safety.linesTitle", "region", crisis.regionName()), pdf.body);
            pdf.bulletList(crisis.lines(), pdf.body);
            if (crisis.defaults()) {
                pdf.paragraph(t.format("counselor.safety.source", "source", t.crisisSource()), pdf.muted);
            }
        }
        pdf.paragraph(t.get("counselor.safety.localTitle"), pdf.body);
        String local = request.practice().localResources();
        if (local == null || local.isBlank()) {
            pdf.paragraph(t.get("localResourcesMissing"), pdf.body);
        } else {
            pdf.bulletList(
                    local.strip()
                            .lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList(),
                    pdf.body);
        }
    }

    /** The safety reviews and referrals recorded up to the assessment date. */
    void history() {
        pdf.heading(t.get("counselor.safety.historyTitle"));
        pdf.paragraph(t.format("counselor.safety.historyIntro", "asOf", t.date(a.asOf())), pdf.muted);
        CaseFile file = request.caseFile();
        pdf.subheading(t.get("counselor.safety.reviewsTitle"));
        List<SafetyReview> reviews = file.safetyReviews().stream()
                .filter(r -> !r.date().isAfter(a.asOf()))
                .toList();
        if (reviews.isEmpty()) {
            pdf.paragraph(t.get("counselor.safety.noReviews"), pdf.body);
        } else {
            PdfPTable table = header(
                    new float[] {1.1f, 1.9f, 2.1f, 2.6f, 0.9f, 1.2f},
                    "reviewDate",
                    "reviewOutcome",
                    "reviewBy",
                    "reviewReferral",
                    "reviewPlan",
                    "reviewStatus");
            for (SafetyReview r : reviews) {
                row(
                        table,
                        t.tableDate(r.date()),
                        t.get("review.outcome." + r.outcome()),
                        dash(r.by()),
                        dash(r.referralMade()),
                        t.get(blank(r.safetyPlan()) ? "counselor.safety.planNone" : "counselor.safety.planRecorded"),
                        t.get(r.signed() ? "counselor.safety.signed" : "counselor.safety.draft"));
            }
            pdf.add(table);
        }
        pdf.subheading(t.get("counselor.safety.referralsTitle"));
        List<Referral> referrals = file.couple().referrals().stream()
                .filter(r -> !r.on().isAfter(a.asOf()))
                .toList();
        if (referrals.isEmpty()) {
            pdf.paragraph(t.get("counselor.safety.noReferrals"), pdf.body);
            return;
        }
        PdfPTable table = header(
                new float[] {1.2f, 2f, 2.6f, 1.4f},
                "referralDate",
                "referralType",
                "referralTo",
                "referralFirstSession");
        for (Referral r : referrals) {
            row(
                    table,
                    t.tableDate(r.on()),
                    typeName(r),
                    dash(r.to()),
                    r.firstSessionOn() == null ? t.get("counselor.safety.notYet") : t.tableDate(r.firstSessionOn()));
        }
        pdf.add(table);
    }

    private PdfPTable header(float[] widths, String... keys) {
        PdfPTable table = pdf.table(widths);
        table.setHeaderRows(1);
        for (String key : keys) {
            table.addCell(pdf.headerCell(t.get("counselor.safety." + key)));
        }
        return table;
    }

    private void row(PdfPTable table, String... cells) {
        for (String cell : cells) {
            table.addCell(pdf.cell(cell, pdf.small));
        }
    }

    /** The referral type's name; a type added after these texts reads as its code in words. */
    private String typeName(Referral r) {
        String key = "counselor.safety.referralTypeName." + r.type().name();
        return t.has(key) ? t.get(key) : r.type().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private String dash(String value) {
        return blank(value) ? t.get("counselor.flags.dash") : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
