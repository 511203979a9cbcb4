package jnic.stack.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Blocking;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.IpLayer;

/**
 * A connected TCP socket, the thread-safe face of a {@link TcpConnection}. Asynchronous calls
 * work anywhere, also on the host's loop; the blocking calls and the streams are for other threads
 * while the loop runs on its own (a {@code WallClockLoop}, or a started {@code SimLan}).
 */
public final class TcpSocket implements AutoCloseable {
    private final TcpConnection c;
    private final IpLayer ip;
    private volatile Duration timeout = Duration.ofDays(365);

    TcpSocket(TcpConnection c) {
        this.c = c;
        this.ip = c.ip;
    }

    /** The connection itself (state, windows, RTT), for tests and diagnostics; read it on the loop. */
    public TcpConnection connection() {
        return c;
    }

    public Ipv4Address localAddress() {
        return c.localAddress;
    }

    public int localPort() {
        return c.localPort;
    }

    public Ipv4Address remoteAddress() {
        return c.remoteAddress;
    }

    public int remotePort() {
        return c.remotePort;
    }

    public TcpState state() {
        return c.state();
    }

    /** TCP_NODELAY: send small segments at once instead of waiting as Nagle's rule says. */
    public void noDelay(boolean on) {
        ip.onLoop(() -> c.noDelay(on));
    }

    /** SO_KEEPALIVE with TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT; off by default. */
    public void keepAlive(Duration idle, Duration interval, int probes) {
        if (idle.isNegative() || interval.isNegative() || interval.isZero() && !idle.isZero() || probes < 1) {
            throw new IllegalArgumentException("keep-alive needs idle >= 0, interval > 0 and at least one probe");
        }
        ip.onLoop(() -> c.keepAlive(idle.toNanos(), interval.toNanos(), probes));
    }

    /** SO_TIMEOUT for the blocking calls and streams. */
    public void timeout(Duration t) {
        timeout = t;
    }

    /** Completes with 1 to {@code len} bytes read into {@code b}, or -1 at the end of the stream; fails with the connection's error. */
    public CompletableFuture<Integer> readAsync(byte[] b, int off, int len) {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        if (len == 0) {
            f.complete(0);
            return f;
        }
        ip.onLoop(() -> tryRead(f, b, off, len));
        return f;
    }

    private void tryRead(CompletableFuture<Integer> f, byte[] b, int off, int len) {
        if (f.isDone()) {
            return;
        }
        try {
            int n = c.read(b, off, len);
            if (n != 0) {
                f.complete(n);
            } else {
                c.whenReady(f, () -> tryRead(f, b, off, len));
            }
        } catch (SocketError e) {
            f.completeExceptionally(e);
        }
    }

