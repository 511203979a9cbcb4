/**
 * Campaigns of world runs: a grid of parameters ({@link jnic.sweep.Grid}), each combination one
 * simulated LAN with traffic ({@link jnic.sweep.WorldRun}), run as Apache Spark tasks embedded or
 * on a cluster ({@link jnic.sweep.Sweep}), the results one CSV table. A module of its own, so
 * Spark's dependencies stay away from the rest of jnic; it uses the driver's simulated LAN.
 */
package jnic.sweep;
