/**
 * Practice-wide settings kept in the database: the practice's name and contact, its crisis region
 * (whose emergency number and crisis lines every safety report prints) and local services, the
 * report page size and the time zone that decides what "today" means for assessments.
 */
package app.tandem.practice;
