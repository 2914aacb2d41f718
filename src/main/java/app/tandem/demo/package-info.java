/**
 * The fictional demo practice: a seeded generator of case files (reused by tests and
 * benchmarks) and the loader that writes the demo into an empty embedded database, dated
 * relative to the day it is created so the demo always looks current.
 */
package app.tandem.demo;
