/**
 * The fictional demo practice: seeded generators of case files (the demo's and the benchmarks'
 * synthetic practice) and the writer that records the demo through the application's services,
 * on the days it happened (a movable demo clock), into an empty embedded database at a demo start
 * (decision 0094).
 */
package app.tandem.demo;
