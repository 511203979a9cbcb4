/**
 * The simulated NIC driver's frames per second and native calls per frame, against the world
 * running the same traffic without a driver.
 *
 * <p>May depend on: {@code jnic.bench}, the driver, hw-sim's {@code jnic.sim}.
 */
package jnic.bench.driver;
