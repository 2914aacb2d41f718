/**
 * A couple's progress: the whole record assembled as a case file (the one shape the assessment
 * engine, the export and the reports all read), the current assessment kept in the database and
 * refreshed whenever the record changes and daily for the passing of time, the summary row the
 * caseload grid reads, and the Progress tab. Exports and imports of that record are the
 * {@code app.tandem.transfer} feature, built on this one (decision 0087).
 */
package app.tandem.progress;
