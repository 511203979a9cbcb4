/**
 * The {@code jnic} command (picocli): {@link jnic.cli.Jnic} lists the sub-commands (gen, sim, demo,
 * trace, host, bench); {@link jnic.cli.Demo} runs the seed's story on simulated adapters.
 *
 * <p>May depend on: every module. Nothing depends on it.
 */
package jnic.cli;
