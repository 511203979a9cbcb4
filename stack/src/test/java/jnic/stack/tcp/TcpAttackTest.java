package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/**
 * RFC 5961's blind-injection cases and its challenge ACK limit, and SYN floods against the
 * backlog (RFC 4987), from a third station on the segment.
 */
class TcpAttackTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final Host server = net.host("server", seg, "10.0.0.2/24");
    final LoopbackDevice attacker = seg.attach("attacker", MacAddress.parse("02:66:66:66:66:66"));
    TcpSocket clientSocket;
    TcpSocket serverSocket;

    private void connect() throws Exception {
        TestNet.Connected connected = net.connect(client, server, 80);
        clientSocket = connected.client();
        serverSocket = connected.server();
    }

    /** A segment that claims to come from {@code from}:{@code port}, sent to the server. */
    private void inject(Ipv4Address from, int port, int seq, int ack, int flags) throws Exception {
        inject(from, port, seq, ack, flags, ByteBuffer.allocate(0));
    }

    private void inject(Ipv4Address from, int port, int seq, int ack, int flags, ByteBuffer data) throws Exception {
        send(server, from, port, seq, ack, flags, data);
        net.runFor(1);
    }

    /** A segment that claims to come from {@code from}:{@code port}, sent to {@code to}'s port 80 now. */
    private void send(Host to, Ipv4Address from, int port, int seq, int ack, int flags, ByteBuffer data)
            throws Exception {
        TcpSegment s = new TcpSegment(port, 80, seq, ack, flags, 1000, 0, ByteBuffer.allocate(0), data);
        TestNet.sendFrom(
                attacker,
                to,
                Ipv4Packet.of(64, Ipv4Packet.PROTOCOL_TCP, from, to.address(), 1, s.toBuffer(from, to.address())));
    }

    @Test
    void aResetInsideTheWindowButNotExactGetsAChallengeAckAndTheConnectionLives() throws Exception {
        connect();
        TcpConnection s = serverSocket.connection();
        inject(client.address(), clientSocket.localPort(), s.receiveNext() + 100, 0, TcpSegment.RST);
        assertEquals(1, server.counters().get(StackCounter.TCP_CHALLENGE_ACKS));
        assertEquals(TcpState.ESTABLISHED, serverSocket.state());
        assertEquals(
                TcpState.ESTABLISHED,
                clientSocket.state(),
                "the client got the challenge ACK and, as all is well, ignored it");

        inject(client.address(), clientSocket.localPort(), s.receiveNext() + 70_000, 0, TcpSegment.RST);
        assertEquals(TcpState.ESTABLISHED, serverSocket.state(), "outside the window: dropped");

        inject(client.address(), clientSocket.localPort(), s.receiveNext(), 0, TcpSegment.RST);
        assertEquals(TcpState.CLOSED, serverSocket.state(), "exactly RCV.NXT: reset");
    }

    @Test
    void aSynOnAnEstablishedConnectionGetsAChallengeAck() throws Exception {
        connect();
        inject(
                client.address(),
                clientSocket.localPort(),
                serverSocket.connection().receiveNext() + 5,
                0,
                TcpSegment.SYN);
        assertEquals(1, server.counters().get(StackCounter.TCP_CHALLENGE_ACKS));
        assertEquals(TcpState.ESTABLISHED, serverSocket.state());
    }

    /** A hundred resets inside the window but not at RCV.NXT, each of which earns a challenge ACK (RFC 5961 section 3.2). */
    private void hundredInWindowResets(Host limited, TestNet.Connected c, TcpConnection s) throws Exception {
        for (int i = 0; i < 100; i++) {
            send(
                    limited,
                    client.address(),
                    c.client().localPort(),
                    s.receiveNext() + 100 + i,
                    0,
                    TcpSegment.RST,
                    none());
        }
    }

    /**
     * RFC 5961 section 7: challenge ACKs are limited host-wide per second. With a limit of 10 the
     * budget of a second is drawn between 5 and 14 (Linux's spread); 100 resets in the window
     * within one millisecond get that many, the rest are counted, and the next second has a
     * budget again.
     */
    @Test
    void challengeAcksAreLimitedPerSecondAndTheRestCounted() throws Exception {
        Host limited = net.host(
                "limited",
                seg,
                "10.0.0.3/24",
                HostConfig.DEFAULT.withSeed(3).withTcp(server.tcp().config().withChallengeAckLimit(10)));
        TestNet.Connected c = net.connect(client, limited, 80);
        TcpConnection s = c.server().connection();
        hundredInWindowResets(limited, c, s);
        net.runFor(1);
        long sent = limited.counters().get(StackCounter.TCP_CHALLENGE_ACKS);
        assertTrue(sent >= 5 && sent <= 14, sent + " challenge ACKs in one second");
        assertEquals(100 - sent, limited.counters().get(StackCounter.TCP_CHALLENGE_ACKS_SKIPPED));
        assertEquals(TcpState.ESTABLISHED, c.server().state());
        net.runFor(1000);
        hundredInWindowResets(limited, c, s);
        net.runFor(1);
        long more = limited.counters().get(StackCounter.TCP_CHALLENGE_ACKS) - sent;
        assertTrue(more >= 5 && more <= 14, more + " challenge ACKs in the next second");
        assertEquals(200 - sent - more, limited.counters().get(StackCounter.TCP_CHALLENGE_ACKS_SKIPPED));
    }

    private static ByteBuffer none() {
        return ByteBuffer.allocate(0);
    }

    @Test
    void dataWithAnAckFromTheFarPastIsDropped() throws Exception {
        connect();
        TcpConnection s = serverSocket.connection();
        inject(
                client.address(),
                clientSocket.localPort(),
                s.receiveNext(),
                s.sendUnacknowledged() - 1_000_000,
                TcpSegment.ACK);
        assertEquals(
                1,
                server.counters().get(StackCounter.TCP_CHALLENGE_ACKS),
                "RFC 5961 section 5.2: older than SND.UNA - MAX.SND.WND");
        assertEquals(TcpState.ESTABLISHED, serverSocket.state());
    }

    /**
     * The peer (or anyone who knows the window) sends full segments that start a few bytes apart
     * above a hole, each holding bytes the others hold too. What waits for the hole is held once,
     * so memory stays within twice the receive buffer (one-byte steps held 3.0 MB before), and the
     * stream is still delivered exactly when the hole is filled.
     */
    @Test
    void overlappingSegmentsAboveAHoleAreHeldOnce() throws Exception {
        connect();
        byte[] stream = stream(4000);
        int delivered = overlapThenFill(stream, 7);
        assertEquals(1 + 1999 / 7 * 7 + 1460, delivered, "everything up to the last segment's end");
        assertEquals(0, server.counters().get(StackCounter.TCP_OUT_OF_ORDER_DROPPED));
    }

    /** One byte apart, each segment adds a one-byte piece: the memory bound stops them, the drops are counted, and what is delivered is right. */
    @Test
    void piecesBeyondTheMemoryBoundAreDroppedAndCounted() throws Exception {
        connect();
        byte[] stream = stream(4000);
        int delivered = overlapThenFill(stream, 1);
        assertTrue(server.counters().get(StackCounter.TCP_OUT_OF_ORDER_DROPPED) > 0);
        assertTrue(delivered > 1460 && delivered < 3460, delivered + " bytes delivered");
    }

    private static byte[] stream(int n) {
        byte[] b = new byte[n];
        new java.util.Random(7).nextBytes(b);
        return b;
    }

    /**
     * Sends 1460-byte segments of {@code stream} at offsets 1, 1 + step, ... up to 2000 past
     * RCV.NXT, checks the memory held, then sends the first byte and reads what became readable:
     * it must be the stream's own bytes. Returns how many there were.
     */
    private int overlapThenFill(byte[] stream, int step) throws Exception {
        TcpConnection s = serverSocket.connection();
        int rcvNxt = s.receiveNext();
        int ack = s.sendNext();
        for (int offset = 1; offset <= 2000; offset += step) {
            inject(
                    client.address(),
                    clientSocket.localPort(),
                    rcvNxt + offset,
                    ack,
                    TcpSegment.ACK,
                    ByteBuffer.wrap(stream, offset, 1460).slice());
        }
        int buffer = server.tcp().config().receiveBuffer();
        assertTrue(
                s.outOfOrderMemory() <= 2L * buffer,
                s.outOfOrderMemory() + " bytes held out of order for a " + buffer + "-byte buffer");
        inject(
                client.address(),
                clientSocket.localPort(),
                rcvNxt,
                ack,
                TcpSegment.ACK,
                ByteBuffer.wrap(stream, 0, 1).slice());
        byte[] got = new byte[stream.length];
        int n = 0;
        for (int r; (r = s.read(got, n, got.length - n)) > 0; ) {
            n += r;
        }
        assertEquals(
                java.util.Arrays.toString(java.util.Arrays.copyOf(stream, n)),
                java.util.Arrays.toString(java.util.Arrays.copyOf(got, n)));
        assertEquals(0, s.outOfOrderMemory(), "nothing is left held once the hole is filled");
        return n;
    }

    @Test
    void aSynFloodFillsTheBacklogThenGetsCookiesAndARealClientGetsIn() throws Exception {
        TcpListener l = server.tcp().listen(80, 8);
        for (int i = 0; i < 200; i++) {
            inject(
                    Ipv4Address.of(10, 0, 0, 100 + i % 100),
                    1024 + i,
                    i * 7919,
                    0,
                    TcpSegment.SYN); // spoofed, never answered
        }
        assertEquals(8, l.halfOpen(), "read between turns of the loop this thread drives");
        assertEquals(192, server.counters().get(StackCounter.TCP_SYN_COOKIES_SENT), "no state for the rest");
        assertEquals(0, server.counters().get(StackCounter.TCP_BACKLOG_DROPS), "none dropped, none evicted");
        assertEquals(0, server.tcp().bufferMemory(), "half-open connections hold no buffers");
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> real = client.tcp().connect(server.address(), 80);
        assertTrue(net.runUntil(() -> real.isDone() && accepted.isDone(), 5000), "the genuine client gets in");
        assertEquals(TcpState.ESTABLISHED, real.join().state());
        assertEquals(real.join().localPort(), accepted.join().remotePort());
        assertEquals(1, server.counters().get(StackCounter.TCP_SYN_COOKIES_VALIDATED), "through a cookie");
        assertEquals(0, client.counters().get(StackCounter.TCP_TIMEOUTS), "no SYN retransmitted to get in");
    }

    /**
     * 100 000 SYNs from random spoofed sources (any unicast address, any port) at a million a
     * second, while four genuine clients connect every half millisecond and fetch two bytes. The
     * server's default gateway is a router that has nowhere to send the SYN-ACKs. Every genuine
     * client gets in without a retransmitted SYN; the half-open connections never exceed the
     * backlog and hold no buffers; the live heap after the flood, once its half-open
     * connections have timed out, is within 10 % of the heap before it.
     */
    @Test
    void aHundredThousandSpoofedSynsLockOutNoGenuineClient() throws Exception {
        Host router = net.host(
                "router", seg, "10.0.0.254/24", HostConfig.DEFAULT.withSeed(254).withForwarding(true));
        server.setDefaultGateway(router.address());
        TcpListener l = server.tcp().listen(80, 128);
        serveTwoBytes(l);
        List<Host> clients = List.of(
                client,
                net.host("client2", seg, "10.0.0.4/24"),
                net.host("client3", seg, "10.0.0.5/24"),
                net.host("client4", seg, "10.0.0.6/24"));
        Random random = new Random(42);
        List<CompletableFuture<Long>> warmUp = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            floodStep(random, 100);
            warmUp.add(fetch(clients.get(i % 4)));
            net.lan.runFor(100_000);
        }
        net.runFor(200_000); // past every timer the warm-up started: 127 s of SYN-ACK retries, 60 s of TIME-WAIT
        assertTrue(warmUp.stream().allMatch(f -> f.join() >= 0));
        assertEquals(0, server.tcp().connectionCount());
        long heapBefore = TestNet.liveHeap();

        List<CompletableFuture<Long>> genuine = new ArrayList<>();
        int maxHalfOpen = 0;
        long maxBufferMemory = 0;
        int maxConnections = 0;
        for (int step = 0; step < 1000; step++) { // 100 SYNs every 100 us: 100 000 in 100 ms
            floodStep(random, 100);
            if (step % 5 == 0) {
                genuine.add(fetch(clients.get(step / 5 % 4)));
            }
            net.lan.runFor(100_000);
            maxHalfOpen = Math.max(maxHalfOpen, l.halfOpen());
            maxBufferMemory = Math.max(maxBufferMemory, server.tcp().bufferMemory());
            maxConnections = Math.max(maxConnections, server.tcp().connectionCount());
        }
        assertTrue(net.runUntil(() -> genuine.stream().allMatch(CompletableFuture::isDone), 10_000));
        long[] nanos =
                genuine.stream().mapToLong(CompletableFuture::join).sorted().toArray();
        assertTrue(nanos[0] >= 0, "every genuine client got its two bytes");
        assertTrue(
                nanos[nanos.length - 1] < 1_000_000_000L,
                "each within a second, so without a retransmitted SYN: slowest " + nanos[nanos.length - 1] + " ns");
        assertEquals(128, maxHalfOpen, "the SYN backlog, no more");
        assertTrue(maxConnections <= 128 + genuine.size(), maxConnections + " connections at most");
        assertTrue(
                maxBufferMemory <= 2L * 64 * 1024 * genuine.size(),
                maxBufferMemory + " bytes of buffers at most: the genuine connections' only");
        long cookies = server.counters().get(StackCounter.TCP_SYN_COOKIES_SENT);
        assertTrue(cookies >= 100_000 - 128, cookies + " cookies");
        assertEquals(0, server.counters().get(StackCounter.TCP_BACKLOG_DROPS));

        net.runFor(200_000); // the half-open connections' SYN-ACK retries (127 s) and TIME-WAIT (60 s) run out
        assertEquals(0, l.halfOpen());
        assertEquals(0, server.tcp().connectionCount());
        long heapAfter = TestNet.liveHeap();
        System.out.printf(
                "SYN flood: %d genuine fetches, slowest %.2f ms; %d cookies sent, %d validated; half-open at most %d;"
                        + " buffers at most %d bytes; live heap %d -> %d bytes%n",
                nanos.length,
                nanos[nanos.length - 1] / 1e6,
                cookies,
                server.counters().get(StackCounter.TCP_SYN_COOKIES_VALIDATED),
                maxHalfOpen,
                maxBufferMemory,
                heapBefore,
                heapAfter);
        assertTrue(
                Math.abs(heapAfter - heapBefore) <= heapBefore / 10,
                "live heap " + heapBefore + " before, " + heapAfter + " after");
    }

    /** {@code n} SYNs from random unicast sources outside the segment and random ports, now. */
    private void floodStep(Random random, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            Ipv4Address from = TestNet.spoofedSource(random);
            send(server, from, 1024 + random.nextInt(64512), random.nextInt(), 0, TcpSegment.SYN, none());
        }
    }

    /** Accepts each connection, writes "ok" and closes. */
    private static void serveTwoBytes(TcpListener l) {
        l.acceptAsync().thenAccept(s -> {
            byte[] ok = "ok".getBytes(StandardCharsets.US_ASCII);
            s.writeAsync(ok, 0, ok.length).whenComplete((v, e) -> s.close());
            serveTwoBytes(l);
        });
    }

    /** Connects from {@code from}, reads "ok" and closes: the virtual nanoseconds that took, or -1 if it failed. */
    private CompletableFuture<Long> fetch(Host from) {
        long start = net.lan.clock().nanos();
        byte[] b = new byte[2];
        return from.tcp()
                .connect(server.address(), 80)
                .thenCompose(s -> s.readAsync(b, 0, 2).thenApply(n -> {
                    s.close();
                    return n == 2 && b[0] == 'o' && b[1] == 'k'
                            ? net.lan.clock().nanos() - start
                            : -1L;
                }))
                .exceptionally(e -> -1L);
    }
}
