package jnic.stack.nio;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import jnic.stack.Blocking;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpListener;

/**
 * A {@link ServerSocketChannel} on a jnic TCP listener, in blocking mode: bind listens on the port
 * (the host's address or any: a jnic listener takes its port on every address), accept waits for
 * the next connection. SO_RCVBUF applies to the connections it accepts; SO_REUSEADDR is always in
 * effect.
 */
final class JnicServerSocketChannel extends ServerSocketChannel {
    private static final Duration FOREVER = Duration.ofDays(365);
    private static final Set<SocketOption<?>> OPTIONS =
            Set.of(StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR);

    private final JnicSelectorProvider provider;
    private final Host host;
    private volatile TcpListener listener;
    private volatile int receiveBuffer;

    JnicServerSocketChannel(JnicSelectorProvider provider) {
        super(provider);
        this.provider = provider;
        this.host = provider.host();
        this.receiveBuffer = host.config().tcp().receiveBuffer();
    }

    private void checkOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public ServerSocketChannel bind(SocketAddress local, int backlog) throws IOException {
        checkOpen();
        if (listener != null) {
            throw new AlreadyBoundException();
        }
        int port = local == null ? 0 : Addresses.port(local);
        if (local != null) {
            Addresses.ipv4(local); // an IPv4 socket address, as the JDK checks
        }
        if (port == 0) {
            throw new UnsupportedOperationException("jnic's listeners take a given port: bind to a port, not 0");
        }
        listener = host.tcp()
                .listen(
                        port,
                        backlog < 1 ? 50 : backlog,
                        receiveBuffer,
                        host.config().tcp().sendBuffer());
        return this;
    }

    @Override
    public <T> ServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        checkOpen();
        if (!OPTIONS.contains(Objects.requireNonNull(name))) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        if (name == StandardSocketOptions.SO_RCVBUF) {
            receiveBuffer = (Integer) value;
        }
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getOption(SocketOption<T> name) throws IOException {
        checkOpen();
        if (!OPTIONS.contains(Objects.requireNonNull(name))) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        return (T) (name == StandardSocketOptions.SO_RCVBUF ? (Object) receiveBuffer : (Object) Boolean.TRUE);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return OPTIONS;
    }

    @Override
    public ServerSocket socket() {
        throw JnicSelectorProvider.notYet("the ServerSocket adaptor");
    }

    @Override
    public SocketChannel accept() throws IOException {
        checkOpen();
        TcpListener l = listener;
        if (l == null) {
            throw new NotYetBoundException();
        }
        return new JnicSocketChannel(
                provider, Blocking.await(host.loop(), l.acceptAsync(), FOREVER, "no connection on port " + l.port()));
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        checkOpen();
        TcpListener l = listener;
        return l == null ? null : Addresses.socketAddress(host.address(), l.port());
    }

    @Override
    protected void implCloseSelectableChannel() {
        TcpListener l = listener;
        if (l != null) {
            l.close();
        }
    }

    @Override
    protected void implConfigureBlocking(boolean block) {
        if (!block) {
            throw JnicSelectorProvider.notYet("non-blocking mode");
        }
    }
}
