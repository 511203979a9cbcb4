package jnic.stack.socket;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Blocking;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import jnic.stack.udp.UdpSocket;

/**
 * Berkeley-style sockets on a host: small integer descriptors and the calls a C programmer knows
 * (socket, bind, listen, accept, connect, send, recv, sendto, recvfrom, shutdown, close,
 * setsockopt, getsockopt, poll, and fcntl's O_NONBLOCK as {@link #setNonBlocking}), with errors as
 * {@link SocketError} carrying the POSIX name. A facade over {@link TcpSocket}, {@link TcpListener}
 * and {@link UdpSocket}. The calls wait for the host's loop, so they are for threads other than the
 * loop.
 *
 * <p>Descriptors are numbered as POSIX says for socket() and accept(): the lowest number not open,
 * from 3 (0, 1 and 2 are stdin, stdout and stderr in Unix). A call blocks until it can complete,
 * unless the descriptor is non-blocking: then recv, recvfrom and accept fail with EAGAIN
 * (EWOULDBLOCK) instead of waiting, send takes what fits in the send buffer (EAGAIN when nothing
 * does), and a stream connect fails with EINPROGRESS and goes on in the background; poll reports
 * POLLOUT when it is over and getsockopt SO_ERROR says how (0, or ECONNREFUSED...). A descriptor
 * accept() returns is blocking, as on Linux. connect() on a datagram socket sets its peer (see
 * {@link UdpSocket#connect}); {@link #disconnect} is connect with AF_UNSPEC.
 *
 * <p>{@link #poll} follows POSIX poll() with Linux's answers: POLLIN when a read would not wait
 * (data, the end of the stream, an error; a connection to accept on a listener), POLLOUT when a
 * write would not wait (room in the send buffer, Linux's rule: half of what it holds; a connect
 * that ended), POLLERR for a pending error, POLLHUP for a stream that is over (also a new stream
 * socket, connected to nothing, as Linux says), POLLNVAL for a number that is not an open
 * descriptor; the last three whatever was asked. Readiness comes from the host's loop: poll
 * registers with each socket and sleeps until one of them changes, never polling. A connection
 * poll finds for a listener is taken from the listener's queue and held by the descriptor until
 * accept takes it, so a listener polled for POLLIN holds at most one more than its backlog.
 *
 * <p>Where POSIX leaves room: SO_REUSEADDR is accepted and always in effect (connections in
 * TIME_WAIT never keep a listener from binding, as on Linux with the option set); SO_LINGER with
 * a zero time makes close an abort (RST), a positive one makes close wait up to that many seconds
 * for the peer to acknowledge everything (then it returns, as on Linux, and sending goes on);
 * SO_RCVTIMEO bounds every blocking call (default: wait forever).
 */
public final class Sockets {
    public enum Type {
        STREAM,
        DGRAM
    }

    public enum Option {
        TCP_NODELAY,
        SO_RCVBUF,
        SO_SNDBUF,
        SO_KEEPALIVE,
        SO_LINGER,
        SO_REUSEADDR,
        SO_RCVTIMEO,
        /** Read only: the pending error as Linux's errno number ({@link Errno#number()}), 0 for none; reading clears it. */
        SO_ERROR
    }

    public enum How {
        READ,
        WRITE,
        BOTH
    }

    /** poll(): data to read, the end of a stream, or a connection to accept (Linux's value). */
    public static final int POLLIN = 0x001;
    /** poll(): a write would not wait. */
    public static final int POLLOUT = 0x004;
    /** poll(): an error is pending (reported whether asked for or not). */
    public static final int POLLERR = 0x008;
    /** poll(): the stream is over (reported whether asked for or not). */
    public static final int POLLHUP = 0x010;
    /** poll(): not an open descriptor (reported whether asked for or not). */
    public static final int POLLNVAL = 0x020;

    /** struct pollfd: a descriptor and the events asked for; {@link #poll} sets {@link #revents()}. A negative fd is skipped. */
    public static final class PollFd {
        private final int fd;
        private final int events;
        private volatile int revents;

        public PollFd(int fd, int events) {
            this.fd = fd;
            this.events = events;
        }

        public int fd() {
            return fd;
        }

        public int events() {
            return events;
        }

        /** The events the last poll found: those asked for, and POLLERR, POLLHUP, POLLNVAL. */
        public int revents() {
            return revents;
        }

        @Override
        public String toString() {
            return "pollfd(" + fd + ", events " + events + ", revents " + revents + ")";
        }
    }

    /** What recvfrom returns: the data and who sent it. */
    public record From(byte[] data, Ipv4Address address, int port) {}

    /** An end of a socket: the address and port getsockname() or getpeername() returns. */
    public record Name(Ipv4Address address, int port) {}

