package jnic.stack.tcp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.stack.Blocking;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.StackCounter;

/**
 * A listening socket (RFC 9293 LISTEN state). Its backlog bounds the connections it holds:
 * half-open ones (SYN-RECEIVED) and established ones not yet accepted together.
 *
 * <p>Policy under a SYN flood: when the backlog is full, the oldest half-open connection is dropped
 * to make room for the new SYN (without a reset, as a lost SYN-ACK). A flood of spoofed SYNs thus
 * evicts itself, and a genuine client's SYN still gets a SYN-ACK. If every slot holds an
 * established connection waiting for accept, the new SYN is dropped. Both drops are counted
 * (TCP_BACKLOG_DROPS).
 */
public final class TcpListener implements AutoCloseable {
    private final Tcp tcp;
    private final int port;
    private final int backlog;
    private final ArrayDeque<TcpConnection> halfOpen = new ArrayDeque<>();
    private final ArrayDeque<TcpConnection> ready = new ArrayDeque<>();
    private final ArrayDeque<CompletableFuture<TcpSocket>> accepting = new ArrayDeque<>();
    private final TcpConnection.Buffers buffers;
    private volatile boolean closed;

    TcpListener(Tcp tcp, int port, int backlog, TcpConnection.Buffers buffers) {
        this.tcp = tcp;
        this.port = port;
        this.backlog = backlog;
        this.buffers = buffers;
    }

    public int port() {
        return port;
    }

    public int backlog() {
        return backlog;
    }

    /** Half-open connections now (on the loop). */
    public int halfOpen() {
        return halfOpen.size();
    }

    void segmentArrives(Ipv4Packet p, TcpSegment seg, TcpOptions options) {
        if (seg.has(TcpSegment.RST)) {
            return;
        }
        if (seg.has(TcpSegment.ACK)) {
            tcp.resetFor(p, seg);
            return;
        }
        if (!seg.has(TcpSegment.SYN)) {
            return;
        }
        if (halfOpen.size() + ready.size() >= backlog) {
            tcp.ip().counters().increment(StackCounter.TCP_BACKLOG_DROPS);
            TcpConnection oldest = halfOpen.poll();
            if (oldest == null) {
                return;
            }
            oldest.terminate(null);
        }
        if (!tcp.hasRoom()) {
            tcp.ip()
                    .counters()
                    .increment(StackCounter.TCP_BACKLOG_DROPS); // the host's connection limit: the SYN is dropped
            return;
        }
        TcpConnection c = new TcpConnection(tcp, p.destination(), port, p.source(), seg.sourcePort(), buffers);
        c.listener = this;
        halfOpen.add(c);
        tcp.add(c);
        c.acceptSyn(seg, options);
    }

    /** A half-open connection that ended (reset, SYN-ACK retries spent) leaves the backlog. */
    void forget(TcpConnection c) {
        halfOpen.remove(c);
    }

    void established(TcpConnection c) {
        halfOpen.remove(c);
        TcpSocket socket = new TcpSocket(c);
        for (CompletableFuture<TcpSocket> taker; (taker = accepting.poll()) != null; ) {
            if (taker.complete(socket)) {
                return; // an accept that timed out (cancelled) takes nothing
            }
        }
        ready.add(c);
    }

    /** Completes with the next established connection. Callable from any thread. */
    public CompletableFuture<TcpSocket> acceptAsync() {
        CompletableFuture<TcpSocket> f = new CompletableFuture<>();
        tcp.ip().onLoop(() -> {
            if (closed) {
                f.completeExceptionally(new SocketError(Errno.EBADF, "listener on port " + port + " is closed"));
                return;
            }
            TcpConnection c = ready.poll();
            if (c != null) {
                f.complete(new TcpSocket(c));
            } else {
                accepting.removeIf(CompletableFuture::isDone); // accepts that timed out
                accepting.add(f);
            }
        });
        return f;
    }

    /** Waits up to {@code timeout} for a connection (ETIMEDOUT). Not on the host's loop. */
    public TcpSocket accept(Duration timeout) throws SocketError {
        return Blocking.await(tcp.ip().loop(), acceptAsync(), timeout, "no connection on port " + port);
    }

    @Override
    public void close() {
        closed = true;
        tcp.ip().onLoop(() -> {
            tcp.unlisten(this);
            for (TcpConnection c : halfOpen) {
                c.abort();
            }
            for (TcpConnection c : ready) {
                c.abort();
            }
            halfOpen.clear();
            ready.clear();
            for (CompletableFuture<TcpSocket> f : accepting) {
                f.completeExceptionally(new SocketError(Errno.EBADF, "listener on port " + port + " closed"));
            }
            accepting.clear();
        });
    }
}
