/**
 * Progress reports: the counselor's and the client-safe PDF (drawn by {@code app.tandem.pdf}),
 * generated from the assessment, kept byte for byte with a digest of their inputs, and the
 * counselor's accept/override decision.
 */
package app.tandem.report;
