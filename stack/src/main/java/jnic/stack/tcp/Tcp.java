package jnic.stack.tcp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Parsed;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.stack.EphemeralPorts;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.IcmpErrors;
import jnic.stack.iface.IpLayer;
import jnic.stack.iface.ProtocolHandler;
import jnic.stack.iface.StackCounter;

/**
 * TCP's demultiplexer (RFC 9293): segments go to the connection of their 4-tuple, else to a
 * listener on their port, else get a reset (section 3.10.7.1). Connections are made by
 * {@link #connect} and {@link #listen}; the state machine is {@link TcpConnection}.
 *
 * <p>What the host shares among its connections, and the choices made where the RFCs leave one:
 * <ul>
 * <li>A SYN for a 4-tuple in TIME-WAIT, with a sequence number above what that connection
 *     received, reopens it (RFC 1122 section 4.2.2.13, as Linux): the old one ends and the
 *     listener takes the SYN, with an ISN above anything the old one sent (its SND.NXT + 65537,
 *     Linux's choice) and never a cookie. Any other SYN there gets the old connection's ACK.</li>
 * <li>At the connection limit ({@link TcpConfig#maxConnections()}) the connection that has been
 *     in TIME-WAIT longest is ended early to make room (counted), as Linux keeps no more
 *     TIME-WAIT sockets than tcp_max_tw_buckets: a busy server that closes first must not refuse
 *     new clients for two MSLs.</li>
 * <li>SYN cookies ({@link SynCookies}, RFC 4987): the keys, and the timestamp clock (RFC 7323,
 *     milliseconds of the loop's clock) that cookie connections use.</li>
 * <li>Challenge ACKs (RFC 5961 section 7, "ACK throttling"): at most a budget a second from the
 *     whole host, as Linux's tcp_challenge_ack_limit since 4.7: each second of the loop's clock
 *     the budget is drawn at random between half the limit and one and a half times it (less
 *     one), so that an off-path attacker cannot count them (CVE-2016-5696); over it they are
 *     counted and not sent. There is no per-connection limit (Linux's tcp_invalid_ratelimit).</li>
 * </ul>
 */
public final class Tcp implements ProtocolHandler {
    record Key(Ipv4Address localAddress, int localPort, Ipv4Address remoteAddress, int remotePort) {}

    private final IpLayer ip;
    private final TcpConfig config;
    private final EphemeralPorts ephemeralPorts;
    private final IsnGenerator isn;
    private final Map<Key, TcpConnection> connections = new HashMap<>();
    private final Map<Integer, TcpListener> listeners = new ConcurrentHashMap<>();
    private final Map<TcpConnection, CompletableFuture<TcpSocket>> opening = new HashMap<>();
    /** Connections whose ACK waits for the end of the receive burst (see {@link #endOfReceiveBurst}). */
    private final List<TcpConnection> ackAfterBurst = new ArrayList<>();
    /** Listeners with a connection for a waiting accept, handed over once the segment now arriving has been processed. */
    private final List<TcpListener> handOvers = new ArrayList<>();
    /** Connections in TIME-WAIT, the one there longest first. */
    private final LinkedHashSet<TcpConnection> timeWait = new LinkedHashSet<>();

    private final SynCookies cookies;
    /** A 4-tuple in TIME-WAIT that a SYN reopens now, and the ISN its new connection gets. */
    private Key reopening;

    private int reopeningIsn;
    private final Random challengeAckBudgets;
    private long challengeAckSecond = Long.MIN_VALUE;
    private int challengeAcksLeft;

    /**
     * {@code random} gives the key of the ISN generator (RFC 6528), from which the SYN cookies'
     * keys and the challenge ACK budgets are derived; nothing keeps it.
     */
    public Tcp(IpLayer ip, TcpConfig config, EphemeralPorts ephemeralPorts, Random random) {
        this.ip = ip;
        this.config = config;
        this.ephemeralPorts = ephemeralPorts;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.isn = new IsnGenerator(secret, ip::now);
        this.cookies = new SynCookies(derive(secret, "SYN cookies"));
        this.challengeAckBudgets =
                new Random(ByteBuffer.wrap(derive(secret, "challenge ACKs")).getLong());
    }

