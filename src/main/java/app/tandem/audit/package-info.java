/**
 * The audit trail: an append-only record of who did what to which record and with what outcome,
 * written in the same transaction as the action it records. It never holds note text or names
 * of clients, only identifiers.
 */
package app.tandem.audit;
