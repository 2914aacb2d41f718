/**
 * The progress report as PDF bytes: a counselor version that explains the recommendation and a
 * client version in plain words for both partners. Plain Java on OpenPDF: it takes an immutable
 * {@link app.tandem.report.render.ReportRequest} and returns bytes, so the web app, the batch
 * and the command line share one renderer. All wording comes from {@code seeds/texts/}.
 */
package app.tandem.report.render;
