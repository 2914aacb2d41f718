package app.tandem.report.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Downloads;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.Polling;
import app.tandem.couple.CoupleService;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.report.ReportRow;
import app.tandem.report.ReportService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Recent reports across the caseload, and batch generation: counselor reports for every active
 * couple as one ZIP, made in the background with a progress bar while the screen stays usable.
 */
@Route("reports")
@PageTitle("Reports · Tandem")
@Menu(order = 4, title = "Reports", icon = "vaadin:file-text")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
class ReportsView extends VerticalLayout {

    private final ReportService reports;
    private final CoupleService couples;
    final Grid<ReportRow> grid = new Grid<>();
    final Button batch = new Button("Generate reports for all active couples");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div batchResult = new Div();

    ReportsView(ReportService reports, CoupleService couples, PracticeSettingsService practice) {
        this.reports = reports;
        this.couples = couples;
        setSizeFull();
        ZoneId zone = practice.get().zone();
        add(new H1("Reports"));
        add(
                new H2("Batch"),
                new Paragraph("Makes a counselor report (the assessment as of today) for every active couple in "
                        + "your caseload and offers them as one ZIP file. Client reports need your decision first: make them from "
                        + "each couple's Reports tab."));
        batch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        batch.setId("batch-reports");
        batch.addClickListener(e -> startBatch());
        progress.setVisible(false);
        progress.setWidth("30rem");
        add(batch, progress, progressText, batchResult);

        add(new H2("Recent reports"));
        grid.addComponentColumn(r -> new RouterLink(
                        r.reference(), CoupleDetailView.class, new RouteParameters("reference", r.reference())))
                .setHeader("Couple")
                .setAutoWidth(true);
        grid.addColumn(r -> r.partnerA() + " & " + r.partnerB())
                .setHeader("Partners")
                .setAutoWidth(true);
        grid.addColumn(r -> ReportLabels.audience(r.audience())).setHeader("Report");
        grid.addColumn(r -> ReportLabels.of(r.recommendation())).setHeader("Assessment");
        grid.addColumn(ReportRow::ruleSet).setHeader("Rule set");
        grid.addColumn(ReportLabels::decided).setHeader("Decided");
        grid.addColumn(r -> Dates.format(r.generatedAt(), zone))
                .setHeader("Generated")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    if (!r.downloadable()) {
                        return new Span(r.pdfRemoved() ? "no PDF (removed at an erasure)" : "no PDF (imported)");
                    }
                    Anchor a = new Anchor(
                            Downloads.noStore(
                                    ReportLabels.fileName(r.reference(), r.audience(), r.generatedAt(), zone),
                                    "application/pdf",
                                    () -> reports.download(r.reportId()).getPdf()),
                            "PDF");
                    a.getElement().setAttribute("download", true);
                    return a;
                })
                .setHeader("Download");
        grid.setItems(q -> reports.recent(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        // Cells wrap rather than cut "Counselor report" or "Couples therapy" at a laptop's width.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(Texts.shared().get("reports.empty"));
        grid.setAriaLabel("Recent reports");
        grid.setMinHeight("20rem");
        add(grid);
    }

    private void startBatch() {
        List<Long> ids = couples.activeCoupleIds(null);
        if (ids.isEmpty()) {
            FieldErrors.Notifications.error("There is no active couple in your caseload.");
            return;
        }
        UI ui = UI.getCurrent();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        batch.setEnabled(false);
        batchResult.removeAll();
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(ids.size());
        progress.setValue(0);
        progressText.setText("0 of " + ids.size());
        Polling.want(ui, this, Duration.ofMillis(500));
        AtomicInteger done = new AtomicInteger();
        Thread.ofVirtual().name("report-batch").start(() -> {
            SecurityContextHolder.getContext().setAuthentication(auth);
            try {
                byte[] zip = reports.batch(ids, n -> {
                    done.set(n);
                    ui.access(() -> {
                        progress.setValue(n);
                        progressText.setText(n + " of " + ids.size());
                    });
                });
                ui.access(() -> finished(zip, ids));
            } catch (RuntimeException e) {
                ui.access(() -> failed(done.get(), ids.size()));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void finished(byte[] zip, List<Long> coupleIds) {
        int count = coupleIds.size();
        getUI().ifPresent(ui -> Polling.stop(ui, this));
        batch.setEnabled(true);
        progress.setVisible(false);
        progressText.setText(count + " reports generated.");
        Anchor download = new Anchor(
                Downloads.noStore("tandem-reports.zip", "application/zip", () -> {
                    reports.recordBatchDownload(coupleIds);
                    return zip;
                }),
                "Download the ZIP (" + count + " reports)");
        download.getElement().setAttribute("download", true);
        download.setId("batch-download");
        batchResult.add(download);
        grid.getDataProvider().refreshAll();
    }

    private void failed(int done, int total) {
        getUI().ifPresent(ui -> Polling.stop(ui, this));
        batch.setEnabled(true);
        progress.setVisible(false);
        FieldErrors.Notifications.error("The batch stopped after " + done + " of " + total
                + " reports; the reports made so far are " + "in the list below. Try again.");
        grid.getDataProvider().refreshAll();
    }
}
