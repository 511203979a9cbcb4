/**
 * Manchester coding benchmarks: the Verilated encoder and decoder against a Java reference codec.
 *
 * <p>May depend on: {@code jnic.bench}, hw-sim's {@code jnic.sim}, JMH.
 */
package jnic.bench.phy;
