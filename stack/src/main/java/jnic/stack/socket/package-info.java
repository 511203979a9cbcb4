/**
 * Berkeley-style descriptors over a host's transports ({@link jnic.stack.socket.Sockets}: socket,
 * bind, listen, accept, connect, send, recv, close, setsockopt, O_NONBLOCK and poll) with Java
 * streams. Readiness for poll comes from the host's loop through the sockets' own wake-ups
 * ({@code TcpSocket.whenReady}, {@code UdpSocket.whenReady}).
 *
 * <p>May depend on: {@code jnic.stack.host} and the transports, {@code jnic.stack},
 * {@code jnic.net.wire}.
 */
package jnic.stack.socket;
