/**
 * The JDK's channels over a jnic host: {@link jnic.stack.nio.JnicSelectorProvider} opens
 * {@code SocketChannel}s, {@code ServerSocketChannel}s, {@code DatagramChannel}s and
 * {@code Selector}s whose bytes go through the host's TCP and UDP, so software written against
 * {@code java.nio.channels} (Netty, the JDK's {@code HttpClient}) runs over jnic unchanged. Each
 * channel is a descriptor of the provider's {@code Sockets} table and each selection one
 * {@code Sockets.poll}, so the Berkeley layer's rules (non-blocking calls, connect in progress,
 * poll's readiness) are the channels' too; this package adds the JDK's side of them (its
 * exceptions, its selection-key rules, its socket adaptors). Channels are used from application
 * threads of the host's loop ({@code VirtualTimeLoop.startApplication},
 * {@code applicationThreads}), any thread of a wall-clock loop or of a started LAN. An
 * application layer: it uses the host and the descriptor API.
 */
package jnic.stack.nio;
