package jnic.stack.iface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.UdpDatagram;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;

class FragmentationTest {
    final TestNet net = new TestNet();

    private static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    @Test
    void datagramsUpTo65507BytesCrossAReorderingLinkWhole() throws Exception {
        Link link = new Link(net.segment(new LoopbackHub.Impairments(0, 0, 0.3), 11), HostConfig.DEFAULT.withSeed(2));
        link.rx.receiveBufferSize(1 << 20);
        UdpSocket tx = link.a.udp().open(0);
        Random r = new Random(5);
        List<byte[]> sent = new ArrayList<>();
        for (int n : new int[] {0, 1, 1472, 1473, 1480, 2961, 8000, 30000, UdpDatagram.MAX_DATA}) {
            sent.add(random(r, n));
        }
        for (byte[] d : sent) {
            tx.sendTo(d, link.b.address(), 5000);
        }
        assertTrue(
                net.runUntil(() -> link.rx.queued() == sent.size(), 5000),
                link.b.counters().toString());
        List<byte[]> got = new ArrayList<>();
        for (UdpSocket.Datagram d; (d = link.rx.poll()) != null; ) {
            got.add(d.data());
        }
        got.sort((x, y) -> Integer.compare(x.length, y.length));
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i), got.get(i));
        }
        assertTrue(link.seg.framesReordered() > 10, "the link reordered " + link.seg.framesReordered() + " frames");
        // IP payload = data + 8 in pieces of 1480: 1472 bytes of data fit one frame; 1473 and 1480 take 2,
        // 2961 takes 3, 8000 takes 6, 30000 takes 21, and 65507 (65515 of IP payload) takes 45.
        assertEquals(2 + 2 + 3 + 6 + 21 + 45, link.a.counters().get(StackCounter.IP_FRAGMENTS_OUT));
        assertEquals(6, link.b.counters().get(StackCounter.REASSEMBLY_OK));
        assertEquals(0, link.b.ip().reassemblyMemory());
    }

    @Test
    void underLossWholeDatagramsOrNothingArriveAndTheRestTimeOut() throws Exception {
        Link link =
                new Link(net.segment(new LoopbackHub.Impairments(0.02, 0, 0.1), 12), HostConfig.DEFAULT.withSeed(2));
        link.rx.receiveBufferSize(4 << 20);
        UdpSocket tx = link.a.udp().open(0);
        // Resolve b first: 40 datagrams of 20 kB would overflow the queue of datagrams waiting for ARP.
        link.a.icmp().echo(link.b.address(), 0, Duration.ofSeconds(1));
        assertTrue(net.runUntil(() -> link.a.interfaces().get(0).arp().lookup(link.b.address()) != null, 5000));
        Random r = new Random(6);
        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] d = random(r, 20_000);
            d[0] = (byte) i;
            sent.add(d);
            tx.sendTo(d, link.b.address(), 5000);
        }
        net.runFor(31_000);
        int received = 0;
        for (UdpSocket.Datagram d; (d = link.rx.poll()) != null; received++) {
            assertArrayEquals(sent.get(d.data()[0]), d.data(), "a reassembled datagram is byte-exact");
        }
        assertTrue(link.seg.framesLost() > 0);
        assertTrue(received > 20 && received < 40, received + " of 40 arrived");
        long ok = link.b.counters().get(StackCounter.REASSEMBLY_OK);
        assertEquals(received, ok);
        assertEquals(
                40,
                ok + link.b.counters().get(StackCounter.REASSEMBLY_TIMEOUT),
                "every datagram either completed or timed out");
        assertEquals(0, link.b.ip().reassemblyMemory());
    }

    /** Hosts a (10.0.0.1) and b (10.0.0.2) on a segment, b taking UDP datagrams on port 5000. */
    private class Link {
        final LoopbackHub seg;
        final Host a;
        final Host b;
        final UdpSocket rx;

        Link(LoopbackHub seg, HostConfig bConfig) throws Exception {
            this.seg = seg;
            a = net.host("a", seg, "10.0.0.1/24");
            b = net.host("b", seg, "10.0.0.2/24", bConfig);
            rx = b.udp().open(5000);
        }
    }

    /** Hand-made fragments from a's device to b, for the cases a sender would not make. */
    private final class Injector extends Link {
        Injector(HostConfig bConfig) throws Exception {
            super(net.segment(), bConfig);
        }

        /** A UDP datagram's IP payload (header + data, checksummed) to be cut up. */
        byte[] udp(byte[] data) {
            return new UdpDatagram(4000, 5000, ByteBuffer.wrap(data))
                    .toBuffer(a.address(), b.address())
                    .array();
        }

        void fragment(int id, byte[] payload, int offset, int length, boolean more) throws Exception {
            Ipv4Packet p = new Ipv4Packet(
                    0,
                    id,
                    false,
                    more,
                    offset,
                    64,
                    Ipv4Packet.PROTOCOL_UDP,
                    a.address(),
                    b.address(),
                    ByteBuffer.allocate(0),
                    ByteBuffer.wrap(payload, offset, length).slice());
            EthernetFrame f = new EthernetFrame(
                    b.interfaces().get(0).macAddress(),
                    a.interfaces().get(0).macAddress(),
                    EtherType.IPV4,
                    ByteBuffer.wrap(p.toBytes()));
            a.interfaces().get(0).device().send(f.toBytes());
            net.runFor(1);
        }
    }

    @Test
    void reassemblyTimesOutAfter30SecondsAndTellsTheSource() throws Exception {
        Injector in = new Injector(HostConfig.DEFAULT.withSeed(2));
        byte[] u = in.udp(new byte[1200]);
        in.fragment(1, u, 0, 800, true);
        assertEquals(800 + Reassembler.DATAGRAM_OVERHEAD, in.b.ip().reassemblyMemory());
        net.runFor(29_900);
        assertEquals(0, in.b.counters().get(StackCounter.REASSEMBLY_TIMEOUT));
        net.runFor(200);
        assertEquals(1, in.b.counters().get(StackCounter.REASSEMBLY_TIMEOUT));
        assertEquals(0, in.b.ip().reassemblyMemory());
        assertEquals(
                1,
                in.b.counters().get(StackCounter.ICMP_ERRORS_OUT),
                "time exceeded, code 1, since fragment 0 had come");
        assertEquals(1, in.a.counters().get(StackCounter.ICMP_ERRORS_IN));
        in.fragment(1, u, 800, u.length - 800, false);
        assertNull(in.rx.poll(), "the late last fragment starts a new reassembly, which cannot complete");
    }

    @Test
    void exactDuplicatesAreToleratedButAnOverlapDiscardsTheDatagram() throws Exception {
        Injector in = new Injector(HostConfig.DEFAULT.withSeed(2));
        byte[] data = new byte[1000];
        Arrays.fill(data, (byte) 7);
        byte[] u = in.udp(data);
        in.fragment(1, u, 0, 504, true);
        in.fragment(1, u, 0, 504, true);
        in.fragment(1, u, 504, u.length - 504, false);
        assertEquals(1, in.b.counters().get(StackCounter.REASSEMBLY_DUPLICATE));
        UdpSocket.Datagram d = in.rx.poll();
        assertNotNull(d);
        assertArrayEquals(data, d.data());

        in.fragment(2, u, 0, 504, true);
        in.fragment(2, u, 496, 8, true); // overlaps the first by 8 bytes
        assertEquals(1, in.b.counters().get(StackCounter.REASSEMBLY_OVERLAP));
        assertEquals(
                Reassembler.DATAGRAM_OVERHEAD,
                in.b.ip().reassemblyMemory(),
                "only the discarded datagram's key is kept");
        in.fragment(2, u, 504, u.length - 504, false);
        in.fragment(2, u, 0, 504, true);
        assertNull(in.rx.poll(), "RFC 5722: the whole datagram is gone, fragments that come later too");
        net.runFor(31_000);
        assertEquals(
                0,
                in.b.counters().get(StackCounter.REASSEMBLY_TIMEOUT),
                "a discarded datagram does not time out again");
        in.fragment(2, u, 0, 504, true);
        in.fragment(2, u, 504, u.length - 504, false);
        assertNotNull(in.rx.poll(), "after the timeout the identification is free again");
    }

    @Test
    void reassemblyMemoryStaysUnderItsBoundByEvictingTheOldest() throws Exception {
        Injector in = new Injector(HostConfig.DEFAULT.withSeed(2).withReassembly(Duration.ofSeconds(30), 10_000));
        byte[] u = in.udp(new byte[1500]);
        for (int id = 100; id < 130; id++) {
            in.fragment(id, u, 0, 1000, true);
            assertTrue(in.b.ip().reassemblyMemory() <= 10_000);
        }
        // Each costs its 1000 bytes and the bookkeeping overhead: 8 fit in 10 000 bytes, 22 were evicted.
        int each = 1000 + Reassembler.DATAGRAM_OVERHEAD;
        assertEquals(30 - 10_000 / each, in.b.counters().get(StackCounter.REASSEMBLY_EVICTED));
        assertEquals(10_000 / each * each, in.b.ip().reassemblyMemory());
        in.fragment(129, u, 1000, u.length - 1000, false);
        assertNotNull(in.rx.poll(), "the newest datagram survived the evictions and completes");
        in.fragment(100, u, 1000, u.length - 1000, false);
        assertNull(in.rx.poll(), "the oldest was evicted");
    }
}