    /** SHA-256 of {@code label} and {@code secret}: a key for one purpose that says nothing of the others. */
    private static byte[] derive(byte[] secret, String label) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(label.getBytes(StandardCharsets.US_ASCII));
            return d.digest(secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    IpLayer ip() {
        return ip;
    }

    public TcpConfig config() {
        return config;
    }

    int isn(TcpConnection c) {
        if (reopening != null && reopening.equals(key(c))) {
            reopening = null;
            return reopeningIsn;
        }
        return isn.next(c.localAddress, c.localPort, c.remoteAddress, c.remotePort);
    }

    SynCookies cookies() {
        return cookies;
    }

    /** The timestamp clock (RFC 7323 section 5.4): milliseconds of the loop's clock, 32 bits. */
    long timestampNow() {
        return Math.floorDiv(ip.now(), 1_000_000L) & 0xFFFFFFFFL;
    }

    /**
     * Whether a challenge ACK may go now (RFC 5961 section 7): the host's budget for this second
     * of the loop's clock, drawn between half of {@link TcpConfig#challengeAckLimit()} and one and
     * a half times it (less one), as Linux; counted when it is spent. Loop only.
     */
    boolean challengeAckAllowed() {
        int limit = config.challengeAckLimit();
        if (limit == Integer.MAX_VALUE) {
            return true;
        }
        long second = Math.floorDiv(ip.now(), 1_000_000_000L);
        if (second != challengeAckSecond) {
            challengeAckSecond = second;
            challengeAcksLeft =
                    (int) Math.min(Integer.MAX_VALUE, (limit + 1L) / 2 + challengeAckBudgets.nextInt(limit));
        }
        if (challengeAcksLeft > 0) {
            challengeAcksLeft--;
            return true;
        }
        ip.counters().increment(StackCounter.TCP_CHALLENGE_ACKS_SKIPPED);
        return false;
    }

    /** The MTU of the interface that leads to {@code remote}. */
    int mtuTowards(Ipv4Address remote) {
        return ip.mtuTowards(remote);
    }

    /** {@code c} owes an ACK that the end of the current receive burst sends. */
    void ackAfterBurst(TcpConnection c) {
        ackAfterBurst.add(c);
    }

    /** The receive burst is over: one ACK for each connection that deferred its own. Loop only. */
    @Override
    public void endOfReceiveBurst() {
        for (int i = 0; i < ackAfterBurst.size(); i++) {
            ackAfterBurst.get(i).burstOver();
        }
        ackAfterBurst.clear();
    }

    /** Connections of this host now (TIME_WAIT included), for tests and `ss`-like views. Loop only. */
    public int connectionCount() {
        return connections.size();
    }

    /** Bytes held for data by all connections (send and receive buffers, out-of-order queues), as Linux's sockstat "mem". Loop only. */
    public long bufferMemory() {
        long n = 0;
        for (TcpConnection c : connections.values()) {
            n += c.bufferMemory();
        }
        return n;
    }

    /**
     * Active open to {@code remote}:{@code port} from an ephemeral port. Completes when the
     * handshake does, or fails: ECONNREFUSED (a reset), ETIMEDOUT (no answer after the SYN
     * retries), ENETUNREACH. Callable from any thread.
     */
    public CompletableFuture<TcpSocket> connect(Ipv4Address remote, int port) {
        return connect(remote, port, config.receiveBuffer(), config.sendBuffer());
    }

    /** {@link #connect(Ipv4Address, int)} with this connection's own buffer sizes (SO_RCVBUF, SO_SNDBUF). */
    public CompletableFuture<TcpSocket> connect(Ipv4Address remote, int port, int receiveBuffer, int sendBuffer) {
        TcpConnection.Buffers buffers = new TcpConnection.Buffers(receiveBuffer, sendBuffer);
        CompletableFuture<TcpSocket> result = new CompletableFuture<>();
        ip.onLoop(() -> {
            try {
                if (port < 1 || port > 0xFFFF) {
                    throw new SocketError(Errno.EINVAL, "a port is 1 to 65535, not " + port);
                }
                if (!hasRoom()) {
                    throw new SocketError(
                            Errno.ENOBUFS, ip.hostName() + " has " + connections.size() + " connections, its limit");
                }
                Ipv4Address local = ip.sourceFor(remote);
                TcpConnection c =
                        new TcpConnection(this, local, ephemeralPort(local, remote, port), remote, port, buffers);
                connections.put(key(c), c);
                if (ip.tracer().enabled()) {
                    ip.tracer()
                            .event(
                                    TraceLayer.TCP,
                                    "connect(): a new socket, " + local + ":" + c.localPort
                                            + " (ephemeral port, RFC 6056) -> " + remote + ":" + port + ", with "
                                            + buffers.receive() + " bytes of receive and " + buffers.send()
                                            + " of send buffer");
                }
                opening.put(c, result);
                c.open();
            } catch (SocketError e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private int ephemeralPort(Ipv4Address local, Ipv4Address remote, int port) throws SocketError {
        return ephemeralPorts
                .choose(candidate -> !listeners.containsKey(candidate)
                        && !connections.containsKey(new Key(local, candidate, remote, port)))
                .orElseThrow(() ->
                        new SocketError(Errno.EADDRNOTAVAIL, "no ephemeral port left towards " + remote + ":" + port));
    }

    /** A listener on {@code port} of every local address (passive open); EADDRINUSE when taken. */
    public TcpListener listen(int port, int backlog) throws SocketError {
        return listen(port, backlog, config.receiveBuffer(), config.sendBuffer());
    }

    /** {@link #listen(int, int)} whose connections get these buffer sizes. */
    public synchronized TcpListener listen(int port, int backlog, int receiveBuffer, int sendBuffer)
            throws SocketError {
        if (port < 1 || port > 0xFFFF || backlog < 1) {
            throw new SocketError(
                    Errno.EINVAL, "port 1 to 65535 and a backlog of at least 1, not " + port + " and " + backlog);
        }
        TcpListener l = new TcpListener(
                this,
                port,
                Math.min(backlog, config.listenBacklog()),
                new TcpConnection.Buffers(receiveBuffer, sendBuffer));
        if (listeners.putIfAbsent(port, l) != null) {
            throw new SocketError(Errno.EADDRINUSE, "TCP port " + port + " already has a listener on " + ip.hostName());
        }
        return l;
    }

    void unlisten(TcpListener l) {
        listeners.remove(l.port(), l);
    }

    private static Key key(TcpConnection c) {
        return new Key(c.localAddress, c.localPort, c.remoteAddress, c.remotePort);
    }

    /**
     * Whether another connection fits under {@link TcpConfig#maxConnections()}; at the limit, the
     * connection longest in TIME-WAIT is ended to make room (TCP_TIME_WAIT_RECYCLED).
     */
    boolean hasRoom() {
        if (connections.size() < config.maxConnections()) {
            return true;
        }
        Iterator<TcpConnection> oldest = timeWait.iterator();
        if (!oldest.hasNext()) {
            return false;
        }
        ip.counters().increment(StackCounter.TCP_TIME_WAIT_RECYCLED);
        oldest.next().terminate(null);
        return connections.size() < config.maxConnections();
    }

    void add(TcpConnection c) {
        connections.put(key(c), c);
    }

    void remove(TcpConnection c) {
        connections.remove(key(c), c);
        timeWait.remove(c);
    }

    /** {@code c} is in TIME-WAIT now: the first to go when room is needed. */
    void enteredTimeWait(TcpConnection c) {
        timeWait.add(c);
    }

    /** Connections in TIME-WAIT now. Loop only. */
    public int timeWaitCount() {
        return timeWait.size();
    }

    void connected(TcpConnection c) {
        CompletableFuture<TcpSocket> f = opening.remove(c);
        if (f != null && !f.complete(new TcpSocket(c))) {
            c.abort(); // nobody waits any more (a blocking connect timed out): do not leave it open
        }
    }

    void failed(TcpConnection c) {
        CompletableFuture<TcpSocket> f = opening.remove(c);
        if (f != null) {
            f.completeExceptionally(
                    c.error() != null ? c.error() : new SocketError(Errno.ECONNRESET, "closed while connecting"));
        }
    }

    /** {@code l} has a connection for a waiting accept: it is handed over when the segment now arriving has been processed. */
    void handOverAfterSegment(TcpListener l) {
        if (!handOvers.contains(l)) {
            handOvers.add(l);
        }
    }

    @Override
    public void receive(Ipv4Packet p, boolean broadcast) {
        segmentArrives(p, broadcast);
        for (int i = 0; i < handOvers.size(); i++) {
            handOvers.get(i).handOver();
        }
        handOvers.clear();
    }

    private void segmentArrives(Ipv4Packet p, boolean broadcast) {
        ip.counters().increment(StackCounter.TCP_IN);
        if (broadcast) {
            ip.counters().increment(StackCounter.TCP_NO_SOCKET); // TCP is unicast only (RFC 1122 section 4.2.3.10)
            return;
        }
        Parsed<TcpSegment> parsed = TcpSegment.parse(p.payload(), p.source(), p.destination());
        if (!parsed.isOk()) {
            ip.counters().malformed(StackCounter.TCP_MALFORMED, parsed.error());
            return;
        }
        TcpSegment seg = parsed.value();
        TcpConnection c =
                connections.get(new Key(p.destination(), seg.destinationPort(), p.source(), seg.sourcePort()));
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.TCP,
                            "segment " + p.source() + ":" + seg.sourcePort() + " -> " + p.destination() + ":"
                                    + seg.destinationPort()
                                    + " " + seg.summary() + ", checksum good; the 4-tuple finds "
                                    + (c != null
                                            ? "its connection, in " + c.state().rfcName()
                                            : listeners.containsKey(seg.destinationPort())
                                                    ? "the listener on port " + seg.destinationPort()
                                                    : "no socket (answered with RST)"));
        }
        TcpListener l = listeners.get(seg.destinationPort());
        boolean reopens = c != null && l != null && reopensTimeWait(c, seg);
        if (reopens) {
            ip.counters().increment(StackCounter.TCP_TIME_WAIT_REOPENED);
            reopening = key(c);
            reopeningIsn = c.sendNext() + 65535 + 2;
            c.terminate(null);
        } else if (c != null) {
            c.segmentArrives(seg);
            return;
        }
        if (l != null) {
            Parsed<TcpOptions> options = TcpOptions.parse(seg.options());
            l.segmentArrives(p, seg, options.isOk() ? options.value() : TcpOptions.NONE, reopens);
            reopening = null;
            return;
        }
        ip.counters().increment(StackCounter.TCP_NO_SOCKET);
        resetFor(p, seg);
    }

    /**
     * Whether {@code seg} is a SYN that may reopen {@code c}, in TIME-WAIT (RFC 1122 section
     * 4.2.2.13): one whose sequence number lies beyond what the old connection received, as
     * Linux's tcp_timewait_state_process takes it.
     */
    private static boolean reopensTimeWait(TcpConnection c, TcpSegment seg) {
        return c.state() == TcpState.TIME_WAIT
                && seg.has(TcpSegment.SYN)
                && !seg.has(TcpSegment.ACK)
                && !seg.has(TcpSegment.RST)
                && Seq.gt(seg.sequence(), c.receiveNext());
    }

    /** The reset RFC 9293 section 3.10.7.1 sends for a segment that reaches no connection. */
    void resetFor(Ipv4Packet p, TcpSegment seg) {
        if (seg.has(TcpSegment.RST)) {
            return;
        }
        if (seg.has(TcpSegment.ACK)) {
            sendReset(
                    p.destination(),
                    seg.destinationPort(),
                    p.source(),
                    seg.sourcePort(),
                    seg.acknowledgment(),
                    0,
                    false);
        } else {
            sendReset(
                    p.destination(),
                    seg.destinationPort(),
                    p.source(),
                    seg.sourcePort(),
                    0,
                    seg.sequence() + seg.sequenceLength(),
                    true);
        }
    }

    void sendReset(
            Ipv4Address local,
            int localPort,
            Ipv4Address remote,
            int remotePort,
            int sequence,
            int ack,
            boolean withAck) {
        ip.counters().increment(StackCounter.TCP_RESETS_OUT);
        TcpSegment rst = new TcpSegment(
                localPort,
                remotePort,
                sequence,
                ack,
                TcpSegment.RST | (withAck ? TcpSegment.ACK : 0),
                0,
                0,
                ByteBuffer.allocate(0),
                ByteBuffer.allocate(0));
        transmit(local, remote, rst);
    }

    void send(TcpConnection c, TcpSegment seg) {
        transmit(c.localAddress, c.remoteAddress, seg);
    }

    /** A segment that belongs to no connection (a SYN cookie's SYN-ACK). */
    void send(Ipv4Address local, Ipv4Address remote, TcpSegment seg) {
        transmit(local, remote, seg);
    }

    /**
     * A data segment longer than {@code segmentSize}: the device cuts it (see
     * {@link jnic.stack.iface.Ipv4#sendSegmented}), or, when it cannot now, TCP cuts it here into
     * the segments it stands for, the push flag on the last.
     */
    void sendSegmented(TcpConnection c, TcpSegment seg, int segmentSize) {
        Ipv4Packet p = Ipv4Packet.of(
                ip.defaultTtl(),
                Ipv4Packet.PROTOCOL_TCP,
                c.localAddress,
                c.remoteAddress,
                ip.nextIdentification(),
                seg.toBufferWithPartialChecksum(c.localAddress, c.remoteAddress));
        if (ip.sendSegmented(p, segmentSize)) {
            ip.counters().increment(StackCounter.TCP_OUT);
            ip.counters().increment(StackCounter.TCP_SEGMENTATION_OFFLOADS);
            if (ip.tracer().enabled()) {
                ip.tracer()
                        .event(
                                TraceLayer.TCP,
                                "segment " + c.localAddress + ":" + seg.sourcePort() + " -> " + c.remoteAddress + ":"
                                        + seg.destinationPort() + " " + seg.summary() + ", for the device to cut into "
                                        + segmentSize + "-byte segments");
            }
            return;
        }
        ip.counters().increment(StackCounter.TCP_SEGMENTATION_IN_SOFTWARE);
        ByteBuffer data = seg.data();
        for (int at = 0; at < data.remaining(); at += segmentSize) {
            int n = Math.min(segmentSize, data.remaining() - at);
            boolean last = at + n == data.remaining();
            int flags = seg.flags() & ~(last ? 0 : TcpSegment.PSH);
            transmit(
                    c.localAddress,
                    c.remoteAddress,
                    new TcpSegment(
                            seg.sourcePort(),
                            seg.destinationPort(),
                            seg.sequence() + at,
                            seg.acknowledgment(),
                            flags,
                            seg.window(),
                            0,
                            seg.options(),
                            data.slice(data.position() + at, n)));
        }
    }

    /** The most TCP data one segment to {@code remote} may carry for the device to cut (segmentation offload), 0 when none. */
    int segmentationOffloadData(Ipv4Address remote) {
        int datagram = ip.segmentationOffloadTowards(remote);
        return datagram == 0 ? 0 : datagram - Ipv4Packet.MIN_HEADER_LENGTH - TcpSegment.MIN_HEADER_LENGTH;
    }

    private void transmit(Ipv4Address local, Ipv4Address remote, TcpSegment seg) {
        ip.counters().increment(StackCounter.TCP_OUT);
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.TCP,
                            "segment " + local + ":" + seg.sourcePort() + " -> " + remote + ":" + seg.destinationPort()
                                    + " " + seg.summary());
        }
        ip.send(Ipv4Packet.of(
                ip.defaultTtl(),
                Ipv4Packet.PROTOCOL_TCP,
                local,
                remote,
                ip.nextIdentification(),
                seg.toBuffer(local, remote)));
    }

    /** An ICMP error quoting one of our segments goes to its connection as a soft error. */
    @Override
    public void icmpError(IcmpMessage error, Ipv4Address reporter, Ipv4Packet quoted) {
        ByteBuffer q = quoted.payload();
        if (q.remaining() < 4) {
            return;
        }
        TcpConnection c = connections.get(new Key(
                quoted.source(),
                q.getShort(q.position()) & 0xFFFF,
                quoted.destination(),
                q.getShort(q.position() + 2) & 0xFFFF));
        if (c != null) {
            c.icmpError(IcmpErrors.describe(error, quoted.destination()));
        }
    }
}
