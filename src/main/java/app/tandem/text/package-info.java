/**
 * Tandem's wording, loaded from {@code seeds/texts/*.yaml} so that clinical sentences are
 * edited as text, not as Java literals. {@link app.tandem.text.Texts} flattens the files into
 * dotted keys and fills {@code {name}} placeholders; it is plain Java with no Spring.
 */
@NullMarked
package app.tandem.text;

import org.jspecify.annotations.NullMarked;
