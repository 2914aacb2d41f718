/**
 * Between sessions: each partner checks in on their own through a personal link (scores, steps,
 * a note and whether they feel safe), and the counselor reads it. See docs/decisions/0100–0104.
 */
package app.tandem.checkin;
