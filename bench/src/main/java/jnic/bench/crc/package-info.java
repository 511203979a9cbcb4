/**
 * CRC-32 benchmarks: the Verilated cores of each width and a byte-table Java CRC against
 * {@code java.util.zip.CRC32}.
 *
 * <p>May depend on: {@code jnic.bench}, hw-sim's {@code jnic.sim}, JMH.
 */
package jnic.bench.crc;
