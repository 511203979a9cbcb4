package jnic.stack.nio;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import jnic.stack.CallLock;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.socket.Sockets;

/**
 * A {@link ServerSocketChannel} on a listening stream descriptor: bind listens on the port (the
 * host's address or any), accept takes the next connection (waits for one in blocking mode,
 * returns null in non-blocking mode when none is waiting). SO_RCVBUF applies to the connections it
 * accepts; SO_REUSEADDR is always in effect.
 */
final class JnicServerSocketChannel extends ServerSocketChannel implements JnicChannel {
    private static final Set<SocketOption<?>> OPTIONS =
            Set.of(StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR);
    /** Linux's SOMAXCONN, the backlog when none is given. */
    private static final int DEFAULT_BACKLOG = 4096;

    private final JnicSelectorProvider provider;
    private final ChannelDescriptor d;
    private volatile boolean bound;
    private volatile ServerSocketAdaptor adaptor;
    /** One accept at a time; waiting threads wait as in a blocking call (simulated time goes on). */
    private final CallLock acceptLock;

    JnicServerSocketChannel(JnicSelectorProvider provider) {
        super(provider);
        this.provider = provider;
        this.acceptLock = new CallLock(provider.host().loop());
        this.d = new ChannelDescriptor(provider.sockets(), provider.sockets().socket(Sockets.Type.STREAM), OPTIONS);
    }

    @Override
    public ChannelDescriptor descriptor() {
        return d;
    }

    private void checkOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public ServerSocketChannel bind(SocketAddress local, int backlog) throws IOException {
        synchronized (this) {
            checkOpen();
            if (bound) {
                throw new AlreadyBoundException();
            }
            if (local == null || Addresses.port(local) == 0) {
                throw new UnsupportedOperationException("jnic's listeners take a given port: bind to a port, not 0");
            }
            try {
                d.sockets.bind(d.fd, Addresses.ipv4(local), Addresses.port(local));
                d.sockets.listen(d.fd, backlog < 1 ? DEFAULT_BACKLOG : backlog);
            } catch (SocketError e) {
                throw Exceptions.of(e);
            }
            bound = true;
            return this;
        }
    }

    boolean isBound() {
        return bound;
    }

    @Override
    public <T> ServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        checkOpen();
        d.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        checkOpen();
        return d.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return d.options();
    }

    @Override
    public ServerSocket socket() {
        ServerSocketAdaptor a = adaptor;
        if (a == null) {
            synchronized (this) {
                if (adaptor == null) {
                    adaptor = new ServerSocketAdaptor(this);
                }
                a = adaptor;
            }
        }
        return a;
    }

    @Override
    public SocketChannel accept() throws IOException {
        return accept(0);
    }

    /**
     * A blocking accept that waits at most {@code timeoutMillis} (positive), then fails with a
     * SocketTimeoutException: SO_TIMEOUT on the channel's server socket, as the JDK's adaptor accepts.
     */
    SocketChannel acceptWithin(int timeoutMillis) throws IOException {
        return accept(timeoutMillis);
    }

    /** One accept at a time, as the JDK's channel; a close or an interrupt ends a blocking one. */
    private SocketChannel accept(int timeoutMillis) throws IOException {
        acceptLock.lock();
        try {
            checkOpen();
            if (!bound) {
                throw new NotYetBoundException();
            }
            return IoCall.interruptibly(isBlocking(), this::begin, this::end, () -> {
                if (timeoutMillis > 0) {
                    d.awaitReady(Sockets.POLLIN, timeoutMillis, "Accept timed out");
                }
                try {
                    return new JnicSocketChannel(provider, d.sockets.accept(d.fd), true);
                } catch (SocketError e) {
                    if (e.errno() == Errno.EAGAIN) {
                        return null;
                    }
                    if (!isOpen()) {
                        throw new java.nio.channels.AsynchronousCloseException();
                    }
                    throw Exceptions.of(e);
                }
            });
        } finally {
            acceptLock.unlock();
        }
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        checkOpen();
        return bound ? d.localAddress() : null;
    }

    @Override
    public int readyOps(int revents, int interestOps) {
        int onErrors = ChannelDescriptor.readyOnErrors(revents, interestOps);
        if (onErrors >= 0) {
            return onErrors;
        }
        return (revents & Sockets.POLLIN) != 0 ? interestOps & SelectionKey.OP_ACCEPT : 0;
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        d.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
        acceptLock.lock(); // waits for an accept under way, as the JDK's channel does
        try {
            d.blocking(block);
        } finally {
            acceptLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "JnicServerSocketChannel[fd " + d.fd + (bound ? ", listening" : "") + (isOpen() ? "" : ", closed") + "]";
    }
}