    /** 0, 1 and 2 are stdin, stdout and stderr in Unix. */
    private static final int FIRST_DESCRIPTOR = 3;

    private static final Duration FOREVER = Duration.ofDays(365);

    /** A poll waiting for a descriptor's events; {@code fired} once it ran (it may wait on two lists). */
    private record Waiter(Future<?> owner, AtomicBoolean fired, Runnable run) {
        boolean spent() {
            return owner.isDone() || fired.get();
        }
    }

    private static final class Descriptor {
        final Type type;
        final Map<Option, Integer> options = new EnumMap<>(Option.class);
        Ipv4Address boundAddress = Ipv4Address.ANY;
        int boundPort;
        volatile UdpSocket udp;
        volatile TcpListener listener;
        volatile TcpSocket tcp;
        volatile boolean nonBlocking;
        volatile boolean closed;
        /** shutdown(SHUT_RD) was called: reads end at the data already buffered. */
        volatile boolean inputShut;
        /** The blocking calls waiting on this descriptor now, which its close ends (EBADF). */
        final Set<CompletableFuture<?>> calls = ConcurrentHashMap.newKeySet();
        /** Of those, the stream reads, which a shutdown for reading ends (the end of the stream). */
        final Set<CompletableFuture<Integer>> reads = ConcurrentHashMap.newKeySet();
        /**
         * A non-blocking connect's handshake (null once it ended, on the loop), and its end: done
         * once the descriptor has the connection or the error.
         */
        volatile CompletableFuture<TcpSocket> handshake;

        volatile CompletableFuture<Void> connecting;
        /** The error a non-blocking connect ended with, until SO_ERROR or a call reports it. */
        volatile SocketError error;
        /** The connection's error SO_ERROR has reported already. */
        volatile SocketError reported;
        // On the loop only, for a listener: connections taken from it that no accept has taken yet,
        // the blocking accepts waiting, and the one accept that looks ahead for them while anyone
        // (an accept or a poll) waits. For every descriptor: the polls waiting for its own events.
        final ArrayDeque<TcpSocket> accepted = new ArrayDeque<>();
        final ArrayDeque<CompletableFuture<TcpSocket>> takers = new ArrayDeque<>();
        CompletableFuture<TcpSocket> lookAhead;
        final List<Waiter> readiness = new ArrayList<>();

        Descriptor(Type type, Host host) {
            this.type = type;
            options.put(Option.SO_RCVBUF, host.config().tcp().receiveBuffer());
            options.put(Option.SO_SNDBUF, host.config().tcp().sendBuffer());
            options.put(Option.TCP_NODELAY, 0);
            options.put(Option.SO_KEEPALIVE, 0);
            options.put(Option.SO_LINGER, -1);
            options.put(Option.SO_REUSEADDR, 0);
            options.put(Option.SO_RCVTIMEO, 0);
        }

        Duration timeout() {
            int ms = options.get(Option.SO_RCVTIMEO);
            return ms == 0 ? FOREVER : Duration.ofMillis(ms);
        }

        /** Whether an accept or a poll waits for this listener's next connection; on the loop. */
        boolean wanted() {
            takers.removeIf(CompletableFuture::isDone);
            readiness.removeIf(Waiter::spent);
            return !takers.isEmpty() || !readiness.isEmpty();
        }

        /** Wakes the polls waiting for this descriptor's own events; on the loop. */
        void signal() {
            List<Waiter> now = new ArrayList<>(readiness);
            readiness.clear();
            for (Waiter w : now) {
                if (!w.spent()) {
                    w.run().run();
                }
            }
        }
    }

    /** A call made on the host's loop, which may fail with a socket error. */
    private interface LoopCall<T> {
        T call() throws SocketError;
    }

    private final Host host;
    private final Map<Integer, Descriptor> table = new ConcurrentHashMap<>();
    /** Whether a closed descriptor's number may be given again (POSIX), or numbers only grow. */
    private final boolean reuseNumbers;

    private int nextNumber = FIRST_DESCRIPTOR;

    /** A descriptor table as a process has: a new descriptor takes the lowest number free (POSIX). */
    public Sockets(Host host) {
        this(host, true);
    }

    private Sockets(Host host, boolean reuseNumbers) {
        this.host = host;
        this.reuseNumbers = reuseNumbers;
    }

    /**
     * A table that never gives a closed descriptor's number again: for callers whose threads may
     * still use a number after another thread closed it (the JDK's channels keep the number
     * reserved for as long, by duplicating a dead socket onto it). Such a use then fails with
     * EBADF instead of reaching the next socket that took the number.
     */
    public static Sockets withoutReuse(Host host) {
        return new Sockets(host, false);
    }

