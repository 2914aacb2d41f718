/**
 * The practice's duties to the people in its records beyond the clinical work: erasing one
 * partner's identifying data and private content on request, and destroying a closed couple's
 * record once the retention period has passed, leaving a tombstone. Both are for supervisors
 * only and audited; both work in SQL across the features' tables, inside the exceptions the
 * database's own protection of signed records allows (V0012_2, docs/decisions/0042 and 0043).
 */
package app.tandem.privacy;
