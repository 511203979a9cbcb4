package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import jnic.driver.NetDevice;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.ForwardingDevice;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/**
 * Two situations that captures of jnic sending to Linux under loss showed, replayed in virtual
 * time with the receiver made to behave as Linux's did there:
 * <ol>
 * <li>Linux grows its advertised window while it receives, so most of its duplicate ACKs carry a
 * window different from the one before. RFC 5681's strict definition counts none of them as
 * duplicates; RFC 6675's counts every ACK that brings new SACK information. A lost segment must
 * be repaired by fast retransmit, with no timeout.</li>
 * <li>The only ACK for the last flight is lost: no further ACK will come. A tail-loss probe (RFC
 * 8985 section 7) must go out after about two round trips, long before the retransmission timer;
 * the receiver reports the probe's data as having arrived twice (a D-SACK, RFC 2883), so the
 * sender does not cut its window.</li>
 * <li>The last segment of a flight is lost: the probe repeats it, RACK or the probe's ACK repairs
 * it without a timeout, and the window is halved as for any loss.</li>
 * </ol>
 */
class TcpLossRecoveryTest {
    private final TestNet net = new TestNet();
    private final jnic.driver.loopback.LoopbackHub seg = net.segment();
    private final Host client = net.host("client", seg, "10.0.0.1/24");
    private Host server;
    private int ackCount;
    private final List<Long> dataSentAt = new ArrayList<>();

    /**
     * The server's device: rewrites the window of every ACK it sends to grow by one unit each time
     * (as Linux's receive-window growth does), and drops the frames {@code drop} selects.
     */
    private final class LinuxLikeReceiver extends ForwardingDevice {
        Predicate<TcpSegment> drop = s -> false;

        LinuxLikeReceiver(NetDevice inner) {
            super(inner);
        }

        @Override
        public void send(byte[] frame) throws IOException {
            TestNet.TcpOnWire w = TestNet.tcpIn(frame);
            if (w == null) {
                super.send(frame);
                return;
            }
            if (drop.test(w.tcp())) {
                return;
            }
            TcpSegment t = w.tcp();
            TcpSegment grown = new TcpSegment(
                    t.sourcePort(),
                    t.destinationPort(),
                    t.sequence(),
                    t.acknowledgment(),
                    t.flags(),
                    Math.min(t.window() + ++ackCount, 0xFFFF),
                    t.urgentPointer(),
                    t.options(),
                    t.data());
            Ipv4Packet ip = w.ip().withPayload(grown.toBuffer(w.ip().source(), w.ip().destination()));
            byte[] out = new byte[EthernetFrame.HEADER_LENGTH + ip.length()];
            System.arraycopy(frame, 0, out, 0, EthernetFrame.HEADER_LENGTH);
            ip.emit(ByteBuffer.wrap(out), EthernetFrame.HEADER_LENGTH);
            super.send(out);
        }
    }

    private LinuxLikeReceiver receiverDevice() {
        LinuxLikeReceiver d = new LinuxLikeReceiver(seg.attach("server-eth0", MacAddress.parse("02:00:00:00:00:22")));
        server = new Host("server", net.lan, jnic.stack.host.HostConfig.DEFAULT.withSeed(2));
        server.attach(d, InterfaceAddress.parse("10.0.0.2/24"));
        return d;
    }

    /** Sends {@code bytes} from the client and reads them at the server; returns what arrived. */
    private byte[] transfer(TestNet.Connected c, byte[] data, long maxMillis) {
        byte[] got = new byte[data.length];
        int[] n = {0};
        Runnable[] drain = new Runnable[1];
        drain[0] = () -> c.server().readAsync(got, n[0], got.length - n[0]).thenAccept(r -> {
            if (r > 0) {
                n[0] += r;
                drain[0].run();
            }
        });
        net.lan.execute(drain[0]);
        c.client().writeAsync(data, 0, data.length);
        assertTrue(net.runUntil(() -> n[0] == data.length, maxMillis), n[0] + " of " + data.length + " bytes");
        return got;
    }

