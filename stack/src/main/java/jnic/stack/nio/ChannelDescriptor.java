package jnic.stack.nio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.nio.channels.SelectionKey;
import java.util.Objects;
import java.util.Set;
import jnic.stack.SocketError;
import jnic.stack.socket.Sockets;

/**
 * A channel's descriptor in its provider's {@link Sockets} table, and the calls every jnic channel
 * makes on it the same way: options (those the channel supports), its own and its peer's address,
 * blocking mode, close, and what poll's error bits make ready.
 */
final class ChannelDescriptor {
    final Sockets sockets;
    final int fd;
    private final Set<SocketOption<?>> options;

    ChannelDescriptor(Sockets sockets, int fd, Set<SocketOption<?>> options) {
        this.sockets = sockets;
        this.fd = fd;
        this.options = options;
    }

    Set<SocketOption<?>> options() {
        return options;
    }

    private <T> SocketOption<T> supported(SocketOption<T> name) {
        if (!options.contains(Objects.requireNonNull(name))) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        return name;
    }

    <T> void setOption(SocketOption<T> name, T value) throws IOException {
        Options.set(sockets, fd, supported(name), value);
    }

    <T> T getOption(SocketOption<T> name) throws IOException {
        return Options.get(sockets, fd, supported(name));
    }

    /** getsockname() as the JDK's address. */
    InetSocketAddress localAddress() throws IOException {
        try {
            Sockets.Name n = sockets.localName(fd);
            return Addresses.socketAddress(n.address(), n.port());
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
    }

    /** getpeername() as the JDK's address. */
    InetSocketAddress peerAddress() throws IOException {
        try {
            Sockets.Name n = sockets.peerName(fd);
            return Addresses.socketAddress(n.address(), n.port());
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
    }

    void blocking(boolean block) throws IOException {
        try {
            sockets.setNonBlocking(fd, !block);
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
    }

    /**
     * Waits up to {@code timeoutMillis} (positive) for {@code events} on the descriptor, as the
     * JDK's socket adaptors wait for SO_TIMEOUT; a SocketTimeoutException saying {@code timedOut}
     * when none came. A close meanwhile ends the wait (the call after it reports the close).
     */
    void awaitReady(int events, int timeoutMillis, String timedOut) throws IOException {
        try {
            if (sockets.poll(new Sockets.PollFd[] {new Sockets.PollFd(fd, events)}, timeoutMillis) == 0) {
                throw new SocketTimeoutException(timedOut);
            }
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
    }

    void close() throws IOException {
        try {
            sockets.close(fd);
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
    }

    /**
     * What poll's error bits alone make ready, as the JDK's channels translate them on Linux: an
     * invalid descriptor nothing, an error or a hang-up every operation asked for (the call then
     * reports it); -1 when neither is set and the channel's own events decide.
     */
    static int readyOnErrors(int revents, int interestOps) {
        if ((revents & Sockets.POLLNVAL) != 0) {
            return 0;
        }
        if ((revents & (Sockets.POLLERR | Sockets.POLLHUP)) != 0) {
            return interestOps;
        }
        return -1;
    }

    /** poll()'s events for reading and writing interests (OP_CONNECT waits for POLLOUT, as on Linux). */
    static int pollEvents(int interestOps) {
        return ((interestOps & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0 ? Sockets.POLLIN : 0)
                | ((interestOps & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0 ? Sockets.POLLOUT : 0);
    }
}
