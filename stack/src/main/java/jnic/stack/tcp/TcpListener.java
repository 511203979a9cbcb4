package jnic.stack.tcp;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Parsed;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.stack.Blocking;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.StackCounter;

/**
 * A listening socket (RFC 9293 LISTEN state) with Linux's two queues, each bounded by the
 * backlog: the SYN backlog of half-open connections (SYN-RECEIVED), and the accept queue of
 * established ones not yet accepted.
 *
 * <p>Policy under a SYN flood (RFC 4987): while the SYN backlog is full, or the host's connection
 * table is, a SYN is answered with a SYN cookie ({@link SynCookies}) and nothing is kept, as
 * Linux's tcp_syncookies=1: cookies only under pressure, because a connection made from one runs
 * without window scaling and SACK when the peer sends no timestamps. No half-open connection is
 * evicted, so no genuine handshake under way is cut off, and a flood costs at most a backlog of
 * control blocks, without buffers. A SYN is dropped (TCP_BACKLOG_DROPS) only while the accept
 * queue is full, as Linux's ListenOverflows: the application is behind, and the peer's next SYN
 * may find room. An ACK that reaches the listener is taken for a cookie's only if a cookie went
 * out in the last two minutes (Linux's tcp_synq_no_recent_overflow); a good one becomes an
 * established connection on the accept queue (TCP_SYN_COOKIES_VALIDATED, unless the accept
 * queue is full: then the ACK is dropped and the peer's next segment brings the cookie again),
 * a bad one (TCP_SYN_COOKIES_FAILED) and any other ACK get a reset.
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
    /** When the last cookie went out, on the loop's clock; valid only once {@link #cookiesSent}. */
    private long lastCookie;

    private boolean cookiesSent;

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

    /**
     * A segment for no connection, to this listener's port (RFC 9293 section 3.10.7.2). A SYN
     * that {@code reopensTimeWait} (see {@link Tcp}) is never answered with a cookie.
     */
    void segmentArrives(Ipv4Packet p, TcpSegment seg, TcpOptions options, boolean reopensTimeWait) {
        if (seg.has(TcpSegment.RST)) {
            return;
        }
        if (seg.has(TcpSegment.ACK)) {
            if (seg.has(TcpSegment.SYN) || !cookieReturns(p, seg)) {
                tcp.resetFor(p, seg);
            }
            return;
        }
        if (!seg.has(TcpSegment.SYN)) {
            return;
        }
        if (ready.size() >= backlog) {
            tcp.ip().counters().increment(StackCounter.TCP_BACKLOG_DROPS); // the accept queue is full
            return;
        }
        if (!reopensTimeWait && (halfOpen.size() >= backlog || !tcp.hasRoom())) {
            sendCookie(p, seg, options);
            return;
        }
        if (!tcp.hasRoom()) {
            tcp.ip().counters().increment(StackCounter.TCP_BACKLOG_DROPS);
            return;
        }
        TcpConnection c = new TcpConnection(tcp, p.destination(), port, p.source(), seg.sourcePort(), buffers);
        c.listener = this;
        halfOpen.add(c);
        tcp.add(c);
        c.acceptSyn(seg, options);
    }

    /**
     * Answers {@code syn} with a SYN-ACK whose sequence number is a SYN cookie, keeping nothing
     * but the time (see {@link SynCookies}): our MSS, and with the peer's timestamp only, our
     * window scale if it offered one, SACK-permitted if both do, and the timestamp that carries
     * the peer's options.
     */
    private void sendCookie(Ipv4Packet p, TcpSegment syn, TcpOptions o) {
        long now = tcp.ip().now();
        int ourMss = tcp.mtuTowards(p.source()) - Ipv4Packet.MIN_HEADER_LENGTH - TcpSegment.MIN_HEADER_LENGTH;
        int mss = Math.min(o.maxSegmentSize() > 0 ? o.maxSegmentSize() : TcpConnection.DEFAULT_MSS, ourMss);
        int cookie = tcp.cookies().make(p.source(), syn.sourcePort(), p.destination(), port, syn.sequence(), mss, now);
        TcpOptions answer;
        if (o.timestampValue() >= 0) {
            boolean sack = tcp.config().sack() && o.sackPermitted();
            answer = new TcpOptions(
                    ourMss,
                    o.windowScale() >= 0 ? TcpConnection.windowScaleFor(buffers.receive()) : -1,
                    sack,
                    List.of(),
                    SynCookies.timestampValue(tcp.timestampNow(), o.windowScale(), sack),
                    o.timestampValue());
        } else {
            answer = new TcpOptions(ourMss, -1, false, List.of(), -1, -1);
        }
        TcpSegment synAck = new TcpSegment(
                port,
                syn.sourcePort(),
                cookie,
                syn.sequence() + 1,
                TcpSegment.SYN | TcpSegment.ACK,
                Math.min(buffers.receive(), 0xFFFF), // never scaled in a SYN (RFC 7323 section 2.2)
                0,
                answer.toBuffer(),
                ByteBuffer.allocate(0));
        lastCookie = now;
        cookiesSent = true;
        tcp.ip().counters().increment(StackCounter.TCP_SYN_COOKIES_SENT);
        if (tcp.ip().tracer().enabled()) {
            tcp.ip()
                    .tracer()
                    .event(
                            TraceLayer.TCP,
                            "port " + port + "'s SYN backlog holds " + halfOpen.size() + " of " + backlog
                                    + (halfOpen.size() < backlog ? " but the connection table is full" : "")
                                    + ": the SYN-ACK's ISN "
                                    + Integer.toUnsignedString(cookie)
                                    + " is a SYN cookie (RFC 4987), MSS "
                                    + SynCookies.MSS_TABLE[SynCookies.mssIndex(mss)]
                                    + (o.timestampValue() >= 0 ? ", options in its timestamp" : ", no options kept")
                                    + "; nothing is kept");
        }
        tcp.send(p.destination(), p.source(), synAck);
    }

    /**
     * Whether {@code ack} (no SYN, no RST) was taken as the return of a SYN cookie: checked only
     * when a cookie went out lately; if good, the connection is rebuilt from it and joins the
     * accept queue. False when it is no cookie of ours: the caller resets.
     */
    private boolean cookieReturns(Ipv4Packet p, TcpSegment ack) {
        long now = tcp.ip().now();
        if (!cookiesSent || now - lastCookie >= SynCookies.VALID_NANOS) {
            return false;
        }
        int mss = tcp.cookies()
                .check(
                        ack.acknowledgment() - 1,
                        p.source(),
                        ack.sourcePort(),
                        p.destination(),
                        port,
                        ack.sequence() - 1,
                        now);
        if (mss < 0) {
            tcp.ip().counters().increment(StackCounter.TCP_SYN_COOKIES_FAILED);
            return false;
        }
        tcp.ip().counters().increment(StackCounter.TCP_SYN_COOKIES_VALIDATED);
        if (ready.size() >= backlog || !tcp.hasRoom()) {
            tcp.ip().counters().increment(StackCounter.TCP_BACKLOG_DROPS);
            return true; // dropped, as Linux does: the peer's next segment carries the same cookie
        }
        Parsed<TcpOptions> parsed = TcpOptions.parse(ack.options());
        TcpOptions o = parsed.isOk() ? parsed.value() : TcpOptions.NONE;
        SynCookies.TimestampOptions kept = o.timestampValue() >= 0
                ? SynCookies.options(o.timestampEcho())
                : new SynCookies.TimestampOptions(-1, false);
        TcpConnection c = new TcpConnection(tcp, p.destination(), port, p.source(), ack.sourcePort(), buffers);
        c.listener = this;
        tcp.add(c);
        c.acceptCookie(ack, mss, kept.windowScale(), kept.sackPermitted(), o.timestampValue());
        return true;
    }

    /** A half-open connection that ended (reset, SYN-ACK retries spent) leaves the backlog. */
    void forget(TcpConnection c) {
        halfOpen.remove(c);
    }

    /**
     * {@code c} completed its handshake: it joins the accept queue, and a waiting accept gets it
     * as soon as the segment that completed it has been processed ({@link Tcp} calls
     * {@link #handOver}), so that an accept's callback that writes at once does not run inside
     * that segment's processing.
     */
    void established(TcpConnection c) {
        halfOpen.remove(c);
        ready.add(c);
        if (!accepting.isEmpty()) {
            tcp.handOverAfterSegment(this);
        }
    }

    /** Gives waiting accepts the connections of the accept queue, oldest first. */
    void handOver() {
        while (!ready.isEmpty()) {
            CompletableFuture<TcpSocket> taker = accepting.poll();
            if (taker == null) {
                return;
            }
            TcpConnection c = ready.poll(); // before complete: its callback may accept again at once
            if (!taker.complete(new TcpSocket(c))) {
                ready.addFirst(c); // an accept that timed out (cancelled) takes nothing
            }
        }
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
