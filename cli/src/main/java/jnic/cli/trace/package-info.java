/**
 * {@code jnic trace}: the events every layer tells a {@link jnic.cli.trace.TraceRecorder}, the
 * line's part read back from the world's pcapng and the adapter's VCD
 * ({@link jnic.cli.trace.LineNarrator}, {@link jnic.cli.trace.Vcd}), and the HTML sequence view.
 *
 * <p>May depend on: {@code jnic.cli}'s demo, the driver's trace and sim packages, hw-sim's
 * {@code jnic.sim}, {@code jnic.net.wire}.
 */
package jnic.cli.trace;
