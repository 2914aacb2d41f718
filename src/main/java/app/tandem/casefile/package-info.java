/**
 * The case file: Tandem's versioned JSON interchange format holding one couple's whole case.
 * {@link app.tandem.casefile.CaseFileReader} validates a file and reports every error with its
 * JSON path; {@link app.tandem.casefile.CaseFileWriter} writes one back in the documented key
 * order. Plain Java: no Spring, JPA or Vaadin here.
 */
@NullMarked
package app.tandem.casefile;

import org.jspecify.annotations.NullMarked;
