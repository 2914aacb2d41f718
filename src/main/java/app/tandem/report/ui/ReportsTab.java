package app.tandem.report.ui;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentNarrative;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.Downloads;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleTab;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.report.ProgressReport;
import app.tandem.report.ReportRow;
import app.tandem.report.ReportService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;

/** The couple's reports: generate (decide first), download again exactly as handed out, and the history. */
@SpringComponent
@Order(40)
class ReportsTab implements CoupleTab {

    private final ReportService reports;
    private final PracticeSettingsService practice;

    ReportsTab(ReportService reports, PracticeSettingsService practice) {
        this.reports = reports;
        this.practice = practice;
    }

    @Override
    public String label() {
        return "Reports";
    }

    @Override
    public Component content(Couple couple, Runnable reload) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Button generate =
                new Button("Generate report", VaadinIcon.FILE_TEXT_O.create(), e -> openDialog(couple, layout));
        generate.setId("generate-report");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div result = new Div();
        result.setId("report-result");
        layout.add(generate);
        Assessment assessment = reports.currentAssessment(couple.getId());
        String refusal = reports.clientRefusalKey(couple.getId(), assessment, assessment.recommendation());
        if (refusal != null) {
            Div noClient = new Div(new Paragraph(Texts.shared().get(refusal)));
            noClient.addClassName("guidance-box");
            noClient.setId("client-report-refused");
            layout.add(noClient);
        }
        layout.add(result);
        layout.add(history(couple));
        return layout;
    }

    private Component history(Couple couple) {
        List<ReportRow> rows = reports.history(couple.getId());
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.add(new H3("History"));
        if (rows.isEmpty()) {
            Div empty = new Div(new Paragraph(Texts.shared().get("reports.empty")));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        ZoneId zone = practice.get().zone();
        for (ReportRow r : rows) {
            HorizontalLayout row = new HorizontalLayout(
                    new Span(Dates.format(r.generatedAt(), zone)),
                    new Span(ReportLabels.audience(r.audience())),
                    new Span("assessment (" + r.ruleSet() + "): " + ReportLabels.of(r.recommendation())
                            + (r.finalRecommendation() == null ? "" : " · decided: " + ReportLabels.decided(r))),
                    new Span("by " + r.generatedBy()));
            row.add(
                    r.downloadable()
                            ? download(
                                    r.reportId(),
                                    "Download PDF",
                                    ReportLabels.fileName(r.reference(), r.audience(), r.generatedAt(), zone))
                            : new Span(
                                    r.pdfRemoved()
                                            ? "(PDF removed when a partner's data was erased)"
                                            : "(imported record, no PDF)"));
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        return list;
    }

    private Anchor download(long reportId, String text, String fileName) {
        Anchor anchor = new Anchor(
                Downloads.noStore(
                        fileName,
                        "application/pdf",
                        () -> reports.download(reportId).getPdf()),
                text);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("data-report", String.valueOf(reportId));
        return anchor;
    }

    private void openDialog(Couple couple, VerticalLayout layout) {
        Assessment assessment = reports.currentAssessment(couple.getId());
        AssessmentNarrative.Narrative narrative = AssessmentNarrative.standard().describe(assessment);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Generate a progress report");
        dialog.setWidth("min(46rem, 95vw)");
        Paragraph summary = new Paragraph(narrative.summary());
        boolean safety = assessment.recommendation() == Recommendation.SAFETY_REFERRAL;
        RadioButtonGroup<DecisionType> decision = decisionChoice(assessment, safety);
        Select<Recommendation> overrideTo = overrideChoice(assessment);
        Select<DecisionOutcome> outcome = outcomeChoice();
        TextArea reason = new TextArea("Reason (required for an override or an outcome; kept with the report)");
        reason.setWidthFull();
        TextLimits.limit(reason, ReportService.REASON_MAX_LENGTH);
        overrideTo.setVisible(false);
        outcome.setVisible(false);
        decision.addValueChangeListener(e -> {
            overrideTo.setVisible(e.getValue() == DecisionType.OVERRIDE);
            outcome.setVisible(e.getValue() == DecisionType.OUTCOME);
        });
        dialog.add(new H3(narrative.headline()), summary);
        if (safety) {
            Paragraph onlyReview = new Paragraph(Texts.shared().get("decision.r0NoOverride"));
            onlyReview.addClassName("guidance-box");
            dialog.add(onlyReview);
        }
        dialog.add(decision, overrideTo, outcome, reason);
        dialog.add(clientReportNote(couple, assessment));
        Map<String, HasValidation> fields = Map.of("overrideTo", overrideTo, "outcome", outcome, "reason", reason);
        Button go = new Button("Generate", e -> {
            FieldErrors.clear(fields);
            try {
                ReportService.Generated g = reports.generate(
                        couple.getId(),
                        new ReportService.DecisionRequest(
                                decision.getValue(), overrideTo.getValue(), reason.getValue(), outcome.getValue()));
                dialog.close();
                showResult(couple, layout, g);
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        go.setId("report-generate-confirm");
        Dialogs.open(dialog, go);
    }

    /** Accept, override or decide an outcome; a safety referral can only be accepted. */
    private RadioButtonGroup<DecisionType> decisionChoice(Assessment assessment, boolean safety) {
        RadioButtonGroup<DecisionType> decision = new RadioButtonGroup<>("Your decision");
        // A safety referral is only accepted here: a signed safety review is what changes it.
        decision.setItems(safety ? List.of(DecisionType.ACCEPT) : List.of(DecisionType.values()));
        decision.setItemLabelGenerator(t -> switch (t) {
            case ACCEPT -> "Accept: " + ReportLabels.of(assessment.recommendation());
            case OVERRIDE -> "Override with another recommendation";
            case OUTCOME -> "Decide on an outcome the rules cannot recommend";
        });
        decision.setValue(DecisionType.ACCEPT);
        decision.setId("report-decision");
        return decision;
    }

    private Select<Recommendation> overrideChoice(Assessment assessment) {
        Select<Recommendation> overrideTo = new Select<>();
        overrideTo.setLabel("Recommendation instead");
        overrideTo.setItems(Arrays.stream(Recommendation.values())
                .filter(r -> r != assessment.recommendation())
                .toList());
        overrideTo.setItemLabelGenerator(ReportLabels::of);
        return overrideTo;
    }

    private Select<DecisionOutcome> outcomeChoice() {
        Select<DecisionOutcome> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(ReportLabels::of);
        outcome.setId("report-outcome");
        return outcome;
    }

    /** What the reports will say, or why no client report can be made. */
    private Component clientReportNote(Couple couple, Assessment assessment) {
        String refusal = reports.clientRefusalKey(couple.getId(), assessment, assessment.recommendation());
        if (refusal == null) {
            return new Paragraph(
                    "The counselor report shows the assessment and your decision; the client report states the "
                            + "final recommendation, or the outcome you decided on, in plain words.");
        }
        // Said before the counselor decides, not only after: no client report can come of this.
        Div noClient = new Div(new Paragraph(
                "Only the counselor report will be made. " + Texts.shared().get(refusal)));
        noClient.addClassName("guidance-box");
        noClient.setId("no-client-report");
        return noClient;
    }

    private void showResult(Couple couple, VerticalLayout layout, ReportService.Generated g) {
        ZoneId zone = practice.get().zone();
        Div result = (Div) layout.getChildren()
                .filter(c -> "report-result".equals(c.getId().orElse(null)))
                .findFirst()
                .orElseThrow();
        result.removeAll();
        Div box = new Div();
        box.addClassName("partner-card");
        box.add(new Paragraph("Reports generated. Download them now or later from the history below."));
        Anchor counselor = download(
                g.counselorReport().getId(),
                "Download the counselor report",
                ReportLabels.fileName(
                        couple.getReference(),
                        g.counselorReport().getAudience(),
                        g.counselorReport().getGeneratedAt(),
                        zone));
        counselor.setId("download-counselor-report");
        box.add(counselor);
        ProgressReport client = g.clientReport();
        if (client != null) {
            Anchor clientLink = download(
                    client.getId(),
                    "Download the client report",
                    ReportLabels.fileName(couple.getReference(), client.getAudience(), client.getGeneratedAt(), zone));
            clientLink.setId("download-client-report");
            box.add(new Span(" · "), clientLink);
        } else {
            Div refusal = new Div(new Paragraph(g.clientRefusal()));
            refusal.addClassName("guidance-box");
            box.add(refusal);
        }
        result.add(box);
        FieldErrors.Notifications.saved("Reports generated.");
    }
}
