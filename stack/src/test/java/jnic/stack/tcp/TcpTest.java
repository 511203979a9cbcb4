package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/** TCP between two hosts on loopback, in virtual time. */
class TcpTest {
    final TestNet net = new TestNet();

    Host[] pair(LoopbackHub seg, TcpConfig tcp) {
        Host client = net.host(
                "client", seg, "10.0.0.1/24", HostConfig.DEFAULT.withSeed(1).withTcp(tcp));
        Host server = net.host(
                "server", seg, "10.0.0.2/24", HostConfig.DEFAULT.withSeed(2).withTcp(tcp));
        return new Host[] {client, server};
    }

    /** Reads until the end of the stream, on the loop, into a buffer. */
    static final class Sink {
        final ByteArrayOutputStream got = new ByteArrayOutputStream();
        final CompletableFuture<byte[]> done = new CompletableFuture<>();
        private final TcpSocket s;
        private final byte[] chunk = new byte[8192];

        Sink(TcpSocket s) {
            this.s = s;
            next();
        }

        private void next() {
            s.readAsync(chunk, 0, chunk.length).whenComplete((n, e) -> {
                if (e != null) {
                    done.completeExceptionally(e);
                } else if (n < 0) {
                    done.complete(got.toByteArray());
                } else {
                    got.write(chunk, 0, n);
                    next();
                }
            });
        }
    }

    private <T> T await(CompletableFuture<T> f, long maxMillis) {
        assertTrue(net.runUntil(f::isDone, maxMillis), "not done in " + maxMillis + " ms of virtual time");
        return f.join();
    }

