package jnic.stack.nio;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectionKey;
import java.util.Objects;
import java.util.Set;
import jnic.stack.CallLock;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.socket.Sockets;

/**
 * A {@link DatagramChannel} on a datagram descriptor: bind (port 0 for an ephemeral one; sending
 * binds an unbound channel first, as on Linux), send and receive (null in non-blocking mode when no
 * datagram is queued; the part of a datagram that does not fit the buffer is discarded), connect
 * (then read and write, and only the peer's datagrams are received; those queued before are
 * dropped, as the JDK's channel drops them). As the JDK's: one receive and one send at a time; a
 * close or an interrupt ends a blocked one. Multicast is not there: jnic's UDP has no group
 * membership.
 */
final class JnicDatagramChannel extends DatagramChannel implements JnicChannel {
    private static final Set<SocketOption<?>> OPTIONS = Set.of(
            StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_SNDBUF, StandardSocketOptions.SO_REUSEADDR);
    /** The largest UDP payload over IPv4 (65 535 - 20 - 8). */
    private static final int MAX_DATAGRAM = 65_507;

    private final ChannelDescriptor d;
    private final Object stateLock = new Object();
    /** One read and one write at a time; waiting threads wait as in a blocking call (simulated time goes on). */
    private final CallLock readLock;

    private final CallLock writeLock;
    private volatile boolean bound;
    private volatile boolean connected;
    private volatile DatagramSocketAdaptor adaptor;

