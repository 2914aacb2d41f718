/** Practice outcomes: whether the practice's work helps, from the stored assessment and summary rows (issue 17). */
package app.tandem.outcomes;