    private static byte[] sha256(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    @Test
    void handshakeNegotiatesMssAndWindowScaleAndIsnsDiffer() throws Exception {
        Host[] h = pair(net.segment(), TcpConfig.DEFAULT.withBuffers(256 * 1024, 64 * 1024));
        TcpListener listener = h[1].tcp().listen(80, 16);
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        TcpSocket client = await(h[0].tcp().connect(h[1].address(), 80), 1000);
        TcpSocket server = await(accepted, 1000);
        assertEquals(TcpState.ESTABLISHED, client.state());
        assertEquals(TcpState.ESTABLISHED, server.state());
        assertEquals(1460, client.connection().maxSegmentSize(), "1500 - 20 - 20");
        assertEquals(1460, server.connection().maxSegmentSize());
        assertEquals(
                65535, client.connection().sendWindow(), "a SYN-ACK's window is never scaled (RFC 7323 section 2.2)");
        await(server.writeAsync(new byte[1], 0, 1), 1000);
        assertEquals(1, await(client.readAsync(new byte[1], 0, 1), 1000));
        assertEquals(
                256 * 1024,
                client.connection().sendWindow(),
                "then the server's 256 KiB buffer, advertised with a window scale of 3");
        assertNotEquals(
                client.connection().initialSendSequence(), server.connection().initialSendSequence());
        assertEquals(server.remotePort(), client.localPort());
        assertTrue(client.localPort() >= 49152);
    }

    @Test
    void aMegabyteArrivesByteExactAndBothSidesCloseThroughTimeWait() throws Exception {
        Host[] h = pair(net.segment(), TcpConfig.DEFAULT.withMsl(Duration.ofSeconds(5)));
        TcpListener listener = h[1].tcp().listen(80, 16);
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        TcpSocket client = await(h[0].tcp().connect(h[1].address(), 80), 1000);
        Sink sink = new Sink(await(accepted, 1000));
        assertEquals(0, h[0].tcp().bufferMemory(), "buffers are allocated when the first byte comes");
        byte[] data = new byte[1 << 20];
        new Random(1).nextBytes(data);
        CompletableFuture<Void> written = client.writeAsync(data, 0, data.length);
        net.runFor(1);
        assertEquals(TcpConfig.DEFAULT.sendBuffer(), h[0].tcp().bufferMemory(), "the client's send buffer");
        written.thenRun(client::close);
        byte[] got = await(sink.done, 60_000);
        assertArrayEquals(sha256(data), sha256(got));
        TcpSocket server = await(accepted, 0);
        server.close();
        net.runFor(100);
        assertEquals(TcpState.TIME_WAIT, client.state(), "the side that closed first waits");
        assertEquals(TcpState.CLOSED, server.state());
        assertEquals(0, h[0].tcp().bufferMemory(), "TIME-WAIT keeps the control block, not the buffers");
        net.runFor(9_000);
        assertEquals(TcpState.TIME_WAIT, client.state(), "2 MSL = 10 s");
        net.runFor(1_100);
        assertEquals(TcpState.CLOSED, client.state());
        assertEquals(0, h[0].tcp().connectionCount());
        assertEquals(0, h[1].counters().get(StackCounter.TCP_RETRANSMITS));
    }

    @Test
    void tenMegabytesSurviveLossReorderingAndDuplication() throws Exception {
        LoopbackHub seg = net.segment(new LoopbackHub.Impairments(0.05, 0.02, 0.05), 3);
        Host[] h = pair(
                seg, TcpConfig.DEFAULT.withRto(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(10)));
        TcpListener listener = h[1].tcp().listen(80, 16);
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        TcpSocket client = await(h[0].tcp().connect(h[1].address(), 80), 10_000);
        Sink sink = new Sink(await(accepted, 10_000));
        byte[] data = new byte[10 << 20];
        new Random(2).nextBytes(data);
        client.writeAsync(data, 0, data.length).thenRun(client::close);
        if (!net.runUntil(sink.done::isDone, 600_000)) {
            TcpSocket server = accepted.join();
            System.out.println("STALL client " + client.connection().debug() + " " + h[0].counters() + "\nserver "
                    + server.connection().debug() + " " + h[1].counters() + " got " + sink.got.size());
        }
        byte[] got = await(sink.done, 1);
        assertArrayEquals(sha256(data), sha256(got), "byte-exact after " + seg.framesLost() + " frames lost");
        System.out.printf(
                "10 MB under loss: %d frames lost, %d duplicated, %d reordered; %d retransmissions (%d fast, %d timeouts); %.1f s of virtual time%n",
                seg.framesLost(),
                seg.framesDuplicated(),
                seg.framesReordered(),
                h[0].counters().get(StackCounter.TCP_RETRANSMITS),
                h[0].counters().get(StackCounter.TCP_FAST_RETRANSMITS),
                h[0].counters().get(StackCounter.TCP_TIMEOUTS),
                net.lan.clock().nanos() / 1e9);
        assertTrue(seg.framesLost() > 50);
        assertTrue(h[0].counters().get(StackCounter.TCP_RETRANSMITS) > 0);
        long fast = h[0].counters().get(StackCounter.TCP_FAST_RETRANSMITS);
        long timeouts = h[0].counters().get(StackCounter.TCP_TIMEOUTS);
        assertTrue(fast > 0, "duplicate ACKs triggered fast retransmit");
        // Limited transmit (RFC 3042) and the scoreboard's loss detection (RFC 6675) find most
        // losses without the timer, though lost ACKs and retransmissions still leave some to it.
        assertTrue(timeouts < fast, timeouts + " timeouts, " + fast + " fast retransmits");
    }

    @Test
    void aClosedPortRefusesAndAnAbortResetsThePeer() throws Exception {
        Host[] h = pair(net.segment(), TcpConfig.DEFAULT);
        CompletableFuture<TcpSocket> refused = h[0].tcp().connect(h[1].address(), 81);
        assertTrue(net.runUntil(refused::isDone, 1000));
        SocketError e = assertInstanceOf(
                SocketError.class,
                assertThrows(CompletionException.class, refused::join).getCause());
        assertEquals(Errno.ECONNREFUSED, e.errno());

        TcpListener listener = h[1].tcp().listen(80, 16);
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        TcpSocket client = await(h[0].tcp().connect(h[1].address(), 80), 1000);
        Sink sink = new Sink(await(accepted, 1000));
        client.abort();
        assertTrue(net.runUntil(sink.done::isDone, 1000));
        SocketError reset = assertInstanceOf(
                SocketError.class,
                assertThrows(CompletionException.class, sink.done::join).getCause());
        assertEquals(Errno.ECONNRESET, reset.errno());
    }

    @Test
    void simultaneousCloseGoesThroughClosingToTimeWaitOnBothSides() throws Exception {
        Host[] h = pair(net.segment(), TcpConfig.DEFAULT.withMsl(Duration.ofSeconds(1)));
        TcpListener listener = h[1].tcp().listen(80, 16);
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        TcpSocket client = await(h[0].tcp().connect(h[1].address(), 80), 1000);
        TcpSocket server = await(accepted, 1000);
        net.lan.execute(() -> {
            client.close();
            server.close();
        });
        net.runFor(1);
        assertEquals(TcpState.TIME_WAIT, client.state());
        assertEquals(TcpState.TIME_WAIT, server.state());
        net.runFor(2_100);
        assertEquals(TcpState.CLOSED, client.state());
        assertEquals(TcpState.CLOSED, server.state());
    }

    @Test
    void anUnreachablePeerTimesOutWithTheIcmpErrorAsReason() {
        Host[] h = pair(net.segment(), TcpConfig.DEFAULT);
        CompletableFuture<TcpSocket> f = h[0].tcp().connect(Ipv4Address.parse("10.0.0.99"), 80);
        assertTrue(net.runUntil(f::isDone, 200_000));
        SocketError e = assertInstanceOf(
                SocketError.class,
                assertThrows(CompletionException.class, f::join).getCause());
        assertEquals(
                Errno.EHOSTUNREACH, e.errno(), "SYN retries spent; the soft error from ARP's failure is the reason");
    }

    @Test
    void isnsFollowRfc6528() {
        Host[] h = pair(net.segment(), TcpConfig.DEFAULT);
        Tcp tcp = h[0].tcp();
        Ipv4Address a = h[0].address();
        Ipv4Address b = h[1].address();
        TcpConnection one = new TcpConnection(tcp, a, 50000, b, 80, new TcpConnection.Buffers(4096, 4096));
        TcpConnection other = new TcpConnection(tcp, a, 50001, b, 80, new TcpConnection.Buffers(4096, 4096));
        int first = tcp.isn(one);
        int unrelated = tcp.isn(other);
        net.runFor(1000);
        int later = tcp.isn(one);
        assertEquals(250_000, later - first, "the same 4-tuple one second later: M advanced by 10^9 ns / 4 µs");
        assertNotEquals(first + 1, unrelated, "another port gives an unrelated number (the keyed hash F)");
        assertTrue(Math.abs((long) unrelated - first) > 1000);
    }

    @Test
    void theHostsConnectionLimitRefusesMore() throws Exception {
        Host[] h = pair(net.segment(), TcpConfig.DEFAULT.withMaxConnections(2));
        h[1].tcp().listen(80, 16);
        await(h[0].tcp().connect(h[1].address(), 80), 1000);
        await(h[0].tcp().connect(h[1].address(), 80), 1000);
        CompletableFuture<TcpSocket> third = h[0].tcp().connect(h[1].address(), 80);
        assertTrue(net.runUntil(third::isDone, 1000));
        SocketError e = assertInstanceOf(
                SocketError.class,
                assertThrows(CompletionException.class, third::join).getCause());
        assertEquals(Errno.ENOBUFS, e.errno());
    }
}
