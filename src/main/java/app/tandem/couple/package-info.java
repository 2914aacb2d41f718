/**
 * The couple as one record with two partners, A and B: intake context from the guide's
 * preparation section, goals, secrets policy, safe-contact preferences, status history and
 * referrals, and the caseload a counselor works from. Access is limited to one's own couples
 * (supervisors: all), checked here in the service.
 */
package app.tandem.couple;
