/**
 * The wire vocabulary the driver and the stack share: {@link jnic.net.wire.MacAddress},
 * {@link jnic.net.wire.Checksum} (RFC 1071), {@link jnic.net.wire.EtherType}, and the wire formats
 * (Ethernet II, ARP, IPv4, ICMP, UDP, TCP, DNS). Each format is an immutable record with
 * {@code parse} (returning a {@link jnic.net.wire.Parsed} value or a
 * {@link jnic.net.wire.Malformed} reason, never throwing on input, every length checked before it
 * is read) and {@code emit}, as smoltcp's {@code wire} module. No state lives here.
 *
 * <p>Start at {@link jnic.net.wire.EthernetFrame} and {@link jnic.net.wire.Ipv4Packet}.
 *
 * <p>May depend on: the JDK only. The driver and the stack depend on it.
 */
package jnic.net.wire;
