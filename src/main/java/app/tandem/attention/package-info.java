/**
 * "Needs attention": the counselor's home, ranking their couples by what needs action now (a
 * safety flag, urgent deterioration, an escalation not yet reported or decided, overdue homework,
 * no recent session, old unsigned drafts). Read in SQL from the stored current assessment and
 * summary rows, one statement per page however large the practice.
 */
package app.tandem.attention;
