package jnic.stack.udp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.UdpDatagram;
import jnic.stack.Blocking;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.StackCounter;

/**
 * A UDP socket bound to a port: {@link #sendTo}, and a receive queue bounded in bytes (as
 * SO_RCVBUF) whose overflow is dropped and counted. Thread-safe. On the host's event loop use
 * {@link #poll} or {@link #receiveAsync}; the blocking {@link #receive} is for other threads
 * while the loop runs on its own.
 *
 * <p>{@link #connect} does what POSIX connect() does on a datagram socket: it sets the peer that
 * {@link #send} sends to and limits the senders received from to that peer. As on Linux, a
 * datagram from anyone else finds no socket (counted as UDP_NO_PORT and answered with port
 * unreachable); datagrams queued before the connect stay queued; and an ICMP error about a
 * datagram to the peer (port unreachable is ECONNREFUSED) is reported by the next send or receive,
 * waking a waiting receive. An unconnected socket reports an ICMP error by its next
 * {@link #sendTo} only. {@link #disconnect} is connect with AF_UNSPEC.
 */
public final class UdpSocket implements AutoCloseable {
    /** A received datagram: who sent it, to which of our addresses, and its data. */
    public record Datagram(Ipv4Address source, int sourcePort, Ipv4Address destination, byte[] data) {}

    /**
     * An ICMP error about a datagram this socket sent, as Linux's IP_RECVERR error queue gives it:
     * who reported it (a router on the way, or the destination), its type and code, where the
     * datagram was going, and when (loop time) the report arrived.
     */
    public record IcmpReport(
            Ipv4Address reporter, int type, int code, Ipv4Address destination, int destinationPort, long at) {}

    /** The peer of a connected socket. */
    private record Peer(Ipv4Address address, int port) {}

    private record Waiter(Future<?> owner, Runnable run) {}

    /** The default receive buffer, Linux's net.core.rmem_default. */
    public static final int DEFAULT_RECEIVE_BUFFER = 212_992;

    private final Udp udp;
    private final Ipv4Address localAddress;
    private final int localPort;
    private final ArrayDeque<Datagram> queue = new ArrayDeque<>();
    private final ArrayDeque<CompletableFuture<Datagram>> waiting = new ArrayDeque<>();
    private int queuedBytes;
    private int receiveBuffer = DEFAULT_RECEIVE_BUFFER;
    private long dropped;
    private volatile boolean closed;
    private volatile int ttl;
    private volatile SocketError pendingError;
    private volatile Peer peer;
    private volatile java.util.function.Consumer<IcmpReport> reports;
    private final List<Waiter> readiness = new ArrayList<>();

    UdpSocket(Udp udp, Ipv4Address localAddress, int localPort) {
        this.udp = udp;
        this.localAddress = localAddress;
        this.localPort = localPort;
    }

    public Ipv4Address localAddress() {
        return localAddress;
    }

    public int localPort() {
        return localPort;
    }

    /**
     * POSIX connect() on a datagram socket: from now on {@link #send} goes to
     * {@code address}:{@code port} and only datagrams from there are received. Checked at once:
     * the socket is open (EBADF), the port (EINVAL), a route (ENETUNREACH). Connecting again
     * changes the peer; an error pending from before is dropped.
     */
    public void connect(Ipv4Address address, int port) throws SocketError {
        if (closed) {
            throw new SocketError(Errno.EBADF, "UDP socket " + localPort + " is closed");
        }
        if (port < 1 || port > 0xFFFF || address.isAny()) {
            throw new SocketError(
                    Errno.EINVAL, "a peer is an address and a port 1 to 65535, not " + address + ":" + port);
        }
        udp.ip().sourceFor(address);
        pendingError = null;
        peer = new Peer(address, port);
    }

    /** connect() with AF_UNSPEC: no peer any more; datagrams from anyone are received again. */
    public void disconnect() {
        peer = null;
    }

    /** The connected peer's address (getpeername), or null when not connected. */
    public Ipv4Address remoteAddress() {
        Peer p = peer;
        return p == null ? null : p.address();
    }

    /** The connected peer's port, or 0 when not connected. */
    public int remotePort() {
        Peer p = peer;
        return p == null ? 0 : p.port();
    }

