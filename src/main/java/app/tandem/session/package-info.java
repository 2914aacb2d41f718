/**
 * Sessions: what happened at each meeting with a couple — attendance, a structured note,
 * per-partner scores on the guide's three success metrics, common mistakes observed, red flags
 * and private notes. A session is a draft until signed; a signed session never changes and is
 * corrected by amendments. Safety reviews are the only way a safety flag is cleared.
 */
package app.tandem.session;
