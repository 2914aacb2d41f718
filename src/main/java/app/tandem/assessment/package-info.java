/**
 * The progress assessment: rule set {@code tandem-rules-2} ({@code docs/ASSESSMENT.md}) as a pure function from a case file,
 * a date and settings to a recommendation with a structured explanation (each rule's verdict,
 * reason and what would change it). Plain Java: no Spring, JPA or Vaadin, no clock and no I/O
 * except loading the narrative's wording from {@code seeds/texts}.
 */
@NullMarked
package app.tandem.assessment;

import org.jspecify.annotations.NullMarked;
