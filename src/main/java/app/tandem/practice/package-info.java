/**
 * Practice-wide settings kept in the database: the practice's name and contact, the local
 * domestic-violence and crisis resources printed under a safety referral, the report page size
 * and the time zone that decides what "today" means for assessments.
 */
package app.tandem.practice;
