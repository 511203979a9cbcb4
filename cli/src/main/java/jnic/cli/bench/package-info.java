/**
 * The benchmark summary: every benchmark's figures in one table, {@code summary.json} and an HTML
 * report with plots.
 *
 * <p>May depend on: the JDK and Jackson.
 */
package jnic.cli.bench;
