/**
 * The case file: Tandem's versioned JSON interchange format holding one couple's whole case.
 * {@link app.tandem.casefile.CaseFileReader} validates a file in three layers (the strict JSON
 * parsing, the typed accessors, the schema) and reports every error with its JSON path;
 * {@link app.tandem.casefile.CaseFileProblems} says each in words, from
 * {@code seeds/texts/case-file.yaml}; {@link app.tandem.casefile.CaseFileWriter} writes one back in
 * the documented key order. Plain Java: no Spring, JPA or Vaadin here.
 */
@NullMarked
package app.tandem.casefile;

import org.jspecify.annotations.NullMarked;
