/**
 * A DNS stub resolver ({@link jnic.stack.dns.DnsClient}, RFC 1035 over UDP, with retries) and a
 * small authoritative responder for the demo's names ({@link jnic.stack.dns.DnsResponder}).
 *
 * <p>May depend on: {@code jnic.stack.host}, {@code jnic.stack.udp}, {@code jnic.stack},
 * {@code jnic.net.wire}.
 */
package jnic.stack.dns;
