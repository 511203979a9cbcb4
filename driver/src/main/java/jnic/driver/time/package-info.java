/**
 * Time and the event loop: one {@link jnic.driver.time.Clock} interface so simulated and wall time
 * are interchangeable, and the loops that run a host's work one task at a time:
 * {@link jnic.driver.time.WallClockLoop} (real time, TAP), {@link jnic.driver.time.VirtualTimeLoop}
 * and {@link jnic.driver.time.ManualTimeLoop} (simulated time, deterministic tests).
 *
 * <p>May depend on: the JDK only.
 */
package jnic.driver.time;
