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
import jnic.stack.CallLock;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.socket.Sockets;

/**
 * A {@link SocketChannel} on a stream descriptor of the provider's {@link Sockets}, blocking or
 * not. In blocking mode connect waits for the handshake, reads wait for data and writes for room
 * for all of it; non-blocking, connect returns false and the handshake goes on (OP_CONNECT, then
 * {@link #finishConnect}), a read with nothing buffered returns 0 and a write takes what fits. The
 * errors are the JDK's ({@link Exceptions}). A failed connect closes the channel, as the JDK's
 * does. As the JDK's: one read and one write at a time (others wait their turn); a close from
 * another thread ends a blocked call with AsynchronousCloseException, an interrupt of the blocked
 * thread closes the channel and ends it with ClosedByInterruptException; and changing the
 * blocking mode waits for the read and write under way. The options that map: TCP_NODELAY, SO_KEEPALIVE, SO_LINGER, SO_RCVBUF and SO_SNDBUF
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
    /** One read and one write at a time; waiting threads wait as in a blocking call (simulated time goes on). */
    private final CallLock readLock;

    private final CallLock writeLock;
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
        this.readLock = new CallLock(provider.host().loop());
        this.writeLock = new CallLock(provider.host().loop());
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
        try {
            d.sockets.shutdown(d.fd, Sockets.How.READ); // poll reports it readable, as Linux does
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
        inputShut = true; // reads return the end of the stream from now on, as the JDK's channel does
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
            synchronized (this) {
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

    private <T> T interruptibly(IoCall<T> call) throws IOException {
        return IoCall.interruptibly(isBlocking(), this::begin, this::end, call);
    }

    /** Takes the read and the write lock, as the JDK's connect and configureBlocking do. */
    private <T> T exclusively(IoCall<T> call) throws IOException {
        return IoCall.holding(readLock, writeLock, call);
    }

    @Override
    public boolean connect(SocketAddress remote) throws IOException {
        return exclusively(() -> {
            var address = Addresses.ipv4(remote);
            int port = Addresses.port(remote);
            return closedIfFailed(() -> interruptibly(() -> {
                startConnect(address, port);
                if (connectionPending) {
                    return false;
                }
                connected = true;
                return true;
            }));
        });
    }

    /** connect() on the descriptor; on EINPROGRESS the connection is pending. Holding the state lock. */
    private void startConnect(jnic.net.wire.Ipv4Address address, int port) throws IOException {
        if (!isOpen()) {
            throw new AsynchronousCloseException(); // what the JDK's own channel throws here
        }
        if (connected) {
            throw new AlreadyConnectedException();
        }
        if (connectionPending) {
            throw new ConnectionPendingException();
        }
        try {
            d.sockets.connect(d.fd, address, port);
        } catch (SocketError e) {
            if (e.errno() == Errno.EINPROGRESS) {
                connectionPending = true;
                return;
            }
            throw Exceptions.of(e);
        }
    }

    /** As the JDK's channel: a connect that failed (with an I/O error) leaves the channel closed. */
    private <T> T closedIfFailed(IoCall<T> connecting) throws IOException {
        try {
            return connecting.call();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /**
     * A blocking connect that gives up after {@code timeoutMillis} (positive) with a
     * SocketTimeoutException and the channel closed, as the JDK's {@code Socket.connect(address,
     * timeout)} on a channel's socket.
     */
    void connectWithin(SocketAddress remote, int timeoutMillis) throws IOException {
        exclusively(() -> {
            var address = Addresses.ipv4(remote);
            int port = Addresses.port(remote);
            return closedIfFailed(() -> interruptibly(() -> {
                try {
                    d.sockets.setNonBlocking(d.fd, true);
                    try {
                        startConnect(address, port);
                    } finally {
                        d.sockets.setNonBlocking(d.fd, false);
                    }
                } catch (SocketError e) {
                    throw Exceptions.of(e);
                }
                if (connectionPending) {
                    d.awaitReady(Sockets.POLLOUT, timeoutMillis, "Connect timed out");
                    completeConnect();
                } else {
                    connected = true;
                }
                return null;
            }));
        });
    }

    @Override
    public boolean finishConnect() throws IOException {
        return exclusively(() -> {
            checkOpen();
            if (connected) {
                return true;
            }
            if (!connectionPending) {
                throw new NoConnectionPendingException();
            }
            return closedIfFailed(() -> interruptibly(() -> {
                try {
                    Sockets.PollFd p = new Sockets.PollFd(d.fd, Sockets.POLLOUT);
                    if (d.sockets.poll(new Sockets.PollFd[] {p}, isBlocking() ? -1 : 0) == 0) {
                        return false;
                    }
                } catch (SocketError e) {
                    throw failed(e);
                }
                completeConnect();
                return true;
            }));
        });
    }

    /** The pending connect's end, once poll reported it: connected, or its error. */
    private void completeConnect() throws IOException {
        int error;
        try {
            error = d.sockets.getOption(d.fd, Sockets.Option.SO_ERROR);
        } catch (SocketError e) {
            throw failed(e);
        }
        connectionPending = false;
        if (error != 0) {
            throw Exceptions.of(new SocketError(Errno.of(error), "connect"));
        }
        connected = true;
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
        return read(dsts, offset, length, 0);
    }

    /**
     * A blocking read that waits at most {@code timeoutMillis} (positive) for the first byte, then
     * fails with a SocketTimeoutException and leaves the channel as it was: SO_TIMEOUT on the
     * channel's socket's stream, as the JDK's adaptor reads.
     */
    int readWithin(ByteBuffer dst, int timeoutMillis) throws IOException {
        return (int) read(new ByteBuffer[] {dst}, 0, 1, timeoutMillis);
    }

    private long read(ByteBuffer[] dsts, int offset, int length, int timeoutMillis) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        readLock.lock();
        try {
            checkConnected();
            long room = Buffers.remaining(dsts, offset, length);
            if (inputShut) {
                return -1;
            }
            if (room == 0) {
                return 0;
            }
            return interruptibly(() -> {
                if (timeoutMillis > 0) {
                    d.awaitReady(Sockets.POLLIN, timeoutMillis, "Read timed out");
                }
                return receive(dsts, offset, length, room);
            });
        } finally {
            readLock.unlock();
        }
    }

    private long receive(ByteBuffer[] dsts, int offset, int length, long room) throws IOException {
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
        writeLock.lock();
        try {
            checkConnected();
            if (outputShut) {
                // A ClosedChannelException, as the method says; the JDK's own channel throws this subclass.
                throw new AsynchronousCloseException();
            }
            return interruptibly(() -> send(srcs, offset, length));
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * What fits of the buffers, a chunk at a time; in blocking mode, waiting for room until all is
     * in. A close meanwhile ends it: with the count of the bytes taken before, if any, as the JDK's
     * channel returns it (the JDK's close signals the writing thread, whose send returns the count).
     */
    private long send(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long total = 0;
        try {
            for (; ; ) {
                long left = Buffers.remaining(srcs, offset, length);
                if (left == 0) {
                    return total;
                }
                int n;
                try {
                    if (length == 1 && srcs[offset].hasArray()) { // straight from it, without a copy in between
                        ByteBuffer one = srcs[offset];
                        n = d.sockets.sendNow(
                                d.fd,
                                one.array(),
                                one.arrayOffset() + one.position(),
                                Math.min(one.remaining(), CHUNK));
                    } else {
                        byte[] b = Buffers.peek(srcs, offset, length, CHUNK);
                        n = d.sockets.sendNow(d.fd, b, 0, b.length);
                    }
                } catch (SocketError e) {
                    if (e.errno() != Errno.EAGAIN) {
                        throw e;
                    }
                    n = 0; // the send buffer is full
                }
                Buffers.skip(srcs, offset, length, n);
                total += n;
                if (n == 0) {
                    if (!isBlocking()) {
                        return total; // what fitted; the rest waits for OP_WRITE
                    }
                    d.sockets.poll(new Sockets.PollFd[] {new Sockets.PollFd(d.fd, Sockets.POLLOUT)}, -1);
                }
            }
        } catch (SocketError e) {
            if (total > 0 && !isOpen()) {
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
        exclusively(() -> {
            d.blocking(block);
            return null;
        });
    }

    @Override
    public String toString() {
        return "JnicSocketChannel[fd " + d.fd + (connected ? ", connected" : "") + (isOpen() ? "" : ", closed") + "]";
    }
}