    /** Completes when all of {@code b[off, off+len)} is in the send buffer; fails with the connection's error. */
    public CompletableFuture<Void> writeAsync(byte[] b, int off, int len) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        byte[] data = ip.loop().inLoop() ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        int start = ip.loop().inLoop() ? off : 0;
        ip.onLoop(() -> tryWrite(f, data, start, start + len));
        return f;
    }

    private void tryWrite(CompletableFuture<Void> f, byte[] b, int from, int to) {
        if (f.isDone()) {
            return; // the blocking write timed out: the rest is not sent
        }
        try {
            int n = c.write(b, from, to - from);
            if (from + n == to) {
                f.complete(null);
            } else {
                c.whenReady(f, () -> tryWrite(f, b, from + n, to));
            }
        } catch (SocketError e) {
            f.completeExceptionally(e);
        }
    }

    // ---- readiness and calls that do not wait: poll(2) and O_NONBLOCK --------------------

    /**
     * Whether a read returns at once (poll's POLLIN): data is buffered, the peer's FIN is in (a read
     * returns the end of the stream), or the connection failed. On the loop.
     */
    public boolean readable() {
        return c.unread() > 0 || c.error() != null || peerFinished(c.state());
    }

    /**
     * Whether a write returns at once (POLLOUT): once the handshake is done, the send buffer has
     * room for at least half of what it holds (Linux's sk_stream_is_writeable, so a writer wakes for
     * a useful amount, not per acknowledged byte); or the sending side is closed or the connection
     * failed, so a write fails at once. On the loop.
     */
    public boolean writable() {
        TcpState s = c.state();
        if (sendingClosed(s) || c.error() != null) {
            return true;
        }
        int room = c.sendRoom();
        return s.synchronizedState() && room > 0 && room >= c.sendQueued() / 2;
    }

    /** Whether the connection is over, or shut down both ways (POLLHUP). On the loop. */
    public boolean hungUp() {
        TcpState s = c.state();
        return s == TcpState.CLOSED || peerFinished(s) && sendingClosed(s);
    }

    /** The error that ended the connection, or null. */
    public SocketError error() {
        return c.error();
    }

    /** The states in which the peer's FIN is in (RFC 9293 section 3.10.7.4, "eighth"), or the connection over. */
    private static boolean peerFinished(TcpState s) {
        return s == TcpState.CLOSE_WAIT
                || s == TcpState.LAST_ACK
                || s == TcpState.CLOSING
                || s == TcpState.TIME_WAIT
                || s == TcpState.CLOSED;
    }

    /** The states after our FIN was queued (CLOSE, RFC 9293 section 3.10.4), or the connection over. */
    private static boolean sendingClosed(TcpState s) {
        return s == TcpState.FIN_WAIT_1
                || s == TcpState.FIN_WAIT_2
                || s == TcpState.CLOSING
                || s == TcpState.TIME_WAIT
                || s == TcpState.LAST_ACK
                || s == TcpState.CLOSED;
    }

    /**
     * Runs {@code r} on the loop once when the connection's state, readable data or send room next
     * changes, unless {@code owner} (the call waiting for it) has ended meanwhile: how poll()
     * waits without polling.
     */
    public void whenReady(Future<?> owner, Runnable r) {
        ip.onLoop(() -> c.whenReady(owner, r));
    }

    /**
     * recv() with MSG_DONTWAIT: completes at once (from another thread, after one turn of the
     * loop) with 1 to {@code len} bytes, or -1 at the end of the stream; fails with EAGAIN when
     * nothing is buffered yet, or with the connection's error.
     */
    public CompletableFuture<Integer> readNow(byte[] b, int off, int len) {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        ip.onLoop(() -> {
            try {
                int n = len == 0 ? 0 : c.read(b, off, len);
                if (n == 0 && len > 0) {
                    f.completeExceptionally(new SocketError(
                            Errno.EAGAIN, "nothing to read yet from " + c.remoteAddress + ":" + c.remotePort));
                } else {
                    f.complete(n);
                }
            } catch (SocketError e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /**
     * send() with MSG_DONTWAIT: takes as much of {@code b[off, off+len)} as the send buffer has room
     * for and completes with how many bytes; fails with EAGAIN when it has none, EPIPE when the
     * sending side is closed, or the connection's error.
     */
    public CompletableFuture<Integer> writeNow(byte[] b, int off, int len) {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        byte[] data = ip.loop().inLoop() ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        int start = ip.loop().inLoop() ? off : 0;
        ip.onLoop(() -> {
            try {
                int n = c.write(data, start, len);
                if (n == 0 && len > 0) {
                    f.completeExceptionally(new SocketError(
                            Errno.EAGAIN,
                            "the send buffer towards " + c.remoteAddress + ":" + c.remotePort + " is full"));
                } else {
                    f.complete(n);
                }
            } catch (SocketError e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    public int read(byte[] b, int off, int len) throws SocketError {
        return Blocking.await(
                ip.loop(),
                readAsync(b, off, len),
                timeout,
                "nothing to read from " + c.remoteAddress + ":" + c.remotePort);
    }

    public void write(byte[] b, int off, int len) throws SocketError {
        Blocking.await(
                ip.loop(),
                writeAsync(b, off, len),
                timeout,
                "the send buffer did not drain towards " + c.remoteAddress + ":" + c.remotePort);
    }

    /** Blocking reads as an InputStream (read returns -1 at the peer's FIN). */
    public InputStream inputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return TcpSocket.this.read(b, off, len);
            }

            @Override
            public void close() {
                TcpSocket.this.close();
            }
        };
    }

    /** Blocking writes as an OutputStream; close() half-closes (FIN). */
    public OutputStream outputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                TcpSocket.this.write(b, off, len);
            }

            @Override
            public void close() {
                shutdownOutput();
            }
        };
    }

    /** Half-close: FIN after the data; reading goes on. */
    public void shutdownOutput() {
        ip.onLoop(c::shutdownOutput);
    }

    /** Close: FIN after the data, or a reset when received data was left unread. */
    @Override
    public void close() {
        ip.onLoop(c::close);
    }

    /**
     * Close with SO_LINGER: as {@link #close()}, then wait up to {@code linger} until the peer has
     * acknowledged our FIN, so all the data with it. Returns whether it did in time; if not, the
     * connection goes on sending in the background, as on Linux.
     */
    public boolean close(Duration linger) throws SocketError {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        ip.onLoop(() -> {
            c.close();
            c.whenFinAcknowledged(acknowledged);
        });
        try {
            Blocking.await(ip.loop(), acknowledged, linger, "the peer did not acknowledge everything");
            return true;
        } catch (SocketError e) {
            if (e.errno() == Errno.ETIMEDOUT) {
                return false;
            }
            throw e;
        }
    }

    /** Abort: a reset now, data in flight is discarded. */
    public void abort() {
        ip.onLoop(c::abort);
    }

    @Override
    public String toString() {
        return c.toString();
    }
}