    /**
     * Whether {@code address}:{@code port} may be this socket's other end: its peer, or anyone when
     * it is not connected. Datagrams from there are received, and ICMP errors about datagrams to
     * there reported.
     */
    boolean accepts(Ipv4Address address, int port) {
        Peer p = peer;
        return p == null || p.port() == port && p.address().equals(address);
    }

    /** send() on a connected socket: {@link #sendTo} its peer; EDESTADDRREQ when not connected. */
    public void send(byte[] data) throws SocketError {
        Peer p = peer;
        if (p == null) {
            if (closed) {
                throw new SocketError(Errno.EBADF, "UDP socket " + localPort + " is closed");
            }
            throw new SocketError(Errno.EDESTADDRREQ, "UDP socket " + localPort + " is not connected: use sendTo");
        }
        sendTo(data, p.address(), p.port());
    }

    /**
     * Queues {@code data} for {@code destination}:{@code port}. Checked at once: the socket is
     * open, the size fits a datagram, and there is a route (ENETUNREACH); the datagram then goes
     * out on the host's loop. A pending ICMP error from an earlier datagram is thrown here once,
     * as POSIX sockets report it on the next call.
     */
    public void sendTo(byte[] data, Ipv4Address destination, int port) throws SocketError {
        if (closed) {
            throw new SocketError(Errno.EBADF, "UDP socket " + localPort + " is closed");
        }
        if (port < 1 || port > 0xFFFF) {
            throw new SocketError(Errno.EINVAL, "a destination port is 1 to 65535, not " + port);
        }
        if (data.length > UdpDatagram.MAX_DATA) {
            throw new SocketError(
                    Errno.EMSGSIZE, data.length + " bytes; a UDP datagram carries at most " + UdpDatagram.MAX_DATA);
        }
        SocketError e = pendingError;
        if (e != null) {
            pendingError = null;
            throw e;
        }
        Ipv4Address source = localAddress.isAny() ? udp.ip().sourceFor(destination) : localAddress;
        if (udp.ip().loop().inLoop()) {
            udp.send(this, source, destination, port, data); // sent before this returns: no copy needed
        } else {
            byte[] copy = data.clone(); // the caller may reuse its array once this returns
            udp.ip().loop().execute(() -> udp.send(this, source, destination, port, copy));
        }
    }

    /** The next datagram, or null when none is queued. */
    public synchronized Datagram poll() {
        Datagram d = queue.poll();
        if (d != null) {
            queuedBytes -= d.data().length;
        }
        return d;
    }

    /**
     * recv() with MSG_DONTWAIT: the next datagram; EAGAIN when none is queued, EBADF when closed,
     * and on a connected socket a pending ICMP error first.
     */
    public Datagram receiveNow() throws SocketError {
        synchronized (this) {
            SocketError e = takeErrorForReceive();
            if (e != null) {
                throw e;
            }
            if (closed) {
                throw new SocketError(Errno.EBADF, "UDP socket " + localPort + " is closed");
            }
            Datagram d = poll();
            if (d == null) {
                throw new SocketError(Errno.EAGAIN, "no datagram queued on port " + localPort);
            }
            return d;
        }
    }

    /** A connected socket's pending error, taken; null otherwise. Holding the lock. */
    private SocketError takeErrorForReceive() {
        SocketError e = pendingError;
        if (e == null || peer == null) {
            return null;
        }
        pendingError = null;
        return e;
    }

