/**
 * Progress reports: the counselor's and the client-safe PDF, generated from the assessment,
 * kept byte for byte with a digest of their inputs, and the counselor's accept/override decision.
 */
package app.tandem.report;
