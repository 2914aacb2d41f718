/**
 * The shared kernel: the base entity, the database bootstrap (embedded MariaDB or an external
 * MySQL-family server) and the UI shell that every feature's views live in.
 */
package app.tandem.base;
