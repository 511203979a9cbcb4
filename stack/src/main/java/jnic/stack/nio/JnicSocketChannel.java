package jnic.stack.nio;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.Set;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.socket.Sockets;

/**
 * A {@link SocketChannel} on a stream descriptor of the provider's {@link Sockets}, blocking or
 * not. In blocking mode connect waits for the handshake, reads wait for data and writes for room
 * for all of it; non-blocking, connect returns false and the handshake goes on (OP_CONNECT, then
 * {@link #finishConnect}), a read with nothing buffered returns 0 and a write takes what fits. The
 * errors are the JDK's ({@link Exceptions}). A failed connect closes the channel, as the JDK's
 * does. The options that map: TCP_NODELAY, SO_KEEPALIVE, SO_LINGER, SO_RCVBUF and SO_SNDBUF
 * (before connecting), SO_REUSEADDR (always in effect, as in jnic's TCP).
 */
final class JnicSocketChannel extends SocketChannel implements JnicChannel {
    private static final Set<SocketOption<?>> OPTIONS = Set.of(
            StandardSocketOptions.TCP_NODELAY,
            StandardSocketOptions.SO_KEEPALIVE,
            StandardSocketOptions.SO_LINGER,
            StandardSocketOptions.SO_RCVBUF,
            StandardSocketOptions.SO_SNDBUF,
            StandardSocketOptions.SO_REUSEADDR);
    /** The most one call copies through its own array when the buffers are not one heap buffer. */
    private static final int CHUNK = 1 << 18;

    private final ChannelDescriptor d;
    private final Object stateLock = new Object();
    private volatile boolean connected;
    private volatile boolean connectionPending;
    private volatile boolean inputShut;
    private volatile boolean outputShut;
    private volatile SocketAdaptor adaptor;

    /** A new, unconnected channel. */
    JnicSocketChannel(JnicSelectorProvider provider) {
        this(provider, provider.sockets().socket(Sockets.Type.STREAM), false);
    }

