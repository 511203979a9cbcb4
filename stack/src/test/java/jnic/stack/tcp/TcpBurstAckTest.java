package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.ForwardingDevice;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import org.junit.jupiter.api.Test;

/**
 * A receiver acknowledges a burst of segments (frames that reached the loop together, as from a
 * TAP device's reader thread) with one ACK per at most 16 segments, sent when the burst has been
 * handled; outside bursts it keeps to an ACK for every second segment. Watched on the wire in
 * virtual time: the server's device holds the frames that arrive, and the test hands them over
 * from its own thread, as a device's reader thread would.
 */
class TcpBurstAckTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    Host server;
    final HoldingDevice serverDevice =
            new HoldingDevice(seg.attach("server-eth0", MacAddress.parse("02:00:00:00:00:aa")));
    /** ACK numbers of the server's segments, as seen on the wire (relative to the client's ISN + 1). */
    final List<Long> serverAcks = new ArrayList<>();

    long clientFirstByte = -1;
    int mss;

    TcpBurstAckTest() {
        TestNet.watchTcp(seg, w -> {
            if (w.ip().source().equals(client.address()) && w.tcp().has(TcpSegment.SYN)) {
                clientFirstByte = Integer.toUnsignedLong(w.tcp().sequence() + 1);
            } else if (w.ip().source().equals(server.address()) && !w.tcp().has(TcpSegment.SYN)) {
                serverAcks.add(Integer.toUnsignedLong(w.tcp().acknowledgment() - (int) clientFirstByte));
            }
        });
    }

    /** A device that holds received frames while asked to, then hands them over from the caller's thread. */
    static final class HoldingDevice extends ForwardingDevice {
        final List<byte[]> held = new ArrayList<>();
        volatile boolean holding;
        volatile FrameHandler handler;

        HoldingDevice(LoopbackDevice inner) {
            super(inner);
            inner.setHandler(frame -> {
                if (holding) {
                    held.add(frame);
                } else if (handler != null) {
                    handler.onFrame(frame);
                }
            });
        }

        /** Hands the held frames over on the calling thread, which is the loop's: each is handled at once. */
        void releaseHere() {
            release();
        }

        /** Hands the held frames over, one call each, from this (non-loop) thread: they reach the loop as one burst. */
        int release() {
            List<byte[]> now = new ArrayList<>(held);
            held.clear();
            for (byte[] f : now) {
                handler.onFrame(f);
            }
            return now.size();
        }

        @Override
        public void setHandler(FrameHandler h) {
            handler = h;
        }
    }

    /** The server with {@code tcp}, behind the holding device; a client connected to it. */
    private TcpSocket[] connect(TcpConfig tcp) throws Exception {
        server = new Host("server", net.lan, HostConfig.DEFAULT.withSeed(2).withTcp(tcp));
        server.attach(serverDevice, InterfaceAddress.parse("10.0.0.2/24"));
        TestNet.Connected connected = net.connect(client, server, 80);
        net.runFor(100);
        mss = connected.client().connection().maxSegmentSize();
        serverAcks.clear();
        return new TcpSocket[] {connected.client(), connected.server()};
    }

    /** ACK numbers at these counts of segments (relative sequence numbers). */
    private List<Long> segments(int... counts) {
        List<Long> l = new ArrayList<>();
        for (int c : counts) {
            l.add((long) c * mss);
        }
        return l;
    }

    @Test
    void aBurstIsAcknowledgedOncePerSixteenSegmentsAndSegmentsOnTheirOwnEverySecondOne() throws Exception {
        // A receive buffer that holds the three flights unread: with slow start counting bytes, the second flight
        // is 20 segments, and 64 KiB would close the window on the third.
        TcpSocket[] sockets = connect(TcpConfig.DEFAULT.withBuffers(256 * 1024, 256 * 1024));
        byte[] data = new byte[80 * mss];
        new Random(5).nextBytes(data);
        serverDevice.holding = true;
        sockets[0].writeAsync(data, 0, data.length);
        net.runFor(1);
        // The client's initial window (RFC 6928: 10 segments), handed to the host on its loop one
        // by one, as the simulated NIC's driver does: an ACK for every second segment.
        assertEquals(10, serverDevice.held.size());
        net.lan.execute(serverDevice::releaseHere);
        net.runFor(1);
        assertEquals(segments(2, 4, 6, 8, 10), serverAcks);

        // Slow start grew the flight; once more one by one, so that the next flight passes 16.
        int second = serverDevice.held.size();
        net.lan.execute(serverDevice::releaseHere);
        net.runFor(1);
        int delivered = 10 + second;
        int third = serverDevice.held.size();
        assertTrue(third > 16, "the third flight has " + third + " segments");

        // Now the whole flight as one burst, handed over from this thread as a TAP reader's would be:
        // an ACK after each 16 segments and one when the burst has been handled.
        // (The count starts at the last ACK: an odd flight left one segment waiting for its delayed ACK.)
        long lastAck = serverAcks.get(serverAcks.size() - 1);
        long end = (long) (delivered + third) * mss;
        serverAcks.clear();
        assertEquals(third, serverDevice.release());
        net.runFor(1);
        List<Long> expected = new ArrayList<>();
        int perAck = TcpConfig.DEFAULT.segmentsPerBurstAck();
        for (long a = lastAck + (long) perAck * mss; a < end; a += (long) perAck * mss) {
            expected.add(a);
        }
        expected.add(end);
        assertEquals(expected, serverAcks);

        // The rest as it comes; every byte arrives, in order.
        serverDevice.holding = false;
        serverDevice.release();
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        Runnable[] drain = new Runnable[1];
        drain[0] = () -> sockets[1].readAsync(chunk, 0, chunk.length).thenAccept(n -> {
            got.write(chunk, 0, n);
            drain[0].run();
        });
        net.lan.execute(drain[0]);
        assertTrue(net.runUntil(() -> got.size() == data.length, 1000));
        assertArrayEquals(data, got.toByteArray());
    }

    @Test
    void withTwoSegmentsPerAckABurstIsAcknowledgedEverySecondSegment() throws Exception {
        TcpSocket[] sockets = connect(TcpConfig.DEFAULT.withSegmentsPerBurstAck(2));
        serverDevice.holding = true;
        sockets[0].writeAsync(new byte[10 * mss], 0, 10 * mss);
        net.runFor(1);
        assertEquals(10, serverDevice.release());
        net.runFor(1);
        assertEquals(segments(2, 4, 6, 8, 10), serverAcks);
    }
}
