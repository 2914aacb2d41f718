/**
 * Who may do what: counselor and supervisor accounts, password rules, the one sign-in path with
 * its throttle kept in the database, the per-request session check (account changes, idle
 * timeout), the setup code, the audit of refusals, and the Spring Security set-up for Vaadin
 * (docs/decisions/0030–0034). Access to clinical records is checked in each feature's service
 * through {@link app.tandem.base.CurrentUser}.
 */
package app.tandem.security;
