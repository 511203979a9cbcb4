/**
 * The Echo Protocol (RFC 862) on a {@link jnic.stack.host.Host}: {@link jnic.stack.echo.Echo}
 * sends back every TCP byte and UDP datagram that arrives on a port. An application, on the host's
 * sockets only.
 *
 * <p>May depend on: {@code jnic.stack.host}, {@code jnic.stack.tcp}, {@code jnic.stack.udp},
 * {@code jnic.stack}.
 */
package jnic.stack.echo;
