/**
 * The Java LAN driver's contract with the stack: {@link jnic.driver.NetDevice} (send a frame, hand
 * received ones to a handler) with its {@link jnic.driver.DeviceCapabilities}, the
 * {@link jnic.driver.ReceivePath} every back end shares, and the EtherType dispatch of received
 * frames. The back ends are in the sub-packages: {@code sim} (the simulated adapter over hw-sim's C
 * ABI), {@code tap} (a Linux TAP device), {@code loopback} (in memory). docs/architecture.md draws
 * the modules and a frame's path through them.
 *
 * <p>May depend on: {@code jnic.net.wire} and the driver's own sub-packages. The stack depends on
 * it; it never knows the stack.
 */
package jnic.driver;
