/**
 * Chooses and checks the database before Spring builds a data source: an embedded MariaDB whose
 * data survives restarts when nothing is configured, or an external MySQL/MariaDB server, with
 * the Hibernate dialect set explicitly because Connector/J cannot report it for MariaDB.
 */
package app.tandem.base.db;