    /**
     * Completes with the next datagram (at once when one is queued); fails with EBADF if the socket
     * closes first, and on a connected socket with an ICMP error about a datagram to the peer.
     */
    public CompletableFuture<Datagram> receiveAsync() {
        CompletableFuture<Datagram> f = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                f.completeExceptionally(new SocketError(Errno.EBADF, "UDP socket " + localPort + " is closed"));
                return f;
            }
            SocketError e = takeErrorForReceive();
            if (e != null) {
                f.completeExceptionally(e);
                return f;
            }
            Datagram d = poll();
            if (d == null) {
                waiting.removeIf(CompletableFuture::isDone); // receives that timed out
                waiting.add(f);
                return f;
            }
            f.complete(d);
        }
        return f;
    }

    /** Waits up to {@code timeout} for a datagram; ETIMEDOUT if none came. Not on the host's loop. */
    public Datagram receive(Duration timeout) throws SocketError {
        return Blocking.await(udp.ip().loop(), receiveAsync(), timeout, "no datagram on port " + localPort);
    }

    void deliver(Datagram d) {
        CompletableFuture<Datagram> taker;
        synchronized (this) {
            if (closed) {
                return;
            }
            taker = nextTaker();
            if (taker == null) {
                if (queuedBytes + d.data().length > receiveBuffer) {
                    dropped++;
                    udp.ip().counters().increment(StackCounter.UDP_QUEUE_FULL);
                    return;
                }
                queue.add(d);
                queuedBytes += d.data().length;
            }
        }
        if (taker != null) {
            taker.complete(d);
        } else {
            signal();
        }
    }

    /** The oldest receive still waiting; one that timed out (cancelled) takes nothing. Holding the lock. */
    private CompletableFuture<Datagram> nextTaker() {
        CompletableFuture<Datagram> taker;
        do {
            taker = waiting.poll();
        } while (taker != null && taker.isDone());
        return taker;
    }

    /** An ICMP error about a datagram this socket sent; a connected socket's waiting receive gets it at once. */
    void pendingError(SocketError e) {
        CompletableFuture<Datagram> taker = null;
        synchronized (this) {
            if (peer != null) {
                taker = nextTaker();
            }
            if (taker == null) {
                pendingError = e;
            }
        }
        if (taker != null) {
            taker.completeExceptionally(e);
        }
        signal();
    }

    /**
     * Every ICMP error about this socket's datagrams from now on goes to {@code listener} as well,
     * on the host's loop, with the reporter's address (as IP_RECVERR's error queue: what
     * traceroute reads); null stops it.
     */
    public void icmpReports(java.util.function.Consumer<IcmpReport> listener) {
        reports = listener;
    }

    void report(IcmpReport r) {
        java.util.function.Consumer<IcmpReport> l = reports;
        if (l != null) {
            l.accept(r);
        }
    }

    /** SO_ERROR: the pending ICMP error, taken (so reported once), or null. */
    public SocketError takePendingError() {
        synchronized (this) {
            SocketError e = pendingError;
            pendingError = null;
            return e;
        }
    }

    /** Whether a datagram is queued. */
    public synchronized boolean readable() {
        return !queue.isEmpty();
    }

    /**
     * Runs {@code r} on the host's loop once when a datagram is queued, an ICMP error arrives or
     * the socket closes, unless {@code owner} (the call waiting for it) has ended meanwhile: how
     * poll() waits without polling.
     */
    public void whenReady(Future<?> owner, Runnable r) {
        synchronized (this) {
            readiness.removeIf(w -> w.owner().isDone());
            readiness.add(new Waiter(owner, r));
        }
    }

    private void signal() {
        List<Waiter> now;
        synchronized (this) {
            if (readiness.isEmpty()) {
                return;
            }
            now = new ArrayList<>(readiness);
            readiness.clear();
        }
        for (Waiter w : now) {
            if (!w.owner().isDone()) {
                udp.ip().onLoop(w.run());
            }
        }
    }

    /** The ICMP error waiting to be reported, if any, without clearing it. */
    public SocketError pendingError() {
        return pendingError;
    }

    /** IP_TTL: the time to live of datagrams this socket sends (1 to 255; 0 for the host's default). */
    public void ttl(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("a TTL is 1 to 255 (0 for the default), not " + value);
        }
        ttl = value;
    }

    public int ttl() {
        return ttl == 0 ? udp.ip().defaultTtl() : ttl;
    }

    /** SO_RCVBUF: the bytes of data the receive queue holds at most. */
    public synchronized void receiveBufferSize(int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a buffer size is not negative: " + bytes);
        }
        receiveBuffer = bytes;
    }

    /** Datagrams dropped because the queue was full. */
    public synchronized long dropped() {
        return dropped;
    }

    public synchronized int queued() {
        return queue.size();
    }

    @Override
    public void close() {
        ArrayDeque<CompletableFuture<Datagram>> waiters;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            waiters = new ArrayDeque<>(waiting);
            waiting.clear();
        }
        udp.release(this);
        for (CompletableFuture<Datagram> f : waiters) {
            f.completeExceptionally(new SocketError(Errno.EBADF, "UDP socket " + localPort + " closed"));
        }
        signal();
    }
}
