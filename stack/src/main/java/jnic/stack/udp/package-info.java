/**
 * UDP (RFC 768): {@link jnic.stack.udp.Udp}, the demultiplexer by port, and
 * {@link jnic.stack.udp.UdpSocket}, a bound socket with a bounded receive queue, which connect()
 * ties to one peer as POSIX says for datagram sockets; and {@link jnic.stack.udp.Traceroute}, the
 * path to a host found with UDP probes of growing TTL.
 *
 * <p>May depend on: {@code jnic.stack.iface} (through {@code IpLayer}), {@code jnic.stack},
 * {@code jnic.net.wire}, the driver's time and trace.
 */
package jnic.stack.udp;
