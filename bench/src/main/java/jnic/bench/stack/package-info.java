/**
 * Whole-stack benchmarks: UDP echo against the kernel's UDP on 127.0.0.1, and TCP bulk throughput
 * jnic to jnic and jnic with Linux over TAP against Linux to Linux over veth, in interleaved rounds.
 *
 * <p>May depend on: {@code jnic.bench}, the stack, the driver.
 */
package jnic.bench.stack;
