/**
 * A couple's record leaving or entering Tandem as a case file ({@code docs/CASE-FILE.md}): the
 * whole record for a transfer to another counselor or practice, an import of such a file, and a
 * partner's data-access copy cut from the whole record by {@link app.tandem.transfer.DataAccessCopy}
 * following {@code docs/data-access-copy.md}; the couple page's Case file tab, which also holds a
 * supervisor's erasure of one partner's data. Built on progress (the record assembler) and report
 * (a transfer carries the reports), so neither depends on it (decision 0087).
 */
package app.tandem.transfer;
