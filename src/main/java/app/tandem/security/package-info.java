/**
 * Who may do what: counselor and supervisor accounts, password rules, login throttling kept in
 * the database, and the Spring Security set-up for Vaadin. Access to clinical records is checked
 * in each feature's service through {@link app.tandem.security.CurrentUser}.
 */
package app.tandem.security;
