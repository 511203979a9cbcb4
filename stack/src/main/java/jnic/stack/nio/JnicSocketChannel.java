package jnic.stack.nio;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jnic.stack.Blocking;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpSocket;

/**
 * A {@link SocketChannel} on a jnic TCP connection, in blocking mode. Reads and writes move bytes
 * between the buffers and the connection's receive and send buffers; the errors are the JDK's
 * ({@link ConnectException} for a refused connection, {@link ClosedChannelException},
 * {@link NotYetConnectedException}, {@link AlreadyConnectedException}). The options that map:
 * TCP_NODELAY, SO_KEEPALIVE (Linux's default probing: 2 h idle, 75 s apart, 9 probes),
 * SO_RCVBUF and SO_SNDBUF (before connecting), SO_REUSEADDR (always in effect, as in jnic's TCP).
 */
final class JnicSocketChannel extends SocketChannel {
    private static final Duration FOREVER = Duration.ofDays(365);
    private static final Set<SocketOption<?>> OPTIONS = Set.of(
            StandardSocketOptions.TCP_NODELAY,
            StandardSocketOptions.SO_KEEPALIVE,
            StandardSocketOptions.SO_RCVBUF,
            StandardSocketOptions.SO_SNDBUF,
            StandardSocketOptions.SO_REUSEADDR);

    private final Host host;
    private final Map<SocketOption<?>, Object> options = new HashMap<>();
    private volatile TcpSocket tcp;
    private volatile boolean inputShut;
    private volatile boolean outputShut;

    /** A new channel, or ({@code tcp} not null) one a server channel accepted. */
    JnicSocketChannel(JnicSelectorProvider provider, TcpSocket tcp) {
        super(provider);
        this.host = provider.host();
        this.tcp = tcp;
        options.put(StandardSocketOptions.TCP_NODELAY, false);
        options.put(StandardSocketOptions.SO_KEEPALIVE, false);
        options.put(StandardSocketOptions.SO_RCVBUF, host.config().tcp().receiveBuffer());
        options.put(StandardSocketOptions.SO_SNDBUF, host.config().tcp().sendBuffer());
        options.put(StandardSocketOptions.SO_REUSEADDR, true);
    }

