/**
 * The JDK's channels over a jnic host: {@link jnic.stack.nio.JnicSelectorProvider} opens
 * {@code SocketChannel}s and {@code ServerSocketChannel}s whose bytes go through the host's TCP, so
 * software written against {@code java.nio.channels} runs over jnic unchanged. This first part is
 * blocking mode only (what a thread per connection uses); the selector, non-blocking mode and
 * datagram channels are still to come, and say so when asked for. Channels are used from
 * application threads of the host's loop ({@code VirtualTimeLoop.startApplication}) or any thread
 * of a wall-clock loop. An application layer: it uses the host and its transports.
 */
package jnic.stack.nio;
