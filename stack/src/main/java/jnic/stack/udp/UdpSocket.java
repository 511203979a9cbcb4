package jnic.stack.udp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
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
 */
public final class UdpSocket implements AutoCloseable {
    /** A received datagram: who sent it, to which of our addresses, and its data. */
    public record Datagram(Ipv4Address source, int sourcePort, Ipv4Address destination, byte[] data) {}

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

    /** Completes with the next datagram (at once when one is queued); fails with EBADF if the socket closes first. */
    public CompletableFuture<Datagram> receiveAsync() {
        CompletableFuture<Datagram> f = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                f.completeExceptionally(new SocketError(Errno.EBADF, "UDP socket " + localPort + " is closed"));
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
            do {
                taker = waiting.poll();
            } while (taker != null && taker.isDone()); // a receive that timed out (cancelled) takes nothing
            if (taker == null) {
                if (queuedBytes + d.data().length > receiveBuffer) {
                    dropped++;
                    udp.ip().counters().increment(StackCounter.UDP_QUEUE_FULL);
                    return;
                }
                queue.add(d);
                queuedBytes += d.data().length;
                return;
            }
        }
        taker.complete(d);
    }

    void pendingError(SocketError e) {
        pendingError = e;
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
    }
}
