/**
 * Sessions: what happened at each meeting with a couple — attendance, a structured note,
 * per-partner scores on the guide's three success metrics, common mistakes observed, red flags
 * and private notes (rows of their own, one per partner). A session is a draft until signed; a
 * signed session never changes and is corrected by amendments, each shared or private to one
 * partner. Safety reviews signed here are the only way a safety flag is cleared; sessions,
 * amendments and reviews brought in by an import are marked imported.
 */
package app.tandem.session;
