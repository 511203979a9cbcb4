/**
 * The benchmarks: {@link jnic.bench.JmhRunner} runs the JMH ones and writes their figures with the
 * same-run reference each is a ratio of. Each sub-package measures one layer.
 *
 * <p>May depend on: every module; nothing depends on it but the command line.
 */
package jnic.bench;