    JnicDatagramChannel(JnicSelectorProvider provider) {
        super(provider);
        this.d = new ChannelDescriptor(provider.sockets(), provider.sockets().socket(Sockets.Type.DGRAM), OPTIONS);
        this.readLock = new CallLock(provider.host().loop());
        this.writeLock = new CallLock(provider.host().loop());
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
    public DatagramChannel bind(SocketAddress local) throws IOException {
        synchronized (stateLock) {
            checkOpen();
            if (bound) {
                throw new AlreadyBoundException();
            }
            try {
                if (local == null) {
                    d.sockets.bind(d.fd, jnic.net.wire.Ipv4Address.ANY, 0);
                } else {
                    d.sockets.bind(d.fd, Addresses.ipv4(local), Addresses.port(local));
                }
            } catch (SocketError e) {
                throw Exceptions.of(e);
            }
            bound = true;
            return this;
        }
    }

    /** Binds to an ephemeral port on every address if nothing bound the channel yet (as sending does on Linux). */
    private void bindIfUnbound() throws IOException {
        synchronized (stateLock) {
            if (!bound) {
                bind(null);
            }
        }
    }

    boolean isBound() {
        return bound;
    }

    @Override
    public <T> DatagramChannel setOption(SocketOption<T> name, T value) throws IOException {
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
    public DatagramSocket socket() {
        DatagramSocketAdaptor a = adaptor;
        if (a == null) {
            synchronized (stateLock) {
                if (adaptor == null) {
                    adaptor = new DatagramSocketAdaptor(this);
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

    /** Takes the read and the write lock, as the JDK's connect and configureBlocking do. */
    private <T> T exclusively(IoCall<T> call) throws IOException {
        return IoCall.holding(readLock, writeLock, call);
    }

    private <T> T interruptibly(IoCall<T> call) throws IOException {
        return IoCall.interruptibly(isBlocking(), this::begin, this::end, call);
    }

    @Override
    public DatagramChannel connect(SocketAddress remote) throws IOException {
        return exclusively(() -> {
            synchronized (stateLock) {
                checkOpen();
                var address = Addresses.ipv4(remote);
                bindIfUnbound();
                try {
                    d.sockets.connect(d.fd, address, Addresses.port(remote));
                } catch (SocketError e) {
                    throw Exceptions.of(e);
                }
                connected = true;
                flushQueued();
                return this;
            }
        });
    }

    /** Drops the datagrams queued before connect, as the JDK's channel does, so a read gets only the peer's. */
    private void flushQueued() throws IOException {
        boolean wasNonBlocking;
        try {
            wasNonBlocking = d.sockets.isNonBlocking(d.fd);
            d.sockets.setNonBlocking(d.fd, true);
            try {
                for (; ; ) {
                    d.sockets.recvFrom(d.fd);
                }
            } catch (SocketError e) {
                if (e.errno() != Errno.EAGAIN) {
                    throw Exceptions.of(e);
                }
            } finally {
                d.sockets.setNonBlocking(d.fd, wasNonBlocking);
            }
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
    }

    @Override
    public DatagramChannel disconnect() throws IOException {
        return exclusively(() -> {
            synchronized (stateLock) {
                if (!connected || !isOpen()) {
                    return this;
                }
                try {
                    d.sockets.disconnect(d.fd);
                } catch (SocketError e) {
                    throw Exceptions.of(e);
                }
                connected = false;
                return this;
            }
        });
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        checkOpen();
        return connected ? d.peerAddress() : null;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        checkOpen();
        return bound ? d.localAddress() : null;
    }

    /** The next datagram into {@code dst} and its sender; null when non-blocking and none is queued. */
    @Override
    public SocketAddress receive(ByteBuffer dst) throws IOException {
        return receive(dst, 0);
    }

    /**
     * A blocking receive that waits at most {@code timeoutMillis} (positive), then fails with a
     * SocketTimeoutException: SO_TIMEOUT on the channel's datagram socket, as the JDK's adaptor receives.
     */
    SocketAddress receiveWithin(ByteBuffer dst, int timeoutMillis) throws IOException {
        return receive(dst, timeoutMillis);
    }

    private SocketAddress receive(ByteBuffer dst, int timeoutMillis) throws IOException {
        readLock.lock();
        try {
            checkOpen();
            bindIfUnbound();
            Sockets.From from = interruptibly(() -> {
                if (timeoutMillis > 0) {
                    d.awaitReady(Sockets.POLLIN, timeoutMillis, "Receive timed out");
                }
                return next();
            });
            if (from == null) {
                return null;
            }
            dst.put(from.data(), 0, Math.min(dst.remaining(), from.data().length));
            return Addresses.socketAddress(from.address(), from.port());
        } finally {
            readLock.unlock();
        }
    }

    /** recvfrom(): the next datagram, or null when non-blocking and none is queued. */
    private Sockets.From next() throws IOException {
        try {
            return d.sockets.recvFrom(d.fd);
        } catch (SocketError e) {
            if (e.errno() == Errno.EAGAIN) {
                return null;
            }
            throw failed(e);
        }
    }

    /** Sends {@code src}'s remaining bytes as one datagram to {@code target}; returns how many. */
    @Override
    public int send(ByteBuffer src, SocketAddress target) throws IOException {
        writeLock.lock();
        try {
            checkOpen();
            var address = Addresses.ipv4(target);
            int port = Addresses.port(target);
            if (connected && !target.equals(getRemoteAddress())) {
                throw new java.nio.channels.AlreadyConnectedException(); // the JDK's answer for another peer
            }
            bindIfUnbound();
            byte[] b = datagramOf(src);
            interruptibly(() -> {
                try {
                    d.sockets.sendTo(d.fd, b, 0, b.length, address, port);
                } catch (SocketError e) {
                    throw failed(e);
                }
                return null;
            });
            src.position(src.position() + b.length);
            return b.length;
        } finally {
            writeLock.unlock();
        }
    }

    private static byte[] datagramOf(ByteBuffer src) throws IOException {
        if (src.remaining() > MAX_DATAGRAM) {
            throw new java.net.SocketException("Message too long");
        }
        byte[] b = new byte[src.remaining()];
        src.get(src.position(), b);
        return b;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return (int) read(new ByteBuffer[] {dst}, 0, 1);
    }

    /** The next datagram from the peer, spread over the buffers; 0 when non-blocking and none is queued. */
    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        readLock.lock();
        try {
            checkOpen();
            if (!connected) {
                throw new NotYetConnectedException();
            }
            Sockets.From from = interruptibly(this::next);
            if (from == null) {
                return 0;
            }
            int n = (int) Math.min(from.data().length, Buffers.remaining(dsts, offset, length));
            Buffers.scatter(from.data(), n, dsts, offset, length);
            return n;
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return (int) write(new ByteBuffer[] {src}, 0, 1);
    }

    /** The buffers' remaining bytes as one datagram to the peer. */
    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        writeLock.lock();
        try {
            checkOpen();
            if (!connected) {
                throw new NotYetConnectedException();
            }
            long total = Buffers.remaining(srcs, offset, length);
            if (total > MAX_DATAGRAM) {
                throw new java.net.SocketException("Message too long");
            }
            byte[] b = Buffers.peek(srcs, offset, length, (int) total);
            interruptibly(() -> {
                try {
                    d.sockets.send(d.fd, b, 0, b.length);
                } catch (SocketError e) {
                    throw failed(e);
                }
                return null;
            });
            Buffers.skip(srcs, offset, length, b.length);
            return b.length;
        } finally {
            writeLock.unlock();
        }
    }

    private IOException failed(SocketError e) {
        if (!isOpen()) {
            return new AsynchronousCloseException();
        }
        if (e.errno() == Errno.ECONNREFUSED) {
            // An ICMP port unreachable for an earlier datagram to the peer, as the JDK reports it.
            java.net.PortUnreachableException x = new java.net.PortUnreachableException();
            x.initCause(e);
            return x;
        }
        return Exceptions.of(e);
    }

    @Override
    public MembershipKey join(InetAddress group, NetworkInterface interf) {
        throw new UnsupportedOperationException("jnic's UDP has no multicast group membership");
    }

    @Override
    public MembershipKey join(InetAddress group, NetworkInterface interf, InetAddress source) {
        throw new UnsupportedOperationException("jnic's UDP has no multicast group membership");
    }

    @Override
    public int readyOps(int revents, int interestOps) {
        int onErrors = ChannelDescriptor.readyOnErrors(revents, interestOps);
        if (onErrors >= 0) {
            return onErrors;
        }
        return (((revents & Sockets.POLLIN) != 0 ? SelectionKey.OP_READ : 0)
                        | ((revents & Sockets.POLLOUT) != 0 ? SelectionKey.OP_WRITE : 0))
                & interestOps;
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
        return "JnicDatagramChannel[fd " + d.fd + (connected ? ", connected" : "") + (isOpen() ? "" : ", closed") + "]";
    }
}
