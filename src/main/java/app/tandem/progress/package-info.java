/**
 * A couple's progress: the whole record assembled as a case file (the one shape the assessment
 * engine, the export and the reports all read), the current assessment kept in the database and
 * refreshed whenever the record changes and daily for the passing of time, and the summary row
 * the caseload grid reads. Exports live here too: a transfer carries the whole record, a
 * partner's data-access copy is cut from it by {@link app.tandem.progress.DataAccessCopy}
 * following docs/data-access-copy.md.
 */
package app.tandem.progress;