    @Test
    void duplicateAcksWhoseWindowGrowsStillStartFastRecovery() throws Exception {
        LinuxLikeReceiver d = receiverDevice();
        TestNet.Connected c = net.connect(client, server, 80);
        int iss = c.client().connection().initialSendSequence();
        int mss = c.client().connection().maxSegmentSize();
        boolean[] dropped = {false};
        seg.dropWhen(frame -> {
            TestNet.TcpOnWire w = TestNet.tcpIn(frame);
            boolean fifth = w != null
                    && w.ip().source().equals(client.address())
                    && w.tcp().sequence() == iss + 1 + 4 * mss
                    && w.tcp().data().hasRemaining();
            if (fifth && !dropped[0]) {
                dropped[0] = true;
                return true; // the fifth data segment, the first time only
            }
            return false;
        });
        byte[] data = new byte[40 * mss];
        new Random(3).nextBytes(data);
        long start = net.lan.clock().nanos();
        assertArrayEquals(data, transfer(c, data, 5_000));
        long took = net.lan.clock().nanos() - start;
        assertTrue(dropped[0]);
        assertTrue(ackCount > 10, "every ACK the receiver sent carried a grown window: " + ackCount);
        assertEquals(0, client.counters().get(StackCounter.TCP_TIMEOUTS), "no retransmission timeout");
        assertEquals(1, client.counters().get(StackCounter.TCP_FAST_RETRANSMITS), "one fast retransmit");
        assertEquals(1, client.counters().get(StackCounter.TCP_RETRANSMITS), "of the one lost segment");
        assertTrue(took < 200_000_000L, "done in " + took / 1000 + " us, less than the 200 ms minimum RTO");
    }

    @Test
    void aLostLoneAckIsFoundByATailLossProbeAndTheDsackKeepsTheWindow() throws Exception {
        LinuxLikeReceiver d = receiverDevice();
        TestNet.Connected c = net.connect(client, server, 80);
        byte[] warm = new byte[20_000];
        transfer(c, warm, 1_000); // an RTT sample, a window
        net.runFor(100);
        int cwnd = c.client().connection().congestionWindow();
        long srtt = c.client().connection().smoothedRtt();
        int mss = c.client().connection().maxSegmentSize();
        int[] acksDropped = {0}; // ACKs for the whole flight: the first is dropped, the probe's D-SACK comes second
        int end = c.client().connection().sendNext() + 2 * mss; // two segments: the receiver ACKs them at once
        d.drop = t -> t.acknowledgment() == end && acksDropped[0]++ == 0; // the flight's one ACK
        long start = net.lan.clock().nanos();
        byte[] last = new byte[2 * mss];
        new Random(4).nextBytes(last);
        assertArrayEquals(last, transfer(c, last, 2_000));
        assertTrue(net.runUntil(() -> c.client().connection().sendUnacknowledged() == end, 2_000), "all acknowledged");
        long took = net.lan.clock().nanos() - start;
        assertEquals(2, acksDropped[0], "the ACK for the flight was lost, the probe brought another");
        assertEquals(1, client.counters().get(StackCounter.TCP_LOSS_PROBES), "a tail-loss probe");
        assertEquals(0, client.counters().get(StackCounter.TCP_TIMEOUTS), "no retransmission timeout");
        assertEquals(1, server.counters().get(StackCounter.TCP_DSACKS_OUT), "the receiver said it had the data twice");
        assertEquals(0, client.counters().get(StackCounter.TCP_LOSS_PROBE_RECOVERIES), "so nothing was lost");
        assertTrue(c.client().connection().congestionWindow() >= cwnd, "and the window is not cut");
        // Two segments in flight: PTO = 2 SRTT (at least 10 ms), then a round trip for the probe's ACK.
        long pto = Math.max(2 * srtt, TcpConnection.MIN_PROBE_TIMEOUT);
        assertTrue(took < pto + 4 * srtt + 1_000_000L, "done in " + took / 1000 + " us; PTO " + pto / 1000 + " us");
    }

