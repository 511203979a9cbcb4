/**
 * The IPv4 stack on {@code NetDevice}. This package holds only what every layer of the stack
 * shares: {@link jnic.stack.SocketError} with its {@link jnic.stack.Errno}, the one blocking wait
 * ({@link jnic.stack.Blocking}), the host's {@link jnic.stack.EphemeralPorts}, and the
 * {@link jnic.stack.TokenBucket} that rate limits (ICMP errors) are made of.
 *
 * <p>The layers, each depending only on those below it (an architecture test holds it):
 * {@code iface} (IP, ARP, routing, reassembly, ICMP errors) under {@code icmp}, {@code udp} and
 * {@code tcp}, which see IP only through {@code iface.IpLayer}; {@code host} assembles them;
 * {@code dns}, {@code http} and {@code socket} sit on top. Start at {@code host.Host}; the wire
 * formats are in the net module's {@code jnic.net.wire}. docs/architecture.md draws the whole path
 * of a frame.
 *
 * <p>May depend on: the driver's time package and the JDK.
 */
package jnic.stack;