    private Descriptor get(int fd) throws SocketError {
        Descriptor d = table.get(fd);
        if (d == null) {
            throw new SocketError(Errno.EBADF, fd + " is not an open socket descriptor");
        }
        return d;
    }

    /** The lowest number not open (POSIX, for socket() and accept()), or the next never given. */
    private synchronized int allocate(Descriptor d) {
        int fd = reuseNumbers ? FIRST_DESCRIPTOR : nextNumber;
        while (table.containsKey(fd)) {
            fd = fd == Integer.MAX_VALUE ? FIRST_DESCRIPTOR : fd + 1;
        }
        if (!reuseNumbers) {
            nextNumber = fd == Integer.MAX_VALUE ? FIRST_DESCRIPTOR : fd + 1; // after 2^31 opens, around again
        }
        table.put(fd, d);
        return fd;
    }

    private synchronized void free(int fd) {
        table.remove(fd);
    }

    /** Runs {@code call} on the host's loop and returns its result: one turn of the loop, no waiting for the network. */
    private <T> T onLoop(LoopCall<T> call) throws SocketError {
        CompletableFuture<T> f = new CompletableFuture<>();
        host.onLoop(() -> {
            try {
                f.complete(call.call());
            } catch (SocketError e) {
                f.completeExceptionally(e);
            }
        });
        return Blocking.answer(host.loop(), f);
    }

    /**
     * A blocking call's wait for {@code f} on {@code d}; a close of the descriptor meanwhile ends it
     * with EBADF. (Linux leaves a thread blocked in recv when another closes the descriptor; the
     * JDK's channels then signal the thread, and a channel over this table needs the same end.)
     */
    private <T> T await(Descriptor d, CompletableFuture<T> f, Duration timeout, String what) throws SocketError {
        d.calls.add(f);
        try {
            if (d.closed) { // closed before the call was in the set: its close did not see it
                f.completeExceptionally(closedWhileWaiting());
            }
            return Blocking.await(host.loop(), f, timeout, what);
        } finally {
            d.calls.remove(f);
        }
    }

    private static SocketError closedWhileWaiting() {
        return new SocketError(Errno.EBADF, "the descriptor was closed while the call waited");
    }