    @Test
    void aLostLastSegmentIsRepairedByTheProbeAndHalvesTheWindow() throws Exception {
        receiverDevice();
        TestNet.Connected c = net.connect(client, server, 80);
        byte[] warm = new byte[40_000];
        transfer(c, warm, 1_000);
        net.runFor(100);
        int cwnd = c.client().connection().congestionWindow();
        int mss = c.client().connection().maxSegmentSize();
        int lastSeq = c.client().connection().sendNext() + 3 * mss;
        boolean[] dropped = {false};
        seg.dropWhen(frame -> {
            TestNet.TcpOnWire w = TestNet.tcpIn(frame);
            if (w != null && w.tcp().sequence() == lastSeq && w.tcp().data().hasRemaining() && !dropped[0]) {
                dropped[0] = true;
                return true;
            }
            return false;
        });
        byte[] data = new byte[4 * mss];
        new Random(5).nextBytes(data);
        long start = net.lan.clock().nanos();
        assertArrayEquals(data, transfer(c, data, 2_000));
        assertTrue(net.runUntil(
                () -> c.client().connection().sendUnacknowledged()
                        == c.client().connection().sendNext(),
                2_000));
        long took = net.lan.clock().nanos() - start;
        assertTrue(dropped[0]);
        assertEquals(1, client.counters().get(StackCounter.TCP_LOSS_PROBES), "a tail-loss probe");
        assertEquals(0, client.counters().get(StackCounter.TCP_TIMEOUTS), "no retransmission timeout");
        // The probe's ACK reaches exactly its end: whether it repaired a loss shows with the next ACK beyond it
        // (as Linux's tcp_process_tlp_ack waits for one), so a little more data follows.
        assertEquals(0, client.counters().get(StackCounter.TCP_LOSS_PROBE_RECOVERIES), "not decided yet");
        int before = c.client().connection().congestionWindow();
        byte[] more = new byte[mss];
        assertArrayEquals(more, transfer(c, more, 2_000));
        assertTrue(net.runUntil(
                () -> c.client().connection().sendUnacknowledged()
                        == c.client().connection().sendNext(),
                2_000));
        assertEquals(
                1,
                client.counters().get(StackCounter.TCP_LOSS_PROBE_RECOVERIES),
                "the probe repaired the loss: " + client.counters());
        int after = c.client().connection().congestionWindow();
        cwnd = Math.max(cwnd, before);
        assertTrue(after < cwnd && after >= Math.max(cwnd / 2, 2 * mss), "the window halved: " + cwnd + " -> " + after);
        assertTrue(took < 100_000_000L, "done in " + took / 1000 + " us");
    }

    @Test
    void aTimeoutWithSackResendsOnlyTheHolesThePeerReported() throws Exception {
        receiverDevice();
        TestNet.Connected c = net.connect(client, server, 80);
        int iss = c.client().connection().initialSendSequence();
        int mss = c.client().connection().maxSegmentSize();
        int[] holes = {iss + 1, iss + 1 + 4 * mss}; // the first and the fifth segment
        long[] resentAfterTimeout = {0};
        seg.dropWhen(frame -> {
            TestNet.TcpOnWire w = TestNet.tcpIn(frame);
            if (w == null
                    || !w.ip().source().equals(client.address())
                    || !w.tcp().data().hasRemaining()) {
                return false;
            }
            boolean inHole = w.tcp().sequence() == holes[0] || w.tcp().sequence() == holes[1];
            if (client.counters().get(StackCounter.TCP_TIMEOUTS) == 0) {
                return inHole; // lost every time (fast retransmit, RACK's retransmissions) until the timeout
            }
            resentAfterTimeout[0] += w.tcp().data().remaining();
            return false;
        });
        byte[] data = new byte[10 * mss]; // the initial window: nothing new to send once the holes are found
        new Random(6).nextBytes(data);
        assertArrayEquals(data, transfer(c, data, 10_000));
        assertEquals(1, client.counters().get(StackCounter.TCP_TIMEOUTS), "one timeout: " + client.counters());
        // The receiver SACKed segments 2-4 and 6-10. Going back to SND.UNA would send 9 segments again; RFC
        // 6675 section 5.1 keeps the scoreboard through the timeout, as Linux does: only the two holes go again.
        assertEquals(2L * mss, resentAfterTimeout[0], "bytes sent again after the timeout");
    }
}
