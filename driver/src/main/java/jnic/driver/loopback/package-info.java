/**
 * In-memory devices for fast, deterministic stack tests: {@link jnic.driver.loopback.LoopbackHub}
 * (a segment every attached {@link jnic.driver.loopback.LoopbackDevice} hears) and
 * {@link jnic.driver.loopback.LoopbackLan} (hubs and a manual-time loop together).
 *
 * <p>May depend on: {@code jnic.driver}, {@code jnic.driver.time}, {@code jnic.net.wire}.
 */
package jnic.driver.loopback;
