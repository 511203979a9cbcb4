/**
 * The IP layer of a host: {@link jnic.stack.iface.Ipv4} (start here) with its interfaces
 * ({@link jnic.stack.iface.IpInterface}: a device, an address, an {@link jnic.stack.iface.ArpCache}),
 * the {@link jnic.stack.iface.RoutingTable}, fragmentation and the
 * {@link jnic.stack.iface.Reassembler}, and the ICMP errors IP sends
 * ({@link jnic.stack.iface.IcmpErrors}). Transports see all of it through
 * {@link jnic.stack.iface.IpLayer} and receive through {@link jnic.stack.iface.ProtocolHandler}.
 *
 * <p>May depend on: {@code jnic.stack} (errors), {@code jnic.net.wire}, the driver's
 * {@code NetDevice}, time and trace. Never on a transport or on the host.
 */
package jnic.stack.iface;