    private void checkOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private TcpSocket connected() throws ClosedChannelException {
        checkOpen();
        TcpSocket s = tcp;
        if (s == null) {
            throw new NotYetConnectedException();
        }
        return s;
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
        if (!OPTIONS.contains(Objects.requireNonNull(name))) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        synchronized (options) {
            options.put(name, value);
        }
        TcpSocket s = tcp;
        if (s != null && name == StandardSocketOptions.TCP_NODELAY) {
            s.noDelay((Boolean) value);
        }
        if (s != null && name == StandardSocketOptions.SO_KEEPALIVE && (Boolean) value) {
            s.keepAlive(Duration.ofHours(2), Duration.ofSeconds(75), 9);
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
        synchronized (options) {
            return (T) options.get(name);
        }
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return OPTIONS;
    }

    @Override
    public SocketChannel shutdownInput() throws IOException {
        connected();
        inputShut = true; // reads return the end of the stream from now on, as on Linux
        return this;
    }

    @Override
    public SocketChannel shutdownOutput() throws IOException {
        connected().shutdownOutput();
        outputShut = true;
        return this;
    }

    @Override
    public Socket socket() {
        throw JnicSelectorProvider.notYet("the Socket adaptor");
    }

    @Override
    public boolean isConnected() {
        return tcp != null;
    }

    @Override
    public boolean isConnectionPending() {
        return false; // blocking mode: connect returns connected or throws
    }

    @Override
    public boolean connect(SocketAddress remote) throws IOException {
        if (!isOpen()) {
            throw new AsynchronousCloseException(); // as the JDK's own channel does
        }
        if (tcp != null) {
            throw new AlreadyConnectedException();
        }
        var address = Addresses.ipv4(remote);
        int port = Addresses.port(remote);
        int receiveBuffer;
        int sendBuffer;
        synchronized (options) {
            receiveBuffer = (Integer) options.get(StandardSocketOptions.SO_RCVBUF);
            sendBuffer = (Integer) options.get(StandardSocketOptions.SO_SNDBUF);
        }
        try {
            tcp = Blocking.await(
                    host.loop(),
                    host.tcp().connect(address, port, receiveBuffer, sendBuffer),
                    FOREVER,
                    "connect to " + remote);
        } catch (SocketError e) {
            if (e.errno() == Errno.ECONNREFUSED) {
                ConnectException refused = new ConnectException("Connection refused");
                refused.initCause(e);
                throw refused;
            }
            throw e;
        }
        if (Boolean.TRUE.equals(getOption(StandardSocketOptions.TCP_NODELAY))) {
            tcp.noDelay(true);
        }
        if (Boolean.TRUE.equals(getOption(StandardSocketOptions.SO_KEEPALIVE))) {
            tcp.keepAlive(Duration.ofHours(2), Duration.ofSeconds(75), 9);
        }
        return true;
    }

    @Override
    public boolean finishConnect() throws IOException {
        checkOpen();
        if (tcp == null) {
            throw new NotYetConnectedException();
        }
        return true;
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        checkOpen();
        TcpSocket s = tcp;
        return s == null ? null : Addresses.socketAddress(s.remoteAddress(), s.remotePort());
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return (int) read(new ByteBuffer[] {dst}, 0, 1);
    }

    /** Blocks until some bytes have come (or the end of the stream) and spreads them over the buffers in order. */
    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        TcpSocket s = connected();
        long room = 0;
        for (int i = offset; i < offset + length; i++) {
            room += dsts[i].remaining();
        }
        if (inputShut) {
            return -1;
        }
        if (room == 0) {
            return 0;
        }
        if (length == 1 && dsts[offset].hasArray()) { // straight into it, without a copy in between
            ByteBuffer one = dsts[offset];
            int n = s.read(one.array(), one.arrayOffset() + one.position(), one.remaining());
            if (n > 0) {
                one.position(one.position() + n);
            }
            return Math.max(n, -1);
        }
        byte[] b = new byte[(int) Math.min(room, 1 << 20)];
        int n = s.read(b, 0, b.length);
        if (n < 0) {
            return -1;
        }
        int at = 0;
        for (int i = offset; i < offset + length && at < n; i++) {
            int k = Math.min(dsts[i].remaining(), n - at);
            dsts[i].put(b, at, k);
            at += k;
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return (int) write(new ByteBuffer[] {src}, 0, 1);
    }

    /** Blocks until every byte of the buffers is in the send buffer, as a blocking channel does. */
    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        TcpSocket s = connected();
        if (outputShut) {
            // A ClosedChannelException, as the method says; the JDK's own channel throws this subclass.
            throw new AsynchronousCloseException();
        }
        if (length == 1 && srcs[offset].hasArray()) { // straight from it, without a copy in between
            ByteBuffer one = srcs[offset];
            int n = one.remaining();
            if (n > 0) {
                s.write(one.array(), one.arrayOffset() + one.position(), n);
                one.position(one.position() + n);
            }
            return n;
        }
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += srcs[i].remaining();
        }
        byte[] b = new byte[Math.toIntExact(total)];
        int at = 0;
        for (int i = offset; i < offset + length; i++) {
            int k = srcs[i].remaining();
            srcs[i].get(b, at, k);
            at += k;
        }
        if (b.length > 0) {
            s.write(b, 0, b.length);
        }
        return total;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        checkOpen();
        TcpSocket s = tcp;
        return s == null ? null : Addresses.socketAddress(s.localAddress(), s.localPort());
    }

    @Override
    protected void implCloseSelectableChannel() {
        TcpSocket s = tcp;
        if (s != null) {
            s.close();
        }
    }

    @Override
    protected void implConfigureBlocking(boolean block) {
        if (!block) {
            throw JnicSelectorProvider.notYet("non-blocking mode");
        }
    }
}
