/**
 * Berkeley-style descriptors over a host's transports ({@link jnic.stack.socket.Sockets}: socket,
 * bind, listen, accept, connect, send, recv, close, setsockopt) with Java streams.
 *
 * <p>May depend on: {@code jnic.stack.host} and the transports, {@code jnic.stack},
 * {@code jnic.net.wire}.
 */
package jnic.stack.socket;
