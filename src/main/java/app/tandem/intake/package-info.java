/**
 * Intake work with each partner: informed consent to couples work, the early individual session,
 * the structured IPV screen made with one partner alone, and the safe-contact question asked
 * alone. Screens are private to their partner, like private notes: never shown side by side with
 * the other partner, never in a report, and in a data-access copy only for their own partner.
 */
package app.tandem.intake;