    /** The result of a future that is done. */
    private static <T> T joined(CompletableFuture<T> f) throws SocketError {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SocketError se) {
                throw se;
            }
            throw e;
        }
    }

    /** socket(AF_INET, type, 0). */
    public int socket(Type type) {
        Descriptor d = new Descriptor(type, host);
        int fd = allocate(d);
        trace(() -> String.format(
                "socket(AF_INET, %s, 0) returns descriptor %d: a slot in the host's descriptor table for %s, no"
                        + " addresses or ports yet; send buffer %d bytes, receive buffer %d (SO_SNDBUF, SO_RCVBUF)",
                type == Type.STREAM ? "SOCK_STREAM" : "SOCK_DGRAM",
                fd,
                type == Type.STREAM ? "a TCP connection's control block" : "a UDP endpoint",
                d.options.get(Option.SO_SNDBUF),
                d.options.get(Option.SO_RCVBUF)));
        return fd;
    }

    /** Narrates a call of the descriptor API on the host's tracer (for jnic trace). */
    private void trace(Supplier<String> text) {
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.APPLICATION, text.get());
        }
    }

    /** fcntl(fd, F_SETFL, O_NONBLOCK) when {@code on}, without it when not. */
    public void setNonBlocking(int fd, boolean on) throws SocketError {
        get(fd).nonBlocking = on;
    }

    /** Whether O_NONBLOCK is set (fcntl F_GETFL). */
    public boolean isNonBlocking(int fd) throws SocketError {
        return get(fd).nonBlocking;
    }

    /** bind(): a datagram socket opens its port now; a stream socket keeps the address for listen. */
    public void bind(int fd, Ipv4Address address, int port) throws SocketError {
        Descriptor d = get(fd);
        if (d.udp != null || d.listener != null || d.tcp != null || d.boundPort != 0) {
            throw new SocketError(Errno.EINVAL, "descriptor " + fd + " is already bound");
        }
        if (d.type == Type.DGRAM) {
            d.udp = host.udp().open(address, port);
            d.boundPort = d.udp.localPort();
        } else {
            if (!address.isAny() && !host.ip().isLocal(address)) {
                throw new SocketError(Errno.EADDRNOTAVAIL, address + " is not an address of " + host.name());
            }
            d.boundPort = port;
        }
        d.boundAddress = address;
    }

    /** listen(): the stream socket becomes a listener on its bound port. */
    public void listen(int fd, int backlog) throws SocketError {
        Descriptor d = get(fd);
        if (d.type != Type.STREAM || d.boundPort == 0 || d.tcp != null || d.handshake != null) {
            throw new SocketError(Errno.EINVAL, "listen needs a bound, unconnected stream socket");
        }
        d.listener = host.tcp()
                .listen(d.boundPort, backlog, d.options.get(Option.SO_RCVBUF), d.options.get(Option.SO_SNDBUF));
    }

    /**
     * accept(): a new descriptor, the lowest free, for the next connection; it inherits TCP_NODELAY
     * and SO_KEEPALIVE, not O_NONBLOCK. A non-blocking listener with none waiting fails with EAGAIN.
     */
    public int accept(int fd) throws SocketError {
        Descriptor d = get(fd);
        TcpListener l = d.listener;
        if (l == null) {
            throw new SocketError(Errno.EINVAL, "descriptor " + fd + " is not listening");
        }
        TcpSocket s;
        if (d.nonBlocking) {
            s = onLoop(() -> {
                TcpSocket ready = d.accepted.poll();
                if (ready != null) {
                    return ready;
                }
                CompletableFuture<TcpSocket> f = l.acceptAsync(); // on the loop: done at once if one waits
                if (f.isDone()) {
                    return joined(f);
                }
                f.cancel(false);
                throw new SocketError(Errno.EAGAIN, "no connection waiting on port " + l.port());
            });
        } else {
            s = await(d, accepting(d), d.timeout(), "no connection on port " + l.port());
        }
        Descriptor c = new Descriptor(Type.STREAM, host);
        c.options.putAll(d.options);
        c.tcp = s;
        apply(c);
        return allocate(c);
    }

    /**
     * The next connection for a blocking accept. If the accept times out (its future is
     * cancelled), a connection that came at that moment is kept for the next accept, not lost.
     */
    private CompletableFuture<TcpSocket> accepting(Descriptor d) {
        CompletableFuture<TcpSocket> result = new CompletableFuture<>();
        host.onLoop(() -> {
            TcpSocket ready = d.accepted.poll();
            if (ready != null) {
                if (!result.complete(ready)) {
                    d.accepted.addFirst(ready);
                }
                return;
            }
            d.takers.add(result);
            lookAhead(d);
        });
        result.whenComplete((s, e) -> {
            if (e != null) {
                host.onLoop(() -> relax(d)); // timed out
            }
        });
        return result;
    }

    /** Makes sure one accept looks ahead on the listener while anyone waits for a connection; on the loop. */
    private void lookAhead(Descriptor d) {
        if (d.lookAhead != null || d.closed || !d.accepted.isEmpty()) {
            return;
        }
        CompletableFuture<TcpSocket> f = d.listener.acceptAsync(); // on the loop: done at once if one is waiting
        d.lookAhead = f;
        f.whenComplete((s, e) -> {
            if (d.lookAhead == f) {
                d.lookAhead = null;
            }
            if (s != null) {
                arrived(d, s);
            } else if (e instanceof SocketError se) { // the listener closed
                for (CompletableFuture<TcpSocket> t; (t = d.takers.poll()) != null; ) {
                    t.completeExceptionally(se);
                }
            }
        });
    }

    /** A connection the look-ahead took: to the oldest accept waiting, else held for poll and accept; on the loop. */
    private void arrived(Descriptor d, TcpSocket s) {
        if (d.closed) {
            s.abort(); // as Linux resets the connections a closed listener had not handed out
            return;
        }
        boolean taken = false;
        for (CompletableFuture<TcpSocket> t; !taken && (t = d.takers.poll()) != null; ) {
            taken = t.complete(s); // an accept that timed out takes nothing
        }
        if (!taken) {
            d.accepted.add(s);
            d.signal();
        }
        if (d.wanted()) {
            lookAhead(d);
        }
    }

    /** Stops looking ahead once nobody waits for a connection; on the loop. */
    private static void relax(Descriptor d) {
        if (d.lookAhead != null && !d.wanted()) {
            d.lookAhead.cancel(false);
        }
    }

    /**
     * connect(): the handshake for a stream socket (EINPROGRESS at once when non-blocking); the
     * peer of a datagram socket, which is bound to an ephemeral port first if it is not bound.
     */
    public void connect(int fd, Ipv4Address address, int port) throws SocketError {
        Descriptor d = get(fd);
        if (d.type == Type.DGRAM) {
            if (d.udp == null) {
                bind(fd, Ipv4Address.ANY, 0);
            }
            d.udp.connect(address, port);
            return;
        }
        if (d.handshake != null) {
            throw new SocketError(Errno.EALREADY, "descriptor " + fd + " is already connecting");
        }
        if (d.tcp != null || d.listener != null) {
            throw new SocketError(Errno.EISCONN, "descriptor " + fd + " is already connected or listening");
        }
        d.error = null;
        int receiveBuffer = d.options.get(Option.SO_RCVBUF);
        int sendBuffer = d.options.get(Option.SO_SNDBUF);
        if (!d.nonBlocking) {
            trace(() -> "connect(" + fd + ", " + address + ":" + port + "): the handshake starts; the call waits");
            d.tcp = await(
                    d,
                    host.tcp().connect(address, port, receiveBuffer, sendBuffer),
                    d.timeout(),
                    "connect to " + address + ":" + port);
            apply(d);
            TcpSocket s = d.tcp;
            trace(() -> String.format(
                    "connect(%d, %s:%d) returns 0: descriptor %d's control block now holds local %s:%d, remote"
                            + " %s:%d, state %s, send buffer %d bytes, receive buffer %d (RFC 9293 section 3.3.1)",
                    fd,
                    address,
                    port,
                    fd,
                    s.localAddress(),
                    s.localPort(),
                    s.remoteAddress(),
                    s.remotePort(),
                    s.state(),
                    sendBuffer,
                    receiveBuffer));
            return;
        }
        // Started on the loop, where what fails before a SYN is sent (no route, no port, no room) has failed
        // when connect returns: that fails at once, as on Linux.
        CompletableFuture<TcpSocket> f = onLoop(() -> {
            CompletableFuture<TcpSocket> started = host.tcp().connect(address, port, receiveBuffer, sendBuffer);
            if (started.isCompletedExceptionally()) {
                joined(started);
            }
            return started;
        });
        d.handshake = f;
        d.connecting = f.handleAsync(
                (s, e) -> {
                    connected(d, s, e);
                    return null;
                },
                host.loop());
        throw new SocketError(
                Errno.EINPROGRESS, "connecting to " + address + ":" + port + "; poll for POLLOUT, then read SO_ERROR");
    }

    /** A non-blocking connect ended: the descriptor is connected, or holds the error for SO_ERROR; on the loop. */
    private void connected(Descriptor d, TcpSocket s, Throwable e) {
        if (s != null) {
            if (d.closed) {
                s.abort();
            } else {
                d.tcp = s;
                apply(d);
            }
        } else {
            Throwable cause = e instanceof CompletionException ? e.getCause() : e;
            if (cause instanceof SocketError se) {
                d.error = se;
            } else if (!(cause instanceof CancellationException)) {
                d.error = new SocketError(Errno.ECONNRESET, "connect failed: " + cause);
            }
        }
        d.handshake = null;
        d.signal();
    }

    /** connect() with AF_UNSPEC on a datagram socket: no peer any more. */
    public void disconnect(int fd) throws SocketError {
        Descriptor d = get(fd);
        if (d.type != Type.DGRAM) {
            throw new SocketError(Errno.EINVAL, "disconnect is for datagram sockets");
        }
        if (d.udp != null) {
            d.udp.disconnect();
        }
    }

    private void apply(Descriptor d) {
        d.tcp.noDelay(d.options.get(Option.TCP_NODELAY) != 0);
        d.tcp.timeout(d.timeout());
        if (d.options.get(Option.SO_KEEPALIVE) != 0) {
            d.tcp.keepAlive(
                    Duration.ofHours(2), Duration.ofSeconds(75), 9); // RFC 1122's two hours; Linux's interval and count
        }
    }

    /**
     * send(): for a stream, all of it (blocking while the send buffer is full), or when
     * non-blocking what fits (EAGAIN when nothing does); one datagram to a connected datagram
     * socket's peer (EDESTADDRREQ when it has none).
     */
    public int send(int fd, byte[] b, int off, int len) throws SocketError {
        Descriptor d = get(fd);
        if (d.type == Type.DGRAM) {
            if (d.udp == null) {
                throw new SocketError(Errno.EDESTADDRREQ, "no destination: connect first or use sendto");
            }
            d.udp.send(Arrays.copyOfRange(b, off, off + len));
            return len;
        }
        TcpSocket s = stream(d);
        if (d.nonBlocking) {
            return Blocking.answer(host.loop(), s.writeNow(b, off, len));
        }
        await(d, s.writeAsync(b, off, len), d.timeout(), "the send buffer did not drain towards " + s.remoteAddress());
        trace(() -> "send(" + fd + ", " + len + " bytes) returns " + len
                + ": copied into the send buffer; TCP sends them as the windows allow");
        return len;
    }

    /**
     * send() with MSG_DONTWAIT, whatever the descriptor's mode: for a stream, what fits in the send
     * buffer now (EAGAIN when nothing does); a datagram as {@link #send}.
     */
    public int sendNow(int fd, byte[] b, int off, int len) throws SocketError {
        Descriptor d = get(fd);
        if (d.type == Type.DGRAM) {
            return send(fd, b, off, len);
        }
        return Blocking.answer(host.loop(), stream(d).writeNow(b, off, len));
    }

    /**
     * recv(): up to {@code len} bytes; 0 at the end of a stream, as POSIX says. A datagram socket
     * returns one datagram (the rest of a longer one is discarded); a connected one only its peer's,
     * and reports an ICMP error about a datagram to its peer (ECONNREFUSED for port unreachable).
     */
    public int recv(int fd, byte[] b, int off, int len) throws SocketError {
        Descriptor d = get(fd);
        if (d.type == Type.DGRAM) {
            From f = recvFrom(fd);
            int n = Math.min(len, f.data().length); // the rest of a longer datagram is discarded, as for recv(2)
            System.arraycopy(f.data(), 0, b, off, n);
            return n;
        }
        TcpSocket s = stream(d);
        int n;
        if (d.nonBlocking || d.inputShut) {
            try {
                n = Blocking.answer(host.loop(), s.readNow(b, off, len));
            } catch (SocketError e) {
                if (e.errno() != Errno.EAGAIN || !d.inputShut) {
                    throw e;
                }
                n = 0; // shut for reading and nothing buffered: the end, as Linux's recv after SHUT_RD
            }
        } else {
            CompletableFuture<Integer> read = s.readAsync(b, off, len);
            d.reads.add(read);
            try {
                if (d.inputShut) { // shut before the read was in the set: its shutdown did not see it
                    read.complete(-1);
                }
                n = await(d, read, d.timeout(), "nothing to read from " + s.remoteAddress());
            } finally {
                d.reads.remove(read);
            }
        }
        int got = Math.max(n, 0);
        trace(() -> "recv(" + fd + ", " + len + ") returns " + got
                + (got == 0
                        ? ": the end of the stream (the peer's FIN, all its data read)"
                        : " bytes from the receive buffer, which frees as much window"));
        return got;
    }

    public void sendTo(int fd, byte[] b, int off, int len, Ipv4Address address, int port) throws SocketError {
        Descriptor d = get(fd);
        if (d.type != Type.DGRAM) {
            throw new SocketError(Errno.EINVAL, "sendto on a stream socket");
        }
        if (d.udp == null) {
            bind(fd, Ipv4Address.ANY, 0);
        }
        d.udp.sendTo(Arrays.copyOfRange(b, off, off + len), address, port);
    }

    /** recvfrom(): the next datagram and its sender; EAGAIN at once when non-blocking and none is queued. */
    public From recvFrom(int fd) throws SocketError {
        Descriptor d = get(fd);
        if (d.type != Type.DGRAM || d.udp == null) {
            throw new SocketError(Errno.EINVAL, "recvfrom needs a bound datagram socket");
        }
        UdpSocket.Datagram g = d.nonBlocking
                ? d.udp.receiveNow()
                : await(d, d.udp.receiveAsync(), d.timeout(), "no datagram on port " + d.udp.localPort());
        return new From(g.data(), g.source(), g.sourcePort());
    }

    /**
     * The connection under a stream descriptor. While a non-blocking connect is under way, EAGAIN
     * (non-blocking) or a wait for it; after one failed, its error once, then ENOTCONN.
     */
    private TcpSocket stream(Descriptor d) throws SocketError {
        if (d.handshake != null) {
            if (d.nonBlocking) {
                throw new SocketError(Errno.EAGAIN, "the connection is still being made");
            }
            await(d, d.connecting.copy(), d.timeout(), "connect");
        }
        if (d.tcp == null) {
            SocketError e = d.error;
            if (e != null) {
                d.error = null;
                throw e;
            }
            throw new SocketError(Errno.ENOTCONN, "the stream socket is not connected");
        }
        return d.tcp;
    }

    /**
     * shutdown(): WRITE sends the FIN; READ sends nothing (POSIX), and as on Linux reads then end
     * at the data already buffered and poll reports the descriptor readable.
     */
    public void shutdown(int fd, How how) throws SocketError {
        Descriptor d = get(fd);
        TcpSocket s = stream(d);
        if (how != How.WRITE) {
            d.inputShut = true;
            for (CompletableFuture<Integer> read : d.reads) {
                read.complete(-1); // a read waiting now ends too, as on Linux: the end of the stream
            }
            host.onLoop(d::signal);
        }
        if (how != How.READ) {
            s.shutdownOutput();
        }
    }

    /** close(): frees the descriptor (its number is the next socket's or accept's); see SO_LINGER. */
    public void close(int fd) throws SocketError {
        Descriptor d = get(fd);
        free(fd);
        trace(() -> "close(" + fd + "): descriptor " + fd + " is free again"
                + (d.tcp != null ? "; TCP sends what is left and its FIN (RFC 9293 CLOSE)" : ""));
        d.closed = true;
        for (CompletableFuture<?> call : d.calls) {
            call.completeExceptionally(closedWhileWaiting());
        }
        CompletableFuture<TcpSocket> handshake = d.handshake;
        if (handshake != null) {
            handshake.cancel(false); // the handshake, if it completes, is aborted
        }
        host.onLoop(() -> {
            if (d.lookAhead != null) {
                d.lookAhead.cancel(false);
            }
            for (TcpSocket s; (s = d.accepted.poll()) != null; ) {
                s.abort(); // as Linux resets the connections a closed listener had not handed out
            }
            for (CompletableFuture<TcpSocket> t; (t = d.takers.poll()) != null; ) {
                t.completeExceptionally(new SocketError(Errno.EBADF, "the listening descriptor was closed"));
            }
            d.signal();
        });
        if (d.tcp != null) {
            int linger = d.options.get(Option.SO_LINGER);
            if (linger == 0) {
                d.tcp.abort();
            } else if (linger > 0) {
                d.tcp.close(Duration.ofSeconds(linger));
            } else {
                d.tcp.close();
            }
        }
        if (d.listener != null) {
            d.listener.close();
        }
        if (d.udp != null) {
            d.udp.close();
        }
    }

    /** setsockopt(): integer values (booleans as 0 and 1, SO_LINGER in seconds with -1 for off, SO_RCVTIMEO in ms). */
    public void setOption(int fd, Option option, int value) throws SocketError {
        Descriptor d = get(fd);
        if (option == Option.SO_ERROR) {
            throw new SocketError(Errno.EINVAL, "SO_ERROR can only be read");
        }
        if ((option == Option.SO_RCVBUF || option == Option.SO_SNDBUF) && (value < 1024 || value > (1 << 30))) {
            throw new SocketError(Errno.EINVAL, option + " is 1024 to 2^30 bytes, not " + value);
        }
        if (option == Option.SO_RCVTIMEO && value < 0) {
            throw new SocketError(Errno.EINVAL, "SO_RCVTIMEO is not negative");
        }
        d.options.put(option, value);
        if (d.udp != null && option == Option.SO_RCVBUF) {
            d.udp.receiveBufferSize(value);
        }
        if (d.tcp != null) {
            apply(d);
        }
    }

    /** getsockopt(); SO_ERROR returns the pending error's number (0 for none) and clears it. */
    public int getOption(int fd, Option option) throws SocketError {
        Descriptor d = get(fd);
        if (option != Option.SO_ERROR) {
            return d.options.get(option);
        }
        SocketError e = takeError(d);
        return e == null ? 0 : e.errno().number();
    }

    /** The pending error, taken: a non-blocking connect's, the connection's (once), or an ICMP error's. */
    private static SocketError takeError(Descriptor d) {
        SocketError e = d.error;
        if (e != null) {
            d.error = null;
            return e;
        }
        TcpSocket s = d.tcp;
        if (s != null) {
            e = s.error();
            if (e != null && e != d.reported) {
                d.reported = e;
                return e;
            }
            return null;
        }
        return d.udp == null ? null : d.udp.takePendingError();
    }

    /**
     * poll(): waits until one of {@code fds} is ready for what it asks, or {@code timeoutMillis}
     * have passed (0: only look; negative: no limit). Sets each one's {@link PollFd#revents()} and
     * returns how many have some, 0 on timeout.
     */
    public int poll(PollFd[] fds, int timeoutMillis) throws SocketError {
        return poll(fds, timeoutMillis, new CompletableFuture<>());
    }

    /**
     * As {@link #poll(PollFd[], int)}, also returning, with nothing ready, once {@code wakeup}
     * completes: how a selector's wakeup reaches a waiting select (the JDK's writes to a pipe the
     * poll watches).
     */
    public int poll(PollFd[] fds, int timeoutMillis, CompletableFuture<?> wakeup) throws SocketError {
        Descriptor[] ds = new Descriptor[fds.length];
        for (int i = 0; i < fds.length; i++) {
            ds[i] = fds[i].fd() < 0 ? null : table.get(fds[i].fd());
        }
        CompletableFuture<int[]> done = new CompletableFuture<>();
        host.onLoop(() -> {
            int[] now = scan(fds, ds);
            if (timeoutMillis == 0 || ready(now) || wakeup.isDone()) {
                done.complete(now);
                return;
            }
            for (int i = 0; i < fds.length; i++) {
                arm(fds, ds, i, done);
            }
            // Without a turn of the loop: a wake-up must reach the poll even when nobody drives the loop.
            wakeup.whenComplete((v, e) -> done.complete(new int[fds.length]));
        });
        int[] revents;
        try {
            revents = timeoutMillis == 0
                    ? Blocking.answer(host.loop(), done) // only a look: the loop answers at once
                    : Blocking.await(
                            host.loop(), done, timeoutMillis < 0 ? FOREVER : Duration.ofMillis(timeoutMillis), "poll");
        } catch (SocketError e) {
            if (e.errno() != Errno.ETIMEDOUT) {
                throw e;
            }
            revents = new int[fds.length];
        } finally {
            host.onLoop(() -> {
                for (Descriptor d : ds) {
                    if (d != null) {
                        relax(d);
                    }
                }
            });
        }
        int n = 0;
        for (int i = 0; i < fds.length; i++) {
            fds[i].revents = revents[i];
            if (revents[i] != 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean ready(int[] revents) {
        for (int r : revents) {
            if (r != 0) {
                return true;
            }
        }
        return false;
    }

    /** Each descriptor's events now, as poll reports them; on the loop. */
    private int[] scan(PollFd[] fds, Descriptor[] ds) {
        int[] revents = new int[fds.length];
        for (int i = 0; i < fds.length; i++) {
            if (fds[i].fd() >= 0) {
                revents[i] = events(ds[i], fds[i].events()) & (fds[i].events() | POLLERR | POLLHUP | POLLNVAL);
            }
        }
        return revents;
    }

    /** Everything true of {@code d} now, as Linux's poll would say it; on the loop. */
    private int events(Descriptor d, int asked) {
        if (d == null || d.closed) {
            return POLLNVAL;
        }
        if (d.type == Type.DGRAM) {
            UdpSocket u = d.udp;
            if (u == null) {
                return POLLOUT;
            }
            return POLLOUT | (u.readable() ? POLLIN : 0) | (u.pendingError() != null ? POLLERR : 0);
        }
        if (d.listener != null) {
            if ((asked & POLLIN) != 0) {
                lookAhead(d);
            }
            return d.accepted.isEmpty() ? 0 : POLLIN;
        }
        if (d.handshake != null) {
            return 0;
        }
        TcpSocket s = d.tcp;
        if (s == null) {
            return POLLOUT | POLLHUP | (d.error != null ? POLLIN | POLLERR : 0); // connected to nothing
        }
        return (s.readable() || d.inputShut ? POLLIN : 0)
                | (s.writable() ? POLLOUT : 0)
                | (s.hungUp() ? POLLHUP : 0)
                | (s.error() != null && s.error() != d.reported ? POLLERR : 0);
    }

    /** Wakes this poll when {@code ds[i]} next changes; on the loop. */
    private void arm(PollFd[] fds, Descriptor[] ds, int i, CompletableFuture<int[]> done) {
        Descriptor d = ds[i];
        if (d == null || d.closed) {
            return;
        }
        AtomicBoolean fired = new AtomicBoolean(); // it runs once, from whichever list wakes it first
        Runnable again = () -> {
            if (done.isDone() || !fired.compareAndSet(false, true)) {
                return;
            }
            int[] now = scan(fds, ds);
            if (ready(now)) {
                done.complete(now);
            } else {
                arm(fds, ds, i, done);
            }
        };
        if (d.tcp != null) {
            d.tcp.whenReady(done, again);
        } else if (d.udp != null) {
            d.udp.whenReady(done, again);
        }
        // The descriptor's own events too (a close, a shutdown for reading, a connection accepted).
        d.readiness.removeIf(Waiter::spent);
        d.readiness.add(new Waiter(done, fired, again));
    }

    /** getsockname(): the address and port the socket is bound or connected at (any and 0 when neither yet). */
    public Name localName(int fd) throws SocketError {
        Descriptor d = get(fd);
        TcpSocket s = d.tcp;
        if (s != null) {
            return new Name(s.localAddress(), s.localPort());
        }
        UdpSocket u = d.udp;
        if (u != null) {
            return new Name(u.localAddress(), u.localPort());
        }
        return new Name(d.boundAddress, d.boundPort);
    }

    /** getpeername(): the connected peer's address and port; ENOTCONN when there is none. */
    public Name peerName(int fd) throws SocketError {
        Descriptor d = get(fd);
        TcpSocket s = d.tcp;
        if (s != null) {
            return new Name(s.remoteAddress(), s.remotePort());
        }
        UdpSocket u = d.udp;
        if (u != null && u.remoteAddress() != null) {
            return new Name(u.remoteAddress(), u.remotePort());
        }
        throw new SocketError(Errno.ENOTCONN, "descriptor " + fd + " has no peer");
    }

    /** Whether a non-blocking connect's handshake is still under way on {@code fd}. */
    public boolean connecting(int fd) throws SocketError {
        return get(fd).handshake != null;
    }

    /** The stream under a connected descriptor, for InputStream/OutputStream use. */
    public TcpSocket streamOf(int fd) throws SocketError {
        return stream(get(fd));
    }

    /** Descriptors open now. */
    public int open() {
        return table.size();
    }
}
