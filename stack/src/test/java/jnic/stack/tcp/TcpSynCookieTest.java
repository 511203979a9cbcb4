package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.ArpPacket;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/**
 * Connections made from SYN cookies (RFC 4987 section 3.6), end to end in virtual time: a listener
 * whose one-place SYN backlog is held by a SYN nobody will complete answers the next SYN with a
 * cookie. A jnic client (no timestamps) gets a connection without window scaling or SACK; a
 * scripted peer that sends timestamps gets its window scale and SACK back from the timestamp.
 */
class TcpSynCookieTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final Host server = net.host("server", seg, "10.0.0.2/24");
    final ScriptedPeer peer = new ScriptedPeer(seg.attach("peer", MacAddress.parse("02:66:66:66:66:66")));
    final List<TestNet.TcpOnWire> wire = new ArrayList<>();
    TcpListener listener;

    {
        TestNet.watchTcp(seg, wire::add);
    }

    /** A station at 10.0.0.66 that answers ARP and keeps the TCP segments sent to it; the test writes its side. */
    static final class ScriptedPeer {
        static final Ipv4Address ADDRESS = Ipv4Address.parse("10.0.0.66");
        final LoopbackDevice device;
        final List<TcpSegment> received = new ArrayList<>();

        ScriptedPeer(LoopbackDevice device) {
            this.device = device;
            device.setHandler(frame -> {
                EthernetFrame eth = EthernetFrame.parse(frame).value();
                if (eth.etherType() == EtherType.ARP) {
                    ArpPacket a = ArpPacket.parse(eth.payload()).value();
                    if (a.operation() == ArpPacket.REQUEST && a.targetProtocol().equals(ADDRESS)) {
                        ByteBuffer reply = ByteBuffer.allocate(ArpPacket.LENGTH);
                        new ArpPacket(
                                        ArpPacket.REPLY,
                                        device.macAddress(),
                                        ADDRESS,
                                        a.senderHardware(),
                                        a.senderProtocol())
                                .emit(reply, 0);
                        send(new EthernetFrame(a.senderHardware(), device.macAddress(), EtherType.ARP, reply));
                    }
                    return;
                }
                TestNet.TcpOnWire w = TestNet.tcpIn(frame);
                if (w != null && w.ip().destination().equals(ADDRESS)) {
                    received.add(w.tcp());
                }
            });
        }

        void send(EthernetFrame f) {
            try {
                device.send(f.toBytes());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void send(Host to, TcpSegment s) throws Exception {
            TestNet.sendFrom(
                    device,
                    to,
                    Ipv4Packet.of(
                            64, Ipv4Packet.PROTOCOL_TCP, ADDRESS, to.address(), 1, s.toBuffer(ADDRESS, to.address())));
        }

        TcpSegment last() {
            return received.get(received.size() - 1);
        }
    }

    /** Listens with a backlog of one and fills it with a SYN from an address nobody answers for. */
    private void listenWithAFullSynBacklog() throws Exception {
        listener = server.tcp().listen(80, 1);
        Ipv4Address nobody = Ipv4Address.parse("10.0.0.99");
        TcpSegment syn = new TcpSegment(
                4000, 80, 12345, 0, TcpSegment.SYN, 1000, 0, ByteBuffer.allocate(0), ByteBuffer.allocate(0));
        TestNet.sendFrom(
                peer.device,
                server,
                Ipv4Packet.of(
                        64,
                        Ipv4Packet.PROTOCOL_TCP,
                        nobody,
                        server.address(),
                        1,
                        syn.toBuffer(nobody, server.address())));
        net.runFor(1);
        assertEquals(1, listener.halfOpen());
    }

    private static TcpOptions options(TcpSegment s) {
        return TcpOptions.parse(s.options()).value();
    }

    @Test
    void aJnicClientWithoutTimestampsGetsAConnectionWithoutScaleOrSack() throws Exception {
        listenWithAFullSynBacklog();
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        CompletableFuture<TcpSocket> connected = client.tcp().connect(server.address(), 80);
        assertTrue(net.runUntil(() -> connected.isDone() && accepted.isDone(), 1000));
        assertEquals(1, server.counters().get(StackCounter.TCP_SYN_COOKIES_SENT));
        assertEquals(1, server.counters().get(StackCounter.TCP_SYN_COOKIES_VALIDATED));
        TestNet.TcpOnWire synAck = wire.stream()
                .filter(w -> w.tcp().has(TcpSegment.SYN) && w.tcp().has(TcpSegment.ACK))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(new TcpOptions(1460, -1, false, List.of(), -1, -1), options(synAck.tcp()), "only the MSS");
        TcpSocket c = connected.join();
        TcpSocket s = accepted.join();
        assertEquals(1460, s.connection().maxSegmentSize(), "the client's 1460, which is in the cookie's table");

        byte[] data = new byte[300_000];
        new Random(1).nextBytes(data);
        byte[] got = new byte[data.length];
        int[] n = {0};
        c.writeAsync(data, 0, data.length);
        readAll(s, got, n);
        assertTrue(net.runUntil(() -> n[0] == data.length, 10_000), n[0] + " bytes");
        assertArrayEquals(data, got);
        int widest = wire.stream()
                .filter(w -> w.ip().source().equals(server.address()))
                .mapToInt(w -> w.tcp().window())
                .max()
                .orElseThrow();
        assertEquals(65535, widest, "no window scale: the field's own limit");
    }

    private static void readAll(TcpSocket s, byte[] into, int[] n) {
        s.readAsync(into, n[0], into.length - n[0]).thenAccept(r -> {
            if (r > 0) {
                n[0] += r;
                readAll(s, into, n);
            }
        });
    }

    @Test
    void aPeerWithTimestampsGetsItsWindowScaleAndSackBackFromTheTimestamp() throws Exception {
        listenWithAFullSynBacklog();
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        int isn = 0x7000_0000;
        peer.send(
                server,
                new TcpSegment(
                        5000,
                        80,
                        isn,
                        0,
                        TcpSegment.SYN,
                        65535,
                        0,
                        new TcpOptions(1400, 7, true, List.of(), 1000, 0).toBuffer(),
                        ByteBuffer.allocate(0)));
        net.runFor(1);
        TcpSegment synAck = peer.last();
        assertTrue(synAck.has(TcpSegment.SYN) && synAck.has(TcpSegment.ACK));
        TcpOptions o = options(synAck);
        assertEquals(1460, o.maxSegmentSize());
        assertEquals(1, o.windowScale(), "ours, for a 64 KiB buffer");
        assertTrue(o.sackPermitted());
        assertEquals(1000, o.timestampEcho());
        assertEquals(new SynCookies.TimestampOptions(7, true), SynCookies.options(o.timestampValue()));

        peer.send(
                server,
                new TcpSegment(
                        5000,
                        80,
                        isn + 1,
                        synAck.sequence() + 1,
                        TcpSegment.ACK,
                        1000,
                        0,
                        new TcpOptions(-1, -1, false, List.of(), 1001, o.timestampValue()).toBuffer(),
                        ByteBuffer.allocate(0)));
        assertTrue(net.runUntil(accepted::isDone, 10));
        assertEquals(1, server.counters().get(StackCounter.TCP_SYN_COOKIES_VALIDATED));
        TcpConnection s = accepted.join().connection();
        assertEquals(TcpState.ESTABLISHED, s.state());
        assertEquals(1000 << 7, s.sendWindow(), "the peer's window, scaled by its 7 from the timestamp");
        assertEquals(1300 - 12, s.maxSegmentSize(), "1400 rounds down to 1300; the timestamp takes 12");

        // Data two segments ahead: the ACK that answers carries a SACK block beside the timestamp.
        peer.send(
                server,
                new TcpSegment(
                        5000,
                        80,
                        isn + 1 + 100,
                        synAck.sequence() + 1,
                        TcpSegment.ACK,
                        1000,
                        0,
                        new TcpOptions(-1, -1, false, List.of(), 1002, o.timestampValue()).toBuffer(),
                        ByteBuffer.wrap(new byte[50])));
        net.runFor(1);
        TcpOptions ack = options(peer.last());
        assertEquals(1001, ack.timestampEcho(), "TS.Recent: that segment starts beyond RCV.NXT, so 1001 stays");
        assertEquals(List.of(new TcpOptions.SackBlock(isn + 101, isn + 151)), ack.sack());
        assertTrue(
                Seq.ge((int) ack.timestampValue(), (int) o.timestampValue()),
                "our timestamps never go back (modulo 2^32: at clock 0 the cookie's is 64 back, below zero)");
        assertEquals(32768, peer.last().window(), "64 KiB scaled by our 1");

        byte[] reply = new byte[10];
        accepted.join().writeAsync(reply, 0, reply.length);
        net.runFor(1);
        TcpSegment data = peer.last();
        assertEquals(10, data.data().remaining());
        assertEquals(1001, options(data).timestampEcho(), "every segment carries the timestamp");
    }

    @Test
    void aBadCookieIsCountedAndReset() throws Exception {
        listenWithAFullSynBacklog();
        peer.send(
                server,
                new TcpSegment(
                        5000, 80, 1, 0, TcpSegment.SYN, 65535, 0, ByteBuffer.allocate(0), ByteBuffer.allocate(0)));
        net.runFor(1);
        int cookie = peer.last().sequence();
        peer.send(
                server,
                new TcpSegment(
                        5000,
                        80,
                        2,
                        cookie + 1 + (1 << 20),
                        TcpSegment.ACK,
                        1000,
                        0,
                        ByteBuffer.allocate(0),
                        ByteBuffer.allocate(0)));
        net.runFor(1);
        assertEquals(1, server.counters().get(StackCounter.TCP_SYN_COOKIES_FAILED));
        assertTrue(peer.last().has(TcpSegment.RST));
        assertEquals(0, server.counters().get(StackCounter.TCP_SYN_COOKIES_VALIDATED));

        net.runFor(120_000); // two minutes after the last cookie: ACKs are no longer taken for cookies
        peer.send(
                server,
                new TcpSegment(
                        5000,
                        80,
                        2,
                        cookie + 1,
                        TcpSegment.ACK,
                        1000,
                        0,
                        ByteBuffer.allocate(0),
                        ByteBuffer.allocate(0)));
        net.runFor(1);
        assertTrue(peer.last().has(TcpSegment.RST));
        assertEquals(1, server.counters().get(StackCounter.TCP_SYN_COOKIES_FAILED), "not even checked");
    }
}
