/**
 * ICMP as a protocol on IP (RFC 792): {@link jnic.stack.icmp.Icmp} answers echo requests, pings,
 * and hands arriving errors to the protocol whose datagram they are about.
 *
 * <p>May depend on: {@code jnic.stack.iface} (through {@code IpLayer}), {@code jnic.stack},
 * {@code jnic.net.wire}, the driver's time.
 */
package jnic.stack.icmp;
