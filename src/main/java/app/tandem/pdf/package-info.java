/**
 * The progress report as PDF bytes: a counselor version that explains the recommendation and a
 * client version in plain words for both partners. Plain Java on OpenPDF, a top-level package
 * beside {@code assessment} and {@code chart} (decision 0087): it takes an immutable
 * {@link app.tandem.pdf.ReportRequest} and returns bytes, so the web app's report feature, the
 * practice settings (crisis resources, practice details), check-ins and the command line share one
 * renderer without depending on each other. All wording comes from {@code seeds/texts/}.
 */
package app.tandem.pdf;
