/**
 * A switch: an IEEE 802.1D transparent learning bridge over {@link jnic.driver.NetDevice} ports.
 * {@link jnic.driver.bridge.ForwardingTable} decides where a frame goes (learning, ageing,
 * flooding, same-port filtering); {@link jnic.driver.bridge.LearningBridge} receives each frame
 * whole on one port and sends it out of the others through their own adapters, store and forward,
 * with a bounded output queue per port. On simulated hardware every port is a generated adapter on
 * a full-duplex cable to one station, so a station cannot tell a switch port from a cable peer.
 * {@link jnic.driver.bridge.StationRelay} makes a station of a host outside jnic: the Linux
 * kernel's TAP device on one side, the station's generated adapter on the other.
 *
 * <p>May depend on: {@code jnic.driver}, {@code jnic.driver.time}, {@code jnic.net.wire}.
 */
package jnic.driver.bridge;
