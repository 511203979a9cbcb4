/**
 * The LAN driver for the simulated adapter: {@link jnic.driver.sim.SimNic} initialises the NIC as
 * the seed tells it (reset, self-test, MAC from ROM, filter, enable), copies frames into and out of
 * the adapter's buffer memory in one native call each ({@link jnic.driver.sim.BusBatch}), and takes
 * interrupts; {@link jnic.driver.sim.SimLan} owns the simulated world and runs it with the stack's
 * event loop in one simulated time. {@code WorldLibrary} binds the world's C ABI with JNA.
 *
 * <p>May depend on: {@code jnic.driver}, {@code jnic.driver.time}, {@code jnic.driver.trace},
 * {@code jnic.net.wire}, hw-sim's {@code jnic.sim} and {@code jnic.sim.nic} (the register map), JNA.
 */
package jnic.driver.sim;
