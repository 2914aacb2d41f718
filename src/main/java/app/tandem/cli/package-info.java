/**
 * Tandem's command-line tools ({@code assess} and {@code report}), run from the jar before any
 * Spring start so that they need no database and print nothing but their result. Plain Java: it
 * reads case files and calls the assessment engine and the PDF renderer directly.
 */
@NullMarked
package app.tandem.cli;

import org.jspecify.annotations.NullMarked;
