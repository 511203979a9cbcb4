package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackHub;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import org.junit.jupiter.api.Test;

/** Delayed ACKs, Nagle, RTO convergence and backoff, and a zero window, watched on the wire in virtual time. */
class TcpTimingTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    /** The client keeps RFC 6298's 1 s minimum RTO (section 2.4), so its timer's steps are the RFC's own. */
    final Host client = net.host(
            "client",
            seg,
            "10.0.0.1/24",
            HostConfig.DEFAULT
                    .withSeed(1)
                    .withTcp(TcpConfig.DEFAULT.withRto(
                            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(60))));

    final Host server = net.host(
            "server",
            seg,
            "10.0.0.2/24",
            HostConfig.DEFAULT.withSeed(2).withTcp(TcpConfig.DEFAULT.withBuffers(8192, 65536)));
    final List<long[]> seen = new ArrayList<>(); // {time, from client?, flags, data length}
    TcpSocket c;
    TcpSocket s;

    TcpTimingTest() {
        TestNet.watchTcp(
                seg,
                w -> seen.add(new long[] {
                    net.lan.clock().nanos(),
                    w.ip().source().equals(client.address()) ? 1 : 0,
                    w.tcp().flags(),
                    w.tcp().data().remaining()
                }));
    }

    private void connect() throws Exception {
        TestNet.Connected connected = net.connect(client, server, 80);
        c = connected.client();
        s = connected.server();
        net.runFor(100);
        seen.clear();
    }

    private long segmentsFromClientWithData() {
        return seen.stream().filter(x -> x[1] == 1 && x[3] > 0).count();
    }

    @Test
    void aLoneSegmentIsAcknowledgedAfterTheDelayAndTwoFullOnesAtOnce() throws Exception {
        connect();
        List<String> told = new ArrayList<>(); // what the server's TCP tells a trace
        server.setTracer((layer, text) -> told.add(text));
        long t0 = net.lan.clock().nanos();
        c.writeAsync(new byte[10], 0, 10);
        net.runFor(100);
        long[] ack = seen.stream().filter(x -> x[1] == 0).findFirst().orElseThrow();
        // Data arrives after one trip (100 µs); the ACK leaves 40 ms later and reaches the tap one trip after that.
        assertEquals(t0 + 2 * TestNet.LATENCY_NANOS + 40_000_000L, ack[0]);

        seen.clear();
        long t1 = net.lan.clock().nanos();
        c.writeAsync(new byte[2 * 1460], 0, 2 * 1460);
        net.runFor(100);
        long[] ack2 = seen.stream().filter(x -> x[1] == 0).findFirst().orElseThrow();
        assertEquals(t1 + 2 * TestNet.LATENCY_NANOS, ack2[0], "every second full segment is acknowledged at once");
        assertEquals(1, count(told, "delays its ACK: one segment (10 bytes) unacknowledged"), told.toString());
        assertEquals(
                1,
                count(told, "the delayed ACK's 40 ms are over with nothing to ride on: a pure ACK goes"),
                told.toString());
        assertEquals(1, count(told, "acknowledges every second full-sized segment at once"), told.toString());
    }

    @Test
    void nagleHoldsSmallWritesWhileOneIsInFlightAndNoDelaySendsEach() throws Exception {
        connect();
        List<String> told = new ArrayList<>(); // what the client's TCP tells a trace
        client.setTracer((layer, text) -> told.add(text));
        for (int i = 0; i < 5; i++) {
            c.writeAsync(new byte[10], 0, 10);
        }
        net.runFor(200);
        assertEquals(2, segmentsFromClientWithData(), "the first at once, the other four together after its ACK");
        assertEquals(
                1,
                count(told, "holds 10 bytes back: less than the MSS (1460) while 10 bytes are unacknowledged;"),
                "told once, when Nagle's rule first holds data: " + told);
        assertEquals(
                2,
                count(told, "less than the MSS, at once: nothing is unacknowledged"),
                "the first and the four: " + told);
        assertEquals(1, count(told, "sends 40 bytes"), told.toString());
        seen.clear();
        told.clear();
        c.noDelay(true);
        for (int i = 0; i < 5; i++) {
            c.writeAsync(new byte[10], 0, 10);
        }
        net.runFor(200);
        assertEquals(5, segmentsFromClientWithData(), "TCP_NODELAY");
        assertEquals(4, count(told, "at once: TCP_NODELAY is set"), told.toString());
        assertEquals(0, count(told, "holds"), told.toString());
    }

    private static long count(List<String> told, String part) {
        return told.stream().filter(t -> t.contains(part)).count();
    }

    @Test
    void rttConvergesAndTheRtoBacksOffWhenThePeerGoesSilent() throws Exception {
        connect();
        byte[] data = new byte[200_000];
        c.writeAsync(data, 0, data.length);
        byte[] buf = new byte[65536];
        for (int total = 0; total < data.length; ) {
            CompletableFuture<Integer> r = s.readAsync(buf, 0, buf.length);
            assertTrue(net.runUntil(r::isDone, 5000));
            total += r.join();
        }
        long srtt = c.connection().smoothedRtt();
        assertTrue(
                srtt >= 2 * TestNet.LATENCY_NANOS && srtt < 50_000_000L,
                "SRTT " + srtt + " ns: one round trip, plus delayed ACKs now and then");
        assertEquals(1_000_000_000L, c.connection().retransmissionTimeout(), "RFC 6298 (2.4): at least 1 s");
        net.runUntil(() -> c.connection().sendUnacknowledged() == c.connection().sendNext(), 5000);

        server.interfaces().get(0).device().close(); // the peer vanishes
        seen.clear();
        long t0 = net.lan.clock().nanos();
        c.writeAsync(new byte[100], 0, 100);
        net.runFor(16_000);
        List<Long> sends = new ArrayList<>();
        for (long[] x : seen) {
            if (x[1] == 1 && x[3] > 0) {
                sends.add((x[0] - t0 - TestNet.LATENCY_NANOS) / 1_000_000L);
            }
        }
        // First a tail-loss probe, 1.5 SRTT + 200 ms after the segment (RFC 8985 section 7.2: one segment in flight,
        // its ACK may be delayed); the RTO restarts from the probe and then backs off: 1, 2, 4, 8 s (RFC 6298 5.5),
        // with no more probes while the timeout's recovery lasts.
        assertEquals(6, sends.size(), "the segment, a probe and four retransmissions: " + sends);
        long probe = sends.get(1);
        long expected = (c.connection().smoothedRtt() * 3 / 2 + TcpConnection.WORST_CASE_DELAYED_ACK) / 1_000_000L;
        assertTrue(
                Math.abs(probe - expected) <= 1, "the probe after " + probe + " ms, 1.5 SRTT + 200 ms is " + expected);
        assertEquals(
                List.of(0L, probe, probe + 1000L, probe + 3000L, probe + 7000L, probe + 15000L),
                sends,
                "a probe, then retransmissions after 1, 2, 4, 8 s");
    }

    @Test
    void aZeroWindowIsProbedUntilTheReaderMakesRoomAndNothingIsLost() throws Exception {
        connect();
        byte[] data = new byte[50_000];
        new Random(4).nextBytes(data);
        CompletableFuture<Void> w = c.writeAsync(data, 0, data.length);
        net.runFor(30_000);
        assertEquals(0, c.connection().sendWindow(), "the server's 8 KiB buffer is full and nobody reads");
        assertEquals(
                TcpState.ESTABLISHED,
                c.state(),
                "probes keep the connection alive (no retry limit while the peer answers)");
        assertTrue(
                seen.stream().filter(x -> x[1] == 1 && x[3] == 1).count() >= 3, "one-byte zero-window probes went out");
        List<String> told = new ArrayList<>(); // what the server's TCP tells a trace
        server.setTracer((layer, text) -> told.add(text));
        ByteBuffer got = ByteBuffer.allocate(data.length);
        byte[] buf = new byte[4096];
        seen.clear();
        CompletableFuture<Integer> first = s.readAsync(buf, 0, buf.length);
        assertTrue(net.runUntil(first::isDone, 1000));
        got.put(buf, 0, first.join());
        assertTrue(
                told.stream()
                        .anyMatch(t -> t.contains("window update: the application read 4096 bytes, the receive"
                                + " window opens from 0 to 4096 bytes")),
                "the read that reopens the window is told, with the window before and after: " + told);
        net.runFor(1); // a trip on the wire
        assertTrue(
                seen.stream().anyMatch(x -> x[1] == 0 && x[3] == 0),
                "and the window update went out as a segment of its own");
        while (got.hasRemaining()) {
            CompletableFuture<Integer> r = s.readAsync(buf, 0, Math.min(buf.length, got.remaining()));
            assertTrue(net.runUntil(r::isDone, 120_000), "stalled at " + got.position());
            got.put(buf, 0, r.join());
        }
        assertTrue(w.isDone());
        assertArrayEquals(data, got.array());
    }

    @Test
    void keepAliveProbesAnIdleConnectionAndEndsItWhenThePeerIsGone() throws Exception {
        connect();
        c.keepAlive(Duration.ofSeconds(10), Duration.ofSeconds(1), 3);
        net.runFor(35_000);
        assertEquals(TcpState.ESTABLISHED, c.state());
        long probes = seen.stream().filter(x -> x[1] == 1 && x[3] == 0).count();
        long answers = seen.stream().filter(x -> x[1] == 0).count();
        assertEquals(3, probes, "one probe after each 10 s of silence");
        assertEquals(3, answers, "each answered by an ACK");

        server.interfaces().get(0).device().close();
        long gone = net.lan.clock().nanos();
        CompletableFuture<Integer> r = c.readAsync(new byte[1], 0, 1);
        assertTrue(net.runUntil(r::isDone, 30_000));
        long after = (net.lan.clock().nanos() - gone) / 1_000_000_000L;
        assertTrue(r.isCompletedExceptionally());
        assertEquals(TcpState.CLOSED, c.state());
        assertTrue(after >= 3 && after <= 13, "idle (at most 10 s) + 3 unanswered probes 1 s apart: " + after + " s");
    }
}