    /** The channel on {@code fd}, a connection a server channel accepted. */
    JnicSocketChannel(JnicSelectorProvider provider, int fd, boolean connected) {
        super(provider);
        this.d = new ChannelDescriptor(provider.sockets(), fd, OPTIONS);
        this.connected = connected;
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

    private void checkConnected() throws ClosedChannelException {
        checkOpen();
        if (!connected) {
            throw new NotYetConnectedException();
        }
    }

    @Override
    public SocketChannel bind(SocketAddress local) throws IOException {
        checkOpen();
        if (local != null && Addresses.port(local) != 0) {
            throw new UnsupportedOperationException(
                    "jnic's TCP picks a client's port itself: bind to port 0 (or null), not " + local);
        }
        return this; // the address and port are chosen at connect, from the route and the ephemeral range
    }

    @Override
    public <T> SocketChannel setOption(SocketOption<T> name, T value) throws IOException {
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
    public SocketChannel shutdownInput() throws IOException {
        checkConnected();
        inputShut = true; // reads return the end of the stream from now on, as on Linux
        return this;
    }

    @Override
    public SocketChannel shutdownOutput() throws IOException {
        checkConnected();
        try {
            d.sockets.shutdown(d.fd, Sockets.How.WRITE);
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
        outputShut = true;
        return this;
    }

    boolean isInputShut() {
        return inputShut;
    }

    boolean isOutputShut() {
        return outputShut;
    }

    @Override
    public Socket socket() {
        SocketAdaptor a = adaptor;
        if (a == null) {
            synchronized (stateLock) {
                if (adaptor == null) {
                    try {
                        adaptor = new SocketAdaptor(this);
                    } catch (java.net.SocketException e) {
                        throw new IllegalStateException(e);
                    }
                }
                a = adaptor;
            }
        }
        return a;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public boolean isConnectionPending() {
        return connectionPending;
    }

    @Override
    public boolean connect(SocketAddress remote) throws IOException {
        synchronized (stateLock) {
            if (!isOpen()) {
                throw new AsynchronousCloseException(); // what the JDK's own channel throws here
            }
            if (connected) {
                throw new AlreadyConnectedException();
            }
            if (connectionPending) {
                throw new ConnectionPendingException();
            }
            var address = Addresses.ipv4(remote);
            int port = Addresses.port(remote);
            try {
                d.sockets.connect(d.fd, address, port);
                connected = true;
                return true;
            } catch (SocketError e) {
                if (e.errno() == Errno.EINPROGRESS) {
                    connectionPending = true;
                    return false;
                }
                close(); // as the JDK's channel: a connect that failed leaves the channel closed
                throw Exceptions.of(e);
            }
        }
    }

    @Override
    public boolean finishConnect() throws IOException {
        synchronized (stateLock) {
            checkOpen();
            if (connected) {
                return true;
            }
            if (!connectionPending) {
                throw new NoConnectionPendingException();
            }
            try {
                Sockets.PollFd p = new Sockets.PollFd(d.fd, Sockets.POLLOUT);
                if (d.sockets.poll(new Sockets.PollFd[] {p}, isBlocking() ? -1 : 0) == 0) {
                    return false;
                }
                int error = d.sockets.getOption(d.fd, Sockets.Option.SO_ERROR);
                connectionPending = false;
                if (error != 0) {
                    close();
                    throw Exceptions.of(new SocketError(Errno.of(error), "connect"));
                }
                connected = true;
                return true;
            } catch (SocketError e) {
                throw Exceptions.of(e);
            }
        }
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        checkOpen();
        return connected ? d.peerAddress() : null;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        checkOpen();
        return connected ? d.localAddress() : null; // jnic binds a client's port at connect
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return (int) read(new ByteBuffer[] {dst}, 0, 1);
    }

    /** Some bytes, spread over the buffers in order; -1 at the end of the stream; 0 when non-blocking and none are in. */
    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        checkConnected();
        long room = Buffers.remaining(dsts, offset, length);
        if (inputShut) {
            return -1;
        }
        if (room == 0) {
            return 0;
        }
        try {
            if (length == 1 && dsts[offset].hasArray()) { // straight into it, without a copy in between
                ByteBuffer one = dsts[offset];
                int n = d.sockets.recv(d.fd, one.array(), one.arrayOffset() + one.position(), one.remaining());
                if (n == 0) {
                    return -1; // recv's 0 with room to read: the end of the stream
                }
                one.position(one.position() + n);
                return n;
            }
            byte[] b = new byte[(int) Math.min(room, CHUNK)];
            int n = d.sockets.recv(d.fd, b, 0, b.length);
            if (n == 0) {
                return -1;
            }
            Buffers.scatter(b, n, dsts, offset, length);
            return n;
        } catch (SocketError e) {
            if (e.errno() == Errno.EAGAIN) {
                return 0;
            }
            throw failed(e);
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return (int) write(new ByteBuffer[] {src}, 0, 1);
    }

    /** Blocking: every byte of the buffers goes into the send buffer. Non-blocking: what fits, maybe 0. */
    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        checkConnected();
        if (outputShut) {
            // A ClosedChannelException, as the method says; the JDK's own channel throws this subclass.
            throw new AsynchronousCloseException();
        }
        long total = 0;
        try {
            for (; ; ) {
                long left = Buffers.remaining(srcs, offset, length);
                if (left == 0) {
                    return total;
                }
                int n;
                if (length == 1 && srcs[offset].hasArray()) { // straight from it, without a copy in between
                    ByteBuffer one = srcs[offset];
                    n = d.sockets.send(d.fd, one.array(), one.arrayOffset() + one.position(), one.remaining());
                } else {
                    byte[] b = Buffers.peek(srcs, offset, length, CHUNK);
                    n = d.sockets.send(d.fd, b, 0, b.length);
                }
                Buffers.skip(srcs, offset, length, n);
                total += n;
                if (!isBlocking()) {
                    return total; // what fitted; the rest waits for OP_WRITE
                }
            }
        } catch (SocketError e) {
            if (e.errno() == Errno.EAGAIN) {
                return total;
            }
            throw failed(e);
        }
    }

    /** A read's or write's error; one that means the channel was closed meanwhile is the JDK's. */
    private IOException failed(SocketError e) {
        if (!isOpen()) {
            return new AsynchronousCloseException();
        }
        return Exceptions.of(e);
    }

    @Override
    public int readyOps(int revents, int interestOps) {
        int onErrors = ChannelDescriptor.readyOnErrors(revents, interestOps);
        if (onErrors >= 0) {
            return onErrors;
        }
        int ready = 0;
        if ((revents & Sockets.POLLIN) != 0 && connected) {
            ready |= SelectionKey.OP_READ;
        }
        if ((revents & Sockets.POLLOUT) != 0 && connectionPending) {
            ready |= SelectionKey.OP_CONNECT;
        }
        if ((revents & Sockets.POLLOUT) != 0 && connected) {
            ready |= SelectionKey.OP_WRITE;
        }
        return ready & interestOps;
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        d.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
        d.blocking(block);
    }

    @Override
    public String toString() {
        return "JnicSocketChannel[fd " + d.fd + (connected ? ", connected" : "") + (isOpen() ? "" : ", closed") + "]";
    }
}
